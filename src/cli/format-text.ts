// What a person reads in a terminal: findings grouped by file with positions, the predicted
// badge and its reasons, the datasets, and one summary line.
import { relative } from 'node:path';
import { encodingLabel } from '../core/encoding/names';
import type { ApiInfo, BadgeLevel, CheckReport, Criterion, DatasetReport, FileReport, Finding, Severity } from '../core/types';
import { say, type Translate } from './translate';

export interface TextOptions {
  color: boolean;
  t: Translate;
  offline: boolean;
}

const ANSI = { red: 31, yellow: 33, blue: 34, green: 32, gray: 90, bold: 1, cyan: 36 } as const;
type Color = keyof typeof ANSI;

const MEDAL: Record<BadgeLevel, { label: string; color: Color }> = {
  gold: { label: 'gold 金', color: 'yellow' },
  silver: { label: 'silver 銀', color: 'cyan' },
  bronze: { label: 'bronze 銅', color: 'red' },
  none: { label: 'none 無', color: 'gray' },
};

export function formatText(report: CheckReport, datasets: DatasetReport[], o: TextOptions): string {
  const c = (color: Color, s: string) => (o.color ? `\u001b[${ANSI[color]}m${s}\u001b[0m` : s);
  const tr = (s: string) => o.t(s) ?? s;
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.files) {
    lines.push(fileHeading(f, c, tr));
    if (f.error) { lines.push('  ' + c('red', tr('error') + ': ' + f.error)); }
    for (const x of f.findings) {
      totals[x.severity]++;
      lines.push(findingLine(x, f, c, o.t));
    }
    if (f.format !== 'metadata' && f.format !== 'unknown') {
      for (const cr of f.badge.criteria) { lines.push(criterionLine(cr, c, o.t)); }
    }
    lines.push('');
  }
  if (datasets.length > 0 && report.files.length > 1) {
    lines.push(c('bold', tr('Datasets')));
    for (const d of datasets) {
      const medal = MEDAL[d.badge.level];
      lines.push(`  ${c(medal.color, medal.label.padEnd(10))} ${d.name} ${c('gray', `(${d.resources.map(p => rel(p)).join(', ')})`)}`);
      for (const cr of d.badge.criteria.filter(x => x.status === 'fail')) { lines.push('    ' + criterionLine(cr, c, o.t).trim()); }
    }
    lines.push('');
  }
  const assumed = new Set(datasets.flatMap(d => d.badge.assumptions));
  if (assumed.size > 0) {
    lines.push(c('gray', tr('Predictions assume these unchecked criteria pass:') + ' ' + [...assumed].join(', ')));
  }
  const count = (lvl: BadgeLevel) => datasets.filter(d => d.badge.level === lvl).length;
  lines.push(c('bold', `${report.files.length} ${tr('files')}, ${totals.error} ${tr('errors')}, ${totals.warning} ${tr('warnings')}, ${totals.info} ${tr('notes')}; `
    + `${tr('datasets')}: ${count('gold')} ${tr('gold')}, ${count('silver')} ${tr('silver')}, ${count('bronze')} ${tr('bronze')}, ${count('none')} ${tr('none')}`));
  return lines.join('\n');
}

type Paint = (color: Color, s: string) => string;

function rel(p: string): string {
  const r = relative(process.cwd(), p);
  return r.startsWith('..') ? p : r;
}

function fileHeading(f: FileReport, c: Paint, tr: (s: string) => string): string {
  const medal = MEDAL[f.badge.level];
  const enc = encodingLabel(f.encoding.name, f.encoding.variant) + (f.encoding.bom ? ' BOM' : '');
  const badge = f.api ? apiLabel(f.api, c, tr)
    : f.format === 'metadata' ? tr('metadata') : `${tr('predicted badge')}: ${c(medal.color, medal.label)}`;
  const format = f.api && f.format === 'unknown' ? 'YAML' : f.format.toUpperCase();
  return `${c('bold', rel(f.path))}  ${c('gray', `${format} · ${enc} ·`)} ${badge}`;
}

/** an API description has no badge: whether it counts toward the score's bonus */
function apiLabel(api: ApiInfo, c: Paint, tr: (s: string) => string): string {
  const name = `OpenAPI ${api.version ?? '?'}`;
  return api.valid ? `${name}: ${c('green', tr('valid'))}` : `${name}: ${c('red', tr('invalid'))}`;
}

function findingLine(x: Finding, f: FileReport, c: Paint, t: Translate): string {
  const sev = x.severity === 'error' ? c('red', 'error  ') : x.severity === 'warning' ? c('yellow', 'warning') : c('blue', 'info   ');
  const where = `${x.line}:${x.column}`;
  const other = x.path && x.path !== f.path ? c('gray', ` (${rel(x.path)}:${where})`) : '';
  return `  ${c('gray', where.padStart(9))}  ${sev}  ${say(t, x.l10n, x.message)} ${c('gray', x.rule)}${other}`;
}

function criterionLine(cr: Criterion, c: Paint, t: Translate): string {
  const mark = cr.status === 'pass' ? c('green', '✓') : cr.status === 'fail' ? c('red', '✗') : c('gray', '?');
  return `  ${mark} ${cr.id.padEnd(18)} ${c('gray', `[${cr.level}]`)} ${say(t, cr.l10n, cr.reason)}`;
}
