// What kind of values each column holds, from a sample of rows: the yardstick the layout uses to
// tell a header row (text over numbers) from a data row.
import { cellType, isMissing, isYearName, NumberReader, trimValue, type CellType } from './cells';
import type { LabelForms } from './keywords';
import type { Row } from './row';

export interface ColumnProfile {
  /** N, D or U when at least 60% of the non-empty sample values are of that type; T or E otherwise */
  type: CellType;
  /** share of the non-empty values that are years (2019, 108) */
  yearShare: number;
  /** how many sample values are non-zero numbers */
  nonZero: number;
  /** row numbers (序號, 項次: they count up by one) or codes and periods (11201, 11202 …): not quantities */
  sequence: boolean;
  /** share of all the rows but the first whose value here is a number (or a missing marker) */
  numericShare: number;
  /** the same for a number, a date or a link */
  typedShare: number;
  /** which total-keyword label forms count in this column (keywords.ts) */
  labelForms: LabelForms;
  /** a negative number was seen in the sample */
  negative: boolean;
}

const SAMPLE = 500;
const PLAIN_INT = /^\d+$/;

/**
 * The profile of each column up to `width`, or up to the last one whose values a row keeps (the
 * scanner keeps at most 10,000 values a row: a 30 MB line of 15 million fields is profiled in its
 * first 10,000 columns, not given 15 million counters).
 */
export function profileColumns(rows: readonly Row[], width: number): ColumnProfile[] {
  const reader = new NumberReader();
  const minNonEmpty = Math.min(2, width);
  const rowsOfWidth = rows.filter(r => r.fieldCount === width && r.nonEmpty >= minNonEmpty).slice(0, SAMPLE * 2);
  let kept = 0;
  for (const r of rows) { kept = Math.max(kept, r.values.length); }
  width = Math.min(width, kept);
  const counts = Array.from({ length: width }, () => ({
    N: 0, D: 0, U: 0, T: 0, years: 0, all: 0, nonZero: 0, prev: NaN, steps: 0,
    plainInts: 0, min: Infinity, max: -Infinity,
  }));
  // header rows hold only text: rows with a number, date or link are data (when there are any)
  const typed = rowsOfWidth.filter(r => r.values.some(v => {
    const t = cellType(v, reader);
    return t === 'N' || t === 'D' || t === 'U';
  }));
  const sample = (typed.length > 0 ? typed : rowsOfWidth.slice(rowsOfWidth.length > 1 ? 1 : 0)).slice(0, SAMPLE);
  // how many of all the rows (but the first, the likely header) hold a number in each column:
  // a column where only a total row has one is no column of quantities
  const numbersIn = new Array<number>(width).fill(0);
  const typedIn = new Array<number>(width).fill(0);
  const all = rowsOfWidth.slice(rowsOfWidth.length > 1 ? 1 : 0, SAMPLE + 1);
  for (const r of all) {
    for (let c = 0; c < width && c < r.values.length; c++) {
      const v = r.values[c];
      const t = cellType(v, reader);
      const missing = isMissing(trimValue(v));
      if (t === 'N' || missing) { numbersIn[c]++; }
      if (t === 'N' || t === 'D' || t === 'U' || missing) { typedIn[c]++; }
    }
  }
  for (const r of sample) {
    for (let c = 0; c < width && c < r.values.length; c++) {
      const t = cellType(r.values[c], reader);
      if (t === 'E') { continue; }
      const k = counts[c];
      k.all++;
      k[t]++;
      if (t === 'N') {
        const x = reader.read(r.values[c]);
        if (isYearName(r.values[c])) { k.years++; }
        if (x !== 0) { k.nonZero++; }
        if (x === k.prev + 1) { k.steps++; }
        k.prev = x;
        if (PLAIN_INT.test(trimValue(r.values[c]))) { k.plainInts++; }
        if (x < k.min) { k.min = x; }
        if (x > k.max) { k.max = x; }
      }
    }
  }
  return counts.map((k, c) => {
    const numericShare = all.length === 0 ? 0 : numbersIn[c] / all.length;
    const typedShare = all.length === 0 ? 0 : typedIn[c] / all.length;
    const labelForms = c < LABEL_PROFILED ? formsOf(all, c) : 'named';
    const negative = k.min < 0;
    if (k.all === 0) { return { type: 'E', yearShare: 0, nonZero: 0, sequence: false, numericShare, typedShare, labelForms, negative }; }
    const yearShare = k.years / k.all;
    // 11201, 11202 … (統計年月), 6563, 7010 (識別碼): codes and periods, whose values stay
    // within a few percent of each other, written without separators: not quantities
    const sequence = (k.N >= 3 && k.steps >= 0.95 * (k.N - 1))
      || (k.N >= 5 && k.plainInts === k.N && k.min >= 1000 && k.max - k.min <= 0.05 * k.min);
    for (const t of ['N', 'D', 'U'] as const) {
      if (k[t] >= 0.6 * k.all) { return { type: t, yearShare, nonZero: k.nonZero, sequence, numericShare, typedShare, labelForms, negative }; }
    }
    return { type: 'T', yearShare, nonZero: k.nonZero, sequence, numericShare, typedShare, labelForms, negative };
  });
}

/** label columns are among the first few */
const LABEL_PROFILED = 8;
const NAME_CHARS = 10;
const PATH = /[/／]/;

/**
 * Paths when most values of the column are hierarchical (110年/ 臺北市 / 國小); only the keyword
 * itself when they are long, distinct names (a catalogue's dataset names); else short labels.
 */
function formsOf(rows: readonly Row[], c: number): LabelForms {
  const values: string[] = [];
  for (const r of rows) {
    const v = c < r.values.length ? trimValue(r.values[c]) : '';
    if (v.length > 0) { values.push(v); }
  }
  if (values.length === 0) { return 'named'; }
  if (values.filter(v => PATH.test(v)).length * 10 >= values.length * 3) { return 'path'; }
  const lengths = values.map(v => v.length).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1];
  const distinct = new Set(values).size / values.length;
  return median > NAME_CHARS && distinct > 0.8 ? 'whole' : 'named';
}

/**
 * a typed column (numbers, dates, links) in most rows: text in it is a header, not data. Most
 * rows, not only the rows that hold a typed value somewhere: a date format that starts halfway
 * down a text table does not make its first records header rows.
 */
export function isTyped(p: ColumnProfile | undefined): boolean {
  return p !== undefined && (p.type === 'N' || p.type === 'D' || p.type === 'U') && p.typedShare >= 0.5;
}
