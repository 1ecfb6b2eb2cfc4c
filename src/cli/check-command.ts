// `opendata-badge check`: every file, its dataset, and the exit status of the contract.
import { promises as fsp } from 'node:fs';
import { checkBytes, checkStream } from '../core/engine';
import { groupDatasets } from '../core/dataset';
import { isMetadataPath, MetadataResolver } from '../core/metadata';
import { LEVELS } from '../core/badge';
import type { CheckReport, FileReport } from '../core/types';
import type { CheckArgs } from './args';
import { collectFiles, nodeMetadataFs, opener } from './files';
import { formatText } from './format-text';
import { formatSarif } from './format-sarif';
import { translator } from './translate';

/** Files bigger than this are streamed in two passes instead of read whole. */
const STREAM_OVER = 64 * 1024 * 1024;

export async function runCheck(a: CheckArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { files, missing } = await collectFiles(a.paths);
  for (const m of missing) { err(`opendata-badge: cannot read ${m}: no such file or folder`); }
  if (files.length === 0 && missing.length === 0) { err('opendata-badge: no data files (.csv .tsv .json .xml) found'); }
  const resolver = new MetadataResolver();
  const today = a.today ?? undefined;
  const reports: FileReport[] = [];
  let unreadable = missing.length;
  for (const path of files) {
    try {
      const metadata = isMetadataPath(path) ? null
        : await resolver.resolve(path, nodeMetadataFs, { explicit: a.metadata ?? undefined });
      const size = (await fsp.stat(path)).size;
      const options = { today };
      reports.push(size > STREAM_OVER
        ? await checkStream(path, opener(path), metadata, options)
        : checkBytes({ path, bytes: new Uint8Array(await fsp.readFile(path)), metadata }, options));
    } catch (e) {
      unreadable++;
      err(`opendata-badge: cannot check ${path}: ${(e as Error).message}`);
    }
  }
  const report: CheckReport = { version: 1, files: reports };
  const datasets = groupDatasets(reports);
  if (reports.length > 1 || datasets.length > 1) { report.datasets = datasets; }
  if (a.format === 'json') {
    out(JSON.stringify(report, null, 2));
  } else if (a.format === 'sarif') {
    out(JSON.stringify(formatSarif(report), null, 2));
  } else {
    out(formatText(report, datasets, { color: a.color, t: translator(a.lang), offline: a.offline }));
  }
  unreadable += reports.filter(r => r.error).length;
  if (unreadable > 0) { return 2; }
  if (a.minBadge) {
    const need = LEVELS.indexOf(a.minBadge);
    return datasets.some(d => LEVELS.indexOf(d.badge.level) < need) ? 1 : 0;
  }
  return 0;
}
