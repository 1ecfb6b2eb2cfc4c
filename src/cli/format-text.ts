// What a person reads in a terminal: findings grouped by file with positions, the predicted
// badge and its reasons, the datasets, and one summary line. Every word goes through the bundle
// (words.ts); rule and criterion ids stay as they are, like the JSON's.
import { relative } from 'node:path';
import { encodingLabel } from '../core/encoding/names';
import { msg, render, type Msg } from '../core/messages';
import type { ApiInfo, BadgeLevel, CheckReport, Criterion, DatasetReport, FileReport, Finding, Severity } from '../core/types';
import { say, type Translate } from './translate';
import { padToWidth } from './text-width';
import { LEVEL, MEDAL, SEVERITY, W } from './words';

export interface TextOptions {
  color: boolean;
  t: Translate;
  offline: boolean;
}

const ANSI = { red: 31, yellow: 33, blue: 34, green: 32, gray: 90, bold: 1, cyan: 36 } as const;
type Color = keyof typeof ANSI;

const MEDAL_COLOR: Record<BadgeLevel, Color> = { gold: 'yellow', silver: 'cyan', bronze: 'red', none: 'gray' };
const SEVERITY_COLOR: Record<Severity, Color> = { error: 'red', warning: 'yellow', info: 'blue' };

type Paint = (color: Color, s: string) => string;

/** The words of one run: templates and single words in the chosen language. */
interface Words {
  say(m: Msg): string;
  word(english: string): string;
}

export function formatText(report: CheckReport, datasets: DatasetReport[], o: TextOptions): string {
  const c: Paint = (color, s) => (o.color ? `\u001b[${ANSI[color]}m${s}\u001b[0m` : s);
  const w: Words = { say: m => render(m, o.t), word: s => o.t(s) ?? s };
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.files) {
    lines.push(fileHeading(f, c, w));
    if (f.resource?.checked) { lines.push('  ' + c('gray', say(o.t, f.resource.l10n, f.resource.note))); }
    if (f.error) { lines.push('  ' + c('red', w.say(W.fileError(f.error)))); }
    for (const x of f.findings) {
      totals[x.severity]++;
      lines.push(findingLine(x, f, c, w, o.t));
    }
    if (f.format !== 'metadata' && f.format !== 'unknown') {
      for (const cr of f.badge.criteria) { lines.push(criterionLine(cr, c, w, o.t)); }
    }
    lines.push('');
  }
  if (datasets.length > 0 && report.files.length > 1) {
    lines.push(c('bold', w.say(W.datasets)));
    for (const d of datasets) {
      const medal = w.word(MEDAL[d.badge.level]);
      lines.push(`  ${c(MEDAL_COLOR[d.badge.level], padToWidth(medal, 10))} ${d.name} ${c('gray', `(${d.resources.map(p => rel(p)).join(', ')})`)}`);
      for (const cr of d.badge.criteria.filter(x => x.status === 'fail')) { lines.push('    ' + criterionLine(cr, c, w, o.t).trim()); }
      // what was not checked, beside what was: a spreadsheet is not left out in silence
      for (const r of (d.resourceFiles ?? []).filter(x => !x.checked)) { lines.push(`    – ${rel(r.path)}: ${say(o.t, r.l10n, r.note)}`); }
    }
    lines.push('');
  }
  const assumed = new Set(datasets.flatMap(d => d.badge.assumptions));
  if (assumed.size > 0) {
    lines.push(c('gray', w.say(W.assumed([...assumed].join(', ')))));
  }
  const counts: Record<BadgeLevel, number> = { gold: 0, silver: 0, bronze: 0, none: 0 };
  for (const d of datasets) { counts[d.badge.level]++; }
  lines.push(c('bold', w.say(W.summary(w.say, report.files.length, totals.error, totals.warning, totals.info, counts))));
  return lines.join('\n');
}

function rel(p: string): string {
  const r = relative(process.cwd(), p);
  return r.startsWith('..') ? p : r;
}

function fileHeading(f: FileReport, c: Paint, w: Words): string {
  if (f.resource && !f.resource.checked) {
    return `${c('bold', rel(f.path))}  ${c('gray', `${f.resource.type.toUpperCase()} ·`)} ${w.say(f.resource.l10n)}`;
  }
  // binary content has no encoding: what it is says more ("ZIP archive (an Excel .xlsx workbook)")
  const enc = f.encoding.name === 'binary' ? w.word(f.encoding.binaryKind ?? msg('binary file').template)
    : encodingLabel(f.encoding.name, f.encoding.variant) + (f.encoding.bom ? ' BOM' : '');
  const badge = f.api ? apiLabel(f.api, c, w)
    : f.format === 'metadata' ? w.say(W.metadataBadge)
      : w.say(W.predicted(c(MEDAL_COLOR[f.badge.level], w.word(MEDAL[f.badge.level]))));
  return `${c('bold', rel(f.path))}  ${c('gray', `${formatLabel(f, w)} · ${enc} ·`)} ${badge}`;
}

function formatLabel(f: FileReport, w: Words): string {
  if (f.api && f.format === 'unknown') { return 'YAML'; }
  if (f.format === 'metadata') { return w.say(W.metadataFormat); }
  if (f.format === 'unknown') { return w.say(W.unknownFormat); }
  return f.format.toUpperCase();
}

/** an API description has no badge: whether it counts toward the score's bonus */
function apiLabel(api: ApiInfo, c: Paint, w: Words): string {
  const name = `OpenAPI ${api.version ?? '?'}`;
  return api.valid ? `${name}: ${c('green', w.say(W.valid))}` : `${name}: ${c('red', w.say(W.invalid))}`;
}

function findingLine(x: Finding, f: FileReport, c: Paint, w: Words, t: Translate): string {
  const sev = c(SEVERITY_COLOR[x.severity], padToWidth(w.word(SEVERITY[x.severity]), 7));
  const where = `${x.line}:${x.column}`;
  const other = x.path && x.path !== f.path ? c('gray', ` (${rel(x.path)}:${where})`) : '';
  return `  ${c('gray', where.padStart(9))}  ${sev}  ${say(t, x.l10n, x.message)} ${c('gray', x.rule)}${other}`;
}

function criterionLine(cr: Criterion, c: Paint, w: Words, t: Translate): string {
  const mark = cr.status === 'pass' ? c('green', '✓') : cr.status === 'fail' ? c('red', '✗') : c('gray', '?');
  return `  ${mark} ${cr.id.padEnd(18)} ${c('gray', `[${w.word(LEVEL[cr.level])}]`)} ${say(t, cr.l10n, cr.reason)}`;
}
