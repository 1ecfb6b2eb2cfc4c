// The extension's opendataBadge.metadataPatterns: extra files, relative to the data file's
// folder, read as metadata. A pattern is a folder path without wildcards and a file-name glob
// (`*`, `?`, `{a,b}`), e.g. `*.meta.json` or `meta/資料集清單*.csv`.

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function nameGlob(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      re += '.*';
      while (glob[i + 1] === '*') { i++; }
    } else if (c === '?') {
      re += '.';
    } else if (c === '{' && glob.indexOf('}', i) > i) {
      const end = glob.indexOf('}', i);
      re += '(?:' + glob.slice(i + 1, end).split(',').map(escape).join('|') + ')';
      i = end;
    } else {
      re += escape(c);
    }
  }
  return new RegExp('^' + re + '$', 'i');
}

/** `meta/*.json` -> { folder: 'meta', name: /^.*\.json$/i }; the folder may be '' or hold `..`. */
export function splitPattern(pattern: string): { folder: string; name: RegExp } | null {
  const p = pattern.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/^(\*\*\/)+/, '');
  if (!p || p.endsWith('/')) { return null; }
  const slash = p.lastIndexOf('/');
  const folder = slash >= 0 ? p.slice(0, slash) : '';
  if (/[*?{]/.test(folder)) { return null; }
  return { folder, name: nameGlob(p.slice(slash + 1)) };
}
