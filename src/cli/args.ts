// Command-line parsing (../shared/spec/cli-contract.md). Usage errors exit with status 2.
import { parseArgs } from 'node:util';
import { msg, render, type Msg } from '../core/messages';
import { PLATFORM_FREQUENCIES } from '../core/metadata/describe';
import { parseFrequency } from '../core/timeliness/frequency';
import type { BadgeLevel } from '../core/types';
import type { Translate } from './translate';
import { W } from './words';

export class UsageError extends Error {
  /** the message as a template, for --lang; node's own parse errors have none */
  readonly l10n: Msg | null;

  constructor(m: Msg | string) {
    super(typeof m === 'string' ? m : render(m));
    this.l10n = typeof m === 'string' ? null : m;
  }
}

const SYNTAX = `  opendata-badge check PATH... [--format text|json|sarif] [--min-badge bronze|silver|gold]
                               [--metadata FILE] [--offline] [--today YYYY-MM-DD] [--grace-days N]
                               [--config FILE] [--lang en|zh-TW] [--allow-private-links]
  opendata-badge fix FILE... [--utf8] [--all] [--dry-run] [--no-backup] [--eudc pua|hkscs|cp950]
  opendata-badge report DIR [--format html|md|json] [--offline] [--today YYYY-MM-DD] [--grace-days N]
                            [--config FILE] [--lang en|zh-TW]
  opendata-badge describe FILE... [--write] [--force] [--frequency 每1年] [--lang en|zh-TW]`;

/** The help text: the syntax as it is typed, the words in the language. */
export function usage(t: Translate): string {
  const say = (m: Msg) => render(m, t);
  return `${say(W.usage)}\n${SYNTAX}\n\ncheck     ${say(W.usageCheck)}\nfix       ${say(W.usageFix)}\nreport    ${say(W.usageReport)}\ndescribe  ${say(W.usageDescribe)}`;
}

export interface CheckArgs {
  command: 'check';
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  minBadge: Exclude<BadgeLevel, 'none'> | null;
  metadata: string | null;
  offline: boolean;
  today: string | null;
  /** days allowed past 更新頻率 before update-overdue; null: not given (the config's, else 0) */
  graceDays: number | null;
  /** --config FILE: this .opendatabadge.json for every file instead of the nearest one */
  config: string | null;
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
  graceDays: number | null;
  config: string | null;
  /** progress lines on stderr (when it is a terminal) */
  progress: boolean;
  lang: 'en' | 'zh-TW';
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
    parsed = parseOptions(rest);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  return parseCommand(command, parsed.positionals, v, pickLang(v.lang, env), env, isTty);
}

/** The language asked for, for messages printed before the arguments are understood. */
export function langOf(argv: readonly string[], env: NodeJS.ProcessEnv): 'en' | 'zh-TW' {
  const at = argv.findIndex(a => a === '--lang' || a.startsWith('--lang='));
  const flag = at < 0 ? undefined : argv[at].includes('=') ? argv[at].slice('--lang='.length) : argv[at + 1];
  try {
    return pickLang(flag, env);
  } catch {
    return pickLang(undefined, env);
  }
}

function parseOptions(rest: string[]) {
  return parseArgs({
    args: rest, allowPositionals: true, strict: true,
    options: {
      format: { type: 'string' }, 'min-badge': { type: 'string' }, metadata: { type: 'string' },
      offline: { type: 'boolean' }, today: { type: 'string' }, lang: { type: 'string' },
      color: { type: 'boolean' }, 'no-color': { type: 'boolean' },
      utf8: { type: 'boolean' }, all: { type: 'boolean' }, 'dry-run': { type: 'boolean' },
      'no-backup': { type: 'boolean' }, eudc: { type: 'string' }, 'allow-private-links': { type: 'boolean' },
      'grace-days': { type: 'string' }, config: { type: 'string' },
      write: { type: 'boolean' }, force: { type: 'boolean' }, frequency: { type: 'string' },
    },
  });
}

