// `opendata-badge report DIR`: every dataset with its badge, the agency score (badge-rules.md §2)
// and the changes that would raise it most.
import { basename, resolve } from 'node:path';
import { groupDatasets } from '../core/dataset';
import { portfolio } from '../core/portfolio/score';
import type { ReportArgs } from './args';
import { collectFiles } from './files';
import { loadConfigs } from './config-files';
import { reportHtml, reportMarkdown } from './format-report';
import { render } from '../core/messages';
import { translator } from './translate';
import { W } from './words';
import { isCliTarget, runChecks } from './run-checks';

export async function runReport(a: ReportArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const t = translator(a.lang);
  const { files, missing } = await collectFiles(a.paths, isCliTarget);
  const configs = await loadConfigs(files, a.config, t, err);
  if (!configs) { return 2; }
  for (const m of missing) { err(`opendata-badge: ${render(W.cannotRead(m), t)}`); }
  const progress = a.progress
    ? (done: number, total: number) => { if (done === total || done % 25 === 0) { err(render(W.progress(done, total), t)); } }
    : undefined;
  const { reports, unreadable } = await runChecks(files, { today: a.today ?? undefined, graceDays: a.graceDays ?? undefined, configs, progress, links: !a.offline }, err, t);
  // an API description is not a dataset: it counts toward the bonus instead
  const apis = reports.flatMap(r => (r.api ? [{ path: r.path, valid: r.api.valid }] : []));
  const p = portfolio(groupDatasets(reports), apis);
  const title = render(W.reportTitle(basename(resolve(a.paths[0]))), t);
  out(a.format === 'json' ? JSON.stringify(p, null, 2) : a.format === 'md' ? reportMarkdown(p, title, t) : reportHtml(p, title, t));
  return missing.length + unreadable > 0 ? 2 : 0;
}
