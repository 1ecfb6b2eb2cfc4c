// Every sentence and label the command line prints, as English templates of the l10n bundle
// (scripts/l10n-extract.js collects them), so that `--lang zh-TW` leaves no English behind.
import { msg, plural, withWords, type Msg } from '../core/messages';
import type { BadgeLevel, Severity } from '../core/types';

/** The file line's badge, bilingual in English as publishers know the medals */
export const MEDAL: Record<BadgeLevel, string> = {
  gold: msg('gold 金').template,
  silver: msg('silver 銀').template,
  bronze: msg('bronze 銅').template,
  none: msg('none 無').template,
};

/** A level in a sentence ("[silver]", "3 datasets are silver only because …") */
export const LEVEL: Record<BadgeLevel, string> = {
  gold: msg('gold').template,
  silver: msg('silver').template,
  bronze: msg('bronze').template,
  none: msg('none').template,
};

export const SEVERITY: Record<Severity, string> = {
  error: msg('error').template,
  warning: msg('warning').template,
  info: msg('info').template,
};

export const W = {
  predicted: (medal: string) => msg('predicted badge: {0}', medal),
  metadataFormat: msg('METADATA'),
  unknownFormat: msg('UNKNOWN'),
  metadataBadge: msg('metadata'),
  fileError: (error: string) => msg('error: {0}', error),
  datasets: msg('Datasets'),
  assumed: (criteria: string) => msg('Predictions assume these unchecked criteria pass: {0}', criteria),
  /** the counts are said first (`say`: in the output's language), each with its noun's plural form */
  summary: (say: (m: Msg) => string, files: number, errors: number, warnings: number, notes: number, c: Record<BadgeLevel, number>) =>
    msg('{0}, {1}, {2}, {3}; datasets: {4} gold, {5} silver, {6} bronze, {7} none',
      say(plural(files, '{0} file', '{0} files')), say(plural(errors, '{0} error', '{0} errors')),
      say(plural(warnings, '{0} warning', '{0} warnings')), say(plural(notes, '{0} note', '{0} notes')),
      c.gold, c.silver, c.bronze, c.none),
  valid: msg('valid'),
  invalid: msg('invalid'),
  cannotRead: (path: string) => msg('cannot read {0}: no such file or folder', path),
  noDataFiles: msg('no data files (.csv .tsv .json .xml) found'),
  cannotCheck: (path: string, why: string) => msg('cannot check {0}: {1}', path, why),
  cannotFix: (path: string, why: string) => msg('cannot fix {0}: {1}', path, why),
  progress: (done: number, total: number) => plural(total, 'checked {0}/{1} file', 'checked {0}/{1} files', done, total),
  reportTitle: (folder: string) => msg('opendata-badge report: {0}', folder),
  notText: (path: string, kind: string) => withWords(msg('{0}: {1} — not text, nothing to fix', path, kind), 1),
  nothingToFix: (path: string) => msg('{0}: nothing to fix', path),
  wouldFix: (path: string, done: string) => msg('{0}: would: {1}', path, done),
  skippedReview: (path: string, fix: string, why: string) =>
    msg('{0}: not applied: {1} — {2}. Check it in the editor, where it opens as a preview, or edit by hand.', path, fix, why),
  fixed: (path: string, done: string) => msg('{0}: {1}', path, done),
  fixedKept: (path: string, done: string, kept: string) => msg('{0}: {1} (original kept as {2})', path, done, kept),
  verificationFailed: (path: string) => msg('{0}: verification failed, the file was left untouched', path),
  removedRows: msg('removed rows (add them to the dataset\'s 備註):'),
  notesAdded: (path: string, n: number) => plural(n, '{0}: 備註 += {1} line', '{0}: 備註 += {1} lines', path, n),
  usage: msg('Usage:'),
  usageCheck: msg('checks data files (.csv .tsv .json .xml) and folders, predicts the data.gov.tw badge'),
  usageFix: msg('applies the safe fixes; writes only after verifying, atomically, keeping FILE.orig'),
  usageReport: msg('every dataset\'s badge, the agency score and what would raise it most'),
  usageDescribe: msg('the metadata sidecar NAME.metadata.json of each file\'s dataset, from its files: printed, or written with --write (an existing one only with --force, kept as .orig)'),
} as const;
