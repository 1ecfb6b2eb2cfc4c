// Command-line parsing (../shared/spec/cli-contract.md). Usage errors exit with status 2.
import { parseArgs } from 'node:util';
import { PLATFORM_FREQUENCIES } from '../core/metadata/describe';
import { parseFrequency } from '../core/timeliness/frequency';
import type { BadgeLevel } from '../core/types';

export class UsageError extends Error {}

export const USAGE = `Usage:
  opendata-badge check PATH... [--format text|json|sarif] [--min-badge bronze|silver|gold]
                               [--metadata FILE] [--offline] [--today YYYY-MM-DD] [--lang en|zh-TW]
                               [--allow-private-links]
  opendata-badge fix FILE... [--utf8] [--all] [--dry-run] [--no-backup] [--eudc pua|hkscs|cp950]
  opendata-badge report DIR [--format html|md|json] [--offline] [--today YYYY-MM-DD]
  opendata-badge describe FILE... [--write] [--force] [--frequency 每1年] [--lang en|zh-TW]

check     checks data files (.csv .tsv .json .xml) and folders, predicts the data.gov.tw badge
fix       applies the safe fixes; writes only after verifying, atomically, keeping FILE.orig
report    every dataset's badge, the agency score and what would raise it most
describe  the metadata sidecar NAME.metadata.json of each file's dataset, from its files:
          printed, or written with --write (an existing one only with --force, kept as .orig)`;

export interface CheckArgs {
  command: 'check';
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  minBadge: Exclude<BadgeLevel, 'none'> | null;
  metadata: string | null;
  offline: boolean;
  today: string | null;
  lang: 'en' | 'zh-TW';
  color: boolean;
  /** check links to private / loopback addresses too (refused by default) */
  allowPrivateLinks: boolean;
}

export interface FixArgs {
  command: 'fix';
  paths: string[];
  utf8: boolean;
  all: boolean;
  dryRun: boolean;
  backup: boolean;
  eudc: 'refuse' | 'pua' | 'hkscs' | 'cp950';
  lang: 'en' | 'zh-TW';
}

export interface ReportArgs {
  command: 'report';
  paths: string[];
  format: 'html' | 'md' | 'json';
  offline: boolean;
  today: string | null;
  /** progress lines on stderr (when it is a terminal) */
  progress: boolean;
}

export interface DescribeArgs {
  command: 'describe';
  paths: string[];
  write: boolean;
  /** replace an existing sidecar (its bytes kept as .orig) */
  force: boolean;
  /** 更新頻率 to write; null: left for the publisher */
  frequency: string | null;
  lang: 'en' | 'zh-TW';
}

export type Args = CheckArgs | FixArgs | ReportArgs | DescribeArgs | { command: 'help' } | { command: 'version' };

export function parse(argv: string[], env: NodeJS.ProcessEnv, isTty: boolean): Args {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') { return { command: 'help' }; }
  if (command === '--version' || command === '-v') { return { command: 'version' }; }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest, allowPositionals: true, strict: true,
      options: {
        format: { type: 'string' }, 'min-badge': { type: 'string' }, metadata: { type: 'string' },
        offline: { type: 'boolean' }, today: { type: 'string' }, lang: { type: 'string' },
        color: { type: 'boolean' }, 'no-color': { type: 'boolean' },
        utf8: { type: 'boolean' }, all: { type: 'boolean' }, 'dry-run': { type: 'boolean' },
        'no-backup': { type: 'boolean' }, eudc: { type: 'string' }, 'allow-private-links': { type: 'boolean' },
        write: { type: 'boolean' }, force: { type: 'boolean' }, frequency: { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const lang = pickLang(v.lang, env);
  if (parsed.positionals.length === 0) { throw new UsageError(`${command}: give at least one PATH`); }
  if (command === 'check') {
    const format = v.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif') { throw new UsageError(`--format must be text, json or sarif, not ${format}`); }
    const min = v['min-badge'] ?? null;
    if (min !== null && min !== 'bronze' && min !== 'silver' && min !== 'gold') { throw new UsageError(`--min-badge must be bronze, silver or gold, not ${min}`); }
    if (v.today !== undefined && !validDate(v.today)) { throw new UsageError(`--today must be a date YYYY-MM-DD, not ${v.today}`); }
    const color = v['no-color'] ? false : v.color ? true : isTty && !env.NO_COLOR && env.TERM !== 'dumb';
    return {
      command, paths: parsed.positionals, format, minBadge: min, metadata: v.metadata ?? null,
      offline: v.offline ?? false, today: v.today ?? null, lang, color, allowPrivateLinks: v['allow-private-links'] ?? false,
    };
  }
  if (command === 'fix') {
    const eudc = v.eudc ?? 'refuse';
    if (eudc !== 'refuse' && eudc !== 'pua' && eudc !== 'hkscs' && eudc !== 'cp950') { throw new UsageError(`--eudc must be pua, hkscs or cp950, not ${eudc}`); }
    if (!v.utf8 && !v.all) { throw new UsageError('fix: say what to fix: --utf8 and/or --all'); }
    return {
      command, paths: parsed.positionals, utf8: v.utf8 ?? false, all: v.all ?? false,
      dryRun: v['dry-run'] ?? false, backup: !v['no-backup'], eudc, lang,
    };
  }
  if (command === 'report') {
    const format = v.format ?? 'html';
    if (format !== 'html' && format !== 'md' && format !== 'json') { throw new UsageError(`--format must be html, md or json, not ${format}`); }
    if (v.today !== undefined && !validDate(v.today)) { throw new UsageError(`--today must be a date YYYY-MM-DD, not ${v.today}`); }
    return { command, paths: parsed.positionals, format, offline: v.offline ?? false, today: v.today ?? null, progress: isTty };
  }
  if (command === 'describe') {
    const frequency = v.frequency ?? null;
    if (frequency !== null && parseFrequency(frequency) === null) {
      throw new UsageError(`--frequency must be a 更新頻率 such as ${PLATFORM_FREQUENCIES.join(', ')}; not ${frequency}`);
    }
    if (v.force && !v.write) { throw new UsageError('describe: --force replaces a sidecar, with --write only'); }
    return { command, paths: parsed.positionals, write: v.write ?? false, force: v.force ?? false, frequency, lang };
  }
  throw new UsageError(`unknown command: ${command}`);
}

function pickLang(flag: string | undefined, env: NodeJS.ProcessEnv): 'en' | 'zh-TW' {
  const v = (flag ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '').toLowerCase();
  if (flag !== undefined && !/^(en|zh-tw)$/i.test(flag)) { throw new UsageError(`--lang must be en or zh-TW, not ${flag}`); }
  return /^zh[-_](tw|hant)/.test(v) ? 'zh-TW' : 'en';
}

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) { return false; }
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
