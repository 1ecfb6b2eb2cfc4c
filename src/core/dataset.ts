// A dataset gets the badge that ALL its resources reach (badge-rules.md §1): per criterion,
// one failing resource fails the dataset; unknown stays unknown unless something fails.
import { basename, dirname, extname, join } from 'node:path';
import { CRITERIA, withLevel } from './badge';
import { msg, render } from './messages';
import { fileLabel, joinReason } from './reason-text';
import { isUnchecked, resourceStatus } from './resources/report';
import type { Badge, Criterion, DatasetReport, FileReport } from './types';

export function datasetBadge(files: readonly FileReport[]): Badge {
  const all = files.filter(f => f.format !== 'metadata' && !f.api);
  // a spreadsheet beside a CSV is listed, not scored: the CSV carries the criteria
  const resources = all.filter(f => !isUnchecked(f));
  if (resources.length === 0) { return all.length ? uncheckedOnly(all) : { level: 'none', criteria: [], assumptions: [] }; }
  const criteria: Criterion[] = CRITERIA.map(({ id, level }) => {
    const own = resources.map(f => ({ file: f, c: f.badge.criteria.find(c => c.id === id) }));
    const failing = own.filter(o => o.c?.status === 'fail');
    const unknown = own.filter(o => o.c?.status === 'unknown' || !o.c);
    const status = failing.length ? 'fail' : unknown.length ? 'unknown' : 'pass';
    const pick = failing.length ? failing : unknown.length ? unknown : own;
    const single = resources.length === 1;
    const l10n = pick.flatMap(o => [
      ...(single ? [] : [fileLabel(basename(o.file.path))]),
      ...(o.c ? o.c.l10n ?? [] : [msg('not checked')]),
    ]);
    return { id, level, status, reason: joinReason(l10n, m => render(m)), l10n };
  });
  return withLevel(criteria);
}

/** Only spreadsheets, documents or archives: nothing structured was published (silver needs it). */
function uncheckedOnly(files: readonly FileReport[]): Badge {
  const single = files.length === 1;
  const notes = files.flatMap(f => [...(single ? [] : [fileLabel(basename(f.path))]), f.resource!.l10n]);
  const criteria: Criterion[] = CRITERIA.map(({ id, level }) => {
    const l10n = id === 'structured' ? notes : [msg('not checked: no CSV, JSON or XML resource')];
    return { id, level, status: id === 'structured' ? 'fail' : 'unknown', reason: joinReason(l10n, m => render(m)), l10n };
  });
  return withLevel(criteria);
}

/** The dataset a file belongs to: its metadata's dataset, else its folder and base name. */
export function datasetKey(file: FileReport): string {
  const dir = dirname(file.path);
  if (file.metadata?.dataset) { return join(dir, '\u0000' + file.metadata.dataset); }
  const base = basename(file.path, extname(file.path));
  return join(dir, base);
}

export function groupDatasets(files: readonly FileReport[]): DatasetReport[] {
  const groups = new Map<string, FileReport[]>();
  for (const f of files) {
    // metadata describes datasets and an API description is counted apart (the score's bonus)
    if (f.format === 'metadata' || f.api) { continue; }
    const key = datasetKey(f);
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return [...groups.values()].map(list => ({
    name: list[0].metadata?.dataset ?? basename(list[0].path, extname(list[0].path)),
    resources: list.map(f => f.path),
    badge: datasetBadge(list),
    metadataSources: [...new Set(list.flatMap(f => f.metadata?.sources ?? []))],
    resourceFiles: list.map(resourceStatus),
  }));
}
