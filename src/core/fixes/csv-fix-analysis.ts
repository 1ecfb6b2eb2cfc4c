// The whole-text analysis the CSV fixes work from and verify against: every row with its role,
// and the findings as content-based signatures (positions move when rows go, contents do not).
import { CsvAnalyzer } from '../csv/analyzer';
import { isRecordRole, type CsvLayout, type CsvRow, type CsvSummary } from '../csv/model';

export interface CsvAnalysis {
  layout: CsvLayout;
  rows: CsvRow[];
  summary: CsvSummary;
}

export function analyseText(text: string, expectedDelimiter: ',' | '\t'): CsvAnalysis {
  const rows: CsvRow[] = [];
  let layout: CsvLayout | null = null;
  const a = new CsvAnalyzer({
    expectedDelimiter,
    sink: { layout: l => { layout = l; }, row: r => { rows.push(r); } },
  });
  a.push(text);
  const summary = a.end();
  return { layout: layout as unknown as CsvLayout, rows, summary };
}

/** the values of a row as one string: what "the same row" means across texts */
export function rowKey(r: CsvRow): string {
  return r.values.join('\u0001');
}

/** the values without trailing empty ones: a row's content whatever trailing delimiters it has */
function contentKey(r: CsvRow): string {
  let n = r.values.length;
  while (n > 0 && r.values[n - 1] === '') { n--; }
  return r.values.slice(0, n).join('\u0001');
}

/** the signatures of the findings one row makes (see findingSignatures) */
export function rowSignatures(r: CsvRow, l: CsvLayout): string[] {
  const out: string[] = [];
  const key = contentKey(r);
  if (r.role === 'title' || r.role === 'notes') { out.push(`caption:${key}`); }
  if (r.role === 'blank') { out.push('blank'); }
  if (r.role === 'subtotal') { out.push(`subtotal:${key}`); }
  if (r.role === 'section') { out.push(`section:${key}`); }
  if (isRecordRole(r.role) && r.fieldCount !== l.width) { out.push(`ragged:${key}`); }
  for (const e of r.quoteErrors ?? []) { out.push(`quote:${e.kind}:${key}`); }
  for (const i of r.formulaCells ?? []) { out.push(`formula:${r.values[i]}`); }
  return out;
}

/**
 * Every finding the CSV rules would make, as a multiset of signatures that do not depend on
 * line numbers. Title and notes rows are one kind (both go to the metadata): a row that moves
 * from one to the other is not a new finding.
 */
export function findingSignatures(a: CsvAnalysis): Map<string, number> {
  const out = new Map<string, number>();
  const add = (s: string) => out.set(s, (out.get(s) ?? 0) + 1);
  const l = a.layout;
  if (l.delimiter !== l.expectedDelimiter) { add(`delimiter:${l.delimiter}`); }
  if (l.headerRows.length > 1) { add('multi-row-header'); }
  for (const b of l.blankHeaderCells) { add(`blank-header:${b.index}`); }
  for (const d of l.duplicateColumns) { add(`duplicate-header:${d.name}`); }
  if (l.trailingDelimiter) { add('trailing-delimiter'); }
  for (const r of a.rows) { for (const sig of rowSignatures(r, l)) { add(sig); } }
  return out;
}
