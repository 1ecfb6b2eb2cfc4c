// Minimal glob matching for the opendataBadge.exclude setting and .opendatabadge.json: `**`, `*`, `?`, `{a,b}`, matched
// against a slash-separated path (a pattern without a slash matches the file name anywhere).
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) { re += '\\{'; continue; }
      re += '(?:' + glob.slice(i + 1, end).split(',').map(escape).join('|') + ')';
      i = end;
    } else {
      re += escape(c);
    }
  }
  return new RegExp((glob.includes('/') ? '^' : '(?:^|/)') + re + '$', 'i');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some(g => globToRegExp(g).test(path));
}
