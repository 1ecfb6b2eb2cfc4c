// `opendata-badge describe FILE...`: the metadata sidecar of each file's dataset (the files of its
// folder with the same base name), built from the checked files by core/metadata/describe.ts;
// printed, or written with --write. An existing sidecar is replaced only with --force.
import { promises as fsp } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { detectFormat } from '../core/engine';
import { describeDataset } from '../core/metadata/describe';
import { msg, render, type Msg } from '../core/messages';
import type { DescribeArgs } from './args';
import { writeAtomically } from './files';
import { runChecks } from './run-checks';
import { say, translator } from './translate';
import { sidecarNameOf } from '../core/metadata/paths';

const DATA = new Set(['.csv', '.tsv', '.tab', '.json', '.xml']);

function stemOf(path: string): string {
  return basename(path, extname(path));
}

/** The data files of `path`'s dataset: its folder's files with the same base name. */
async function members(path: string): Promise<string[]> {
  const dir = dirname(path);
  const stem = stemOf(path).toLowerCase();
  const names = await fsp.readdir(dir);
  return names.filter(n => DATA.has(extname(n).toLowerCase()) && stemOf(n).toLowerCase() === stem)
    .map(n => join(dir, n)).filter(p => detectFormat(p) !== 'metadata').sort();
}

async function exists(path: string): Promise<boolean> {
  return fsp.access(path).then(() => true, () => false);
}

export async function runDescribe(a: DescribeArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const t = translator(a.lang);
  const tell = (m: Msg) => say(t, m, render(m));
  let status = 0;
  const seen = new Set<string>();
  const datasets: { sidecar: string; files: string[] }[] = [];
  for (const path of a.paths) {
    if (!(await fsp.stat(path).then(s => s.isFile(), () => false))) {
      err(`opendata-badge: cannot read ${path}: not a file`);
      status = 2;
      continue;
    }
    if (!DATA.has(extname(path).toLowerCase()) || detectFormat(path) === 'metadata') {
      err(`opendata-badge: ${path}: ${tell(msg('not a data file (.csv .tsv .json .xml)'))}`);
      status = 2;
      continue;
    }
    const sidecar = join(dirname(path), sidecarNameOf(path));
    if (seen.has(sidecar)) { continue; }
    seen.add(sidecar);
    datasets.push({ sidecar, files: await members(path) });
  }
  for (const d of datasets) {
    const { reports, unreadable } = await runChecks(d.files, { links: false }, err, t);
    if (unreadable > 0) { status = 2; continue; }
    const described = describeDataset({ dataset: stemOf(d.sidecar).replace(/\.metadata$/i, ''), reports, frequency: a.frequency ?? undefined, now: new Date() });
    for (const w of described.warnings) { err(`${d.sidecar}: ${tell(w)}`); }
    err(`${d.sidecar}: ${tell(msg('left for you to fill in: {0}', described.leftForUser.join(', ')))}`);
    if (!a.write) {
      if (datasets.length > 1) { out(`==> ${d.sidecar} <==`); }
      out(described.text.trimEnd());
      continue;
    }
    if (await exists(d.sidecar)) {
      if (!a.force) {
        err(`${d.sidecar}: ${tell(msg('exists and was left as it is (--force replaces it, keeping the old one as .orig)'))}`);
        status = Math.max(status, 1);
        continue;
      }
      const kept = await writeAtomically(d.sidecar, Buffer.from(described.text, 'utf8'), true);
      out(`${d.sidecar}: ${tell(msg('written from {0} (the old one kept as {1})', d.files.map(f => basename(f)).join(', '), basename(kept ?? '')))}`);
      continue;
    }
    // 'wx': a sidecar that appeared meanwhile is not overwritten either
    await fsp.writeFile(d.sidecar, described.text, { flag: 'wx' });
    out(`${d.sidecar}: ${tell(msg('written from {0}', d.files.map(f => basename(f)).join(', ')))}`);
  }
  return status;
}
