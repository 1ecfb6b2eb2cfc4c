// What kind of values each column holds, from a sample of rows: the yardstick the layout uses to
// tell a header row (text over numbers) from a data row.
import { cellType, isMissing, isYearName, NumberReader, trimValue, type CellType } from './cells';
import type { Row } from './row';

export interface ColumnProfile {
  /** N, D or U when at least 60% of the non-empty sample values are of that type; T or E otherwise */
  type: CellType;
  /** share of the non-empty values that are years (2019, 108) */
  yearShare: number;
  /** how many sample values are non-zero numbers */
  nonZero: number;
  /** the values count up by one from row to row (序號, 項次): a row number, not a quantity */
  sequence: boolean;
  /** share of all the rows but the first whose value here is a number (or a missing marker) */
  numericShare: number;
}

const SAMPLE = 500;

export function profileColumns(rows: readonly Row[], width: number): ColumnProfile[] {
  const reader = new NumberReader();
  const counts = Array.from({ length: width }, () => ({ N: 0, D: 0, U: 0, T: 0, years: 0, all: 0, nonZero: 0, prev: NaN, steps: 0 }));
  const minNonEmpty = Math.min(2, width);
  const rowsOfWidth = rows.filter(r => r.fieldCount === width && r.nonEmpty >= minNonEmpty).slice(0, SAMPLE * 2);
  // header rows hold only text: rows with a number, date or link are data (when there are any)
  const typed = rowsOfWidth.filter(r => r.values.some(v => {
    const t = cellType(v, reader);
    return t === 'N' || t === 'D' || t === 'U';
  }));
  const sample = (typed.length > 0 ? typed : rowsOfWidth.slice(rowsOfWidth.length > 1 ? 1 : 0)).slice(0, SAMPLE);
  // how many of all the rows (but the first, the likely header) hold a number in each column:
  // a column where only a total row has one is no column of quantities
  const numbersIn = new Array<number>(width).fill(0);
  const all = rowsOfWidth.slice(rowsOfWidth.length > 1 ? 1 : 0, SAMPLE + 1);
  for (const r of all) {
    for (let c = 0; c < width && c < r.values.length; c++) {
      const v = r.values[c];
      if (cellType(v, reader) === 'N' || isMissing(trimValue(v))) { numbersIn[c]++; }
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
      }
    }
  }
  return counts.map((k, c) => {
    const numericShare = all.length === 0 ? 0 : numbersIn[c] / all.length;
    if (k.all === 0) { return { type: 'E', yearShare: 0, nonZero: 0, sequence: false, numericShare }; }
    const yearShare = k.years / k.all;
    const sequence = k.N >= 3 && k.steps >= 0.95 * (k.N - 1);
    for (const t of ['N', 'D', 'U'] as const) {
      if (k[t] >= 0.6 * k.all) { return { type: t, yearShare, nonZero: k.nonZero, sequence, numericShare }; }
    }
    return { type: 'T', yearShare, nonZero: k.nonZero, sequence, numericShare };
  });
}

/** a typed column (numbers, dates, links): text in it is a header, not data */
export function isTyped(p: ColumnProfile | undefined): boolean {
  return p !== undefined && (p.type === 'N' || p.type === 'D' || p.type === 'U');
}
