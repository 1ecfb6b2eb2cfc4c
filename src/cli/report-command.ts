// `opendata-badge report DIR`: every dataset with its badge, the agency score (badge-rules.md §2)
// and the changes that would raise it most.
import { promises as fsp } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { checkOpenApiFile } from '../core/openapi';
import type { ApiCheck } from '../core/portfolio/score';
import { groupDatasets } from '../core/dataset';
import { portfolio } from '../core/portfolio/score';
import type { ReportArgs } from './args';
import { collectFiles } from './files';
import { reportHtml, reportMarkdown } from './format-report';
import { runChecks } from './run-checks';

export async function runReport(a: ReportArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { files, missing } = await collectFiles(a.paths);
  for (const m of missing) { err(`opendata-badge: cannot read ${m}: no such file or folder`); }
  const progress = a.progress
    ? (done: number, total: number) => { if (done === total || done % 25 === 0) { err(`checked ${done}/${total} files`); } }
    : undefined;
  const apis = await findApis(a.paths, err);
  const apiPaths = new Set(apis.map(x => x.path));
  // an API description is not a dataset: it counts toward the bonus instead
  const { reports, unreadable } = await runChecks(files.filter(f => !apiPaths.has(f)), { today: a.today ?? undefined, progress, links: !a.offline }, err);
  const p = portfolio(groupDatasets(reports), apis);
  const title = `opendata-badge report: ${basename(resolve(a.paths[0]))}`;
  out(a.format === 'json' ? JSON.stringify(p, null, 2) : a.format === 'md' ? reportMarkdown(p, title) : reportHtml(p, title));
  return missing.length + unreadable > 0 ? 2 : 0;
}

const API_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

/** OpenAPI 2.0 / 3.x documents (JSON or YAML) under the paths, each validated offline. */
async function findApis(paths: string[], err: (s: string) => void): Promise<ApiCheck[]> {
  const { files } = await collectFiles(paths, p => API_EXTENSIONS.has(extname(p).toLowerCase()));
  const apis: ApiCheck[] = [];
  for (const path of files) {
    try {
      // a data file of a GB is not read whole just to learn that it is not an API description
      if (!/\b(openapi|swagger)\b/.test(await head(path))) { continue; }
      const r = await checkOpenApiFile(await fsp.readFile(path, 'utf8'), path);
      if (r) { apis.push({ path, valid: r.valid }); }
    } catch (e) {
      err(`opendata-badge: cannot validate ${path}: ${(e as Error).message}`);
    }
  }
  return apis;
}

async function head(path: string): Promise<string> {
  const h = await fsp.open(path, 'r');
  try {
    const b = Buffer.alloc(4096);
    const { bytesRead } = await h.read(b, 0, b.length, 0);
    return b.subarray(0, bytesRead).toString('utf8');
  } finally {
    await h.close();
  }
}
