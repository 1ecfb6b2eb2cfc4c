// Small helpers the CSV rules share to describe rows and cells in findings.
import type { Range } from '../types';
import type { CsvLayout, CsvRow } from './model';
import { isBlankValue, trimValue } from './cells';

/** the whole record: its first line to its last character */
export function rowRange(row: CsvRow): Range {
  return { line: row.line, column: 1, endLine: row.endLine, endColumn: row.endColumn };
}

/** a value cut for a message */
export function short(v: string, max = 30): string {
  const t = trimValue(v).replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** the first non-blank value of a row, cut for a message */
export function rowText(row: CsvRow): string {
  return short(row.values.find(v => !isBlankValue(v)) ?? '');
}

/** "B (平均薪資)": a column by its spreadsheet letter and, when known, its name */
export function columnLabel(index: number, layout: CsvLayout | null): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  const name = layout?.columns[index];
  return name ? `${letters} (${short(name, 20)})` : letters;
}
