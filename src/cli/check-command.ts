// `opendata-badge check`: every file, its dataset, and the exit status of the contract.
import { groupDatasets } from '../core/dataset';
import { LEVELS } from '../core/badge';
import type { CheckReport } from '../core/types';
import type { CheckArgs } from './args';
import { collectFiles } from './files';
import { loadConfigs } from './config-files';
import { isCliTarget, runChecks } from './run-checks';
import { formatText } from './format-text';
import { translator } from './translate';
import { render } from '../core/messages';
import { W } from './words';

export async function runCheck(a: CheckArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const t = translator(a.lang);
  const { files, missing } = await collectFiles(a.paths, isCliTarget);
  const configs = await loadConfigs(files, a.config, t, err);
  if (!configs) { return 2; }
  for (const m of missing) { err(`opendata-badge: ${render(W.cannotRead(m), t)}`); }
  if (files.length === 0 && missing.length === 0) { err(`opendata-badge: ${render(W.noDataFiles, t)}`); }
  const { reports, unreadable: failed } = await runChecks(files, {
    metadata: a.metadata ?? undefined, today: a.today ?? undefined, graceDays: a.graceDays ?? undefined, configs, links: !a.offline, allowPrivateLinks: a.allowPrivateLinks,
  }, err, t);
  let unreadable = missing.length + failed;
  const report: CheckReport = { version: 1, files: reports };
  const datasets = groupDatasets(reports);
  if (reports.length > 1 || datasets.length > 1) { report.datasets = datasets; }
  if (a.format === 'json') {
    out(JSON.stringify(report, null, 2));
  } else if (a.format === 'sarif') {
    out(JSON.stringify((await import('./format-sarif')).formatSarif(report), null, 2));
  } else {
    out(formatText(report, datasets, { color: a.color, t, offline: a.offline }));
  }
  unreadable += reports.filter(r => r.error).length;
  if (unreadable > 0) { return 2; }
  if (a.minBadge) {
    const need = LEVELS.indexOf(a.minBadge);
    return datasets.some(d => LEVELS.indexOf(d.badge.level) < need) ? 1 : 0;
  }
  return 0;
}