type Values = ReturnType<typeof parseOptions>['values'];

function parseCommand(command: string, paths: string[], v: Values, lang: 'en' | 'zh-TW', env: NodeJS.ProcessEnv, isTty: boolean): Args {
  if (command !== 'check' && command !== 'fix' && command !== 'report' && command !== 'describe') { throw new UsageError(msg('unknown command: {0}', command)); }
  if (paths.length === 0) { throw new UsageError(msg('{0}: give at least one PATH', command)); }
  if (v.today !== undefined && !validDate(v.today)) { throw new UsageError(msg('--today must be a date YYYY-MM-DD, not {0}', v.today)); }
  if (command === 'check') {
    const format = v.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif') { throw new UsageError(msg('--format must be text, json or sarif, not {0}', format)); }
    const min = v['min-badge'] ?? null;
    if (min !== null && min !== 'bronze' && min !== 'silver' && min !== 'gold') { throw new UsageError(msg('--min-badge must be bronze, silver or gold, not {0}', min)); }
    const color = v['no-color'] ? false : v.color ? true : isTty && !env.NO_COLOR && env.TERM !== 'dumb';
    return {
      command, paths, format, minBadge: min, metadata: v.metadata ?? null, offline: v.offline ?? false,
      today: v.today ?? null, graceDays: graceDaysOf(v['grace-days']), config: v.config ?? null, lang, color, allowPrivateLinks: v['allow-private-links'] ?? false,
    };
  }
  if (command === 'fix') {
    const eudc = v.eudc ?? 'refuse';
    if (eudc !== 'refuse' && eudc !== 'pua' && eudc !== 'hkscs' && eudc !== 'cp950') { throw new UsageError(msg('--eudc must be pua, hkscs or cp950, not {0}', eudc)); }
    if (!v.utf8 && !v.all) { throw new UsageError(msg('fix: say what to fix: --utf8 and/or --all')); }
    return {
      command, paths, utf8: v.utf8 ?? false, all: v.all ?? false,
      dryRun: v['dry-run'] ?? false, backup: !v['no-backup'], eudc, lang,
    };
  }
  if (command === 'describe') {
    const frequency = v.frequency ?? null;
    if (frequency !== null && parseFrequency(frequency) === null) {
      throw new UsageError(msg('--frequency must be a 更新頻率 such as {0}; not {1}', PLATFORM_FREQUENCIES.join(', '), frequency));
    }
    if (v.force && !v.write) { throw new UsageError(msg('describe: --force replaces a sidecar, with --write only')); }
    return { command, paths, write: v.write ?? false, force: v.force ?? false, frequency, lang };
  }
  const format = v.format ?? 'html';
  if (format !== 'html' && format !== 'md' && format !== 'json') { throw new UsageError(msg('--format must be html, md or json, not {0}', format)); }
  return {
    command, paths, format, offline: v.offline ?? false, today: v.today ?? null,
    graceDays: graceDaysOf(v['grace-days']), config: v.config ?? null, progress: isTty, lang,
  };
}

function pickLang(flag: string | undefined, env: NodeJS.ProcessEnv): 'en' | 'zh-TW' {
  const v = (flag ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '').toLowerCase();
  if (flag !== undefined && !/^(en|zh-tw)$/i.test(flag)) { throw new UsageError(msg('--lang must be en or zh-TW, not {0}', flag)); }
  return /^zh[-_](tw|hant)/.test(v) ? 'zh-TW' : 'en';
}

/** --grace-days: a whole number of days, 0 to 3650 (the editor setting's range) */
function graceDaysOf(v: string | undefined): number | null {
  if (v === undefined) { return null; }
  if (!/^\d{1,4}$/.test(v) || Number(v) > 3650) { throw new UsageError(msg('--grace-days must be a whole number of days from 0 to 3650, not {0}', v)); }
  return Number(v);
}

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) { return false; }
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
