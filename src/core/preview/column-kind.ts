// What kind of values a column holds, for the table preview's column profile: numbers, integers
// written with thousands separators, ROC (民國) or Western dates, codes (0050, A01) or text; and
// how many cells are blank. Pure and streaming: every data row of a 1,000,000-row file goes
// through it, so the common cases are decided by a loop over the characters, not a regex.
import { isBlankValue, isMissing, isPad, trimValue } from '../csv/cells';

export type ValueKind = 'number' | 'thousands' | 'roc-date' | 'date' | 'code' | 'text';
export type ColumnKind = ValueKind | 'empty' | 'mixed';

export const VALUE_KINDS: readonly ValueKind[] = ['number', 'thousands', 'roc-date', 'date', 'code', 'text'];

export interface ColumnStats {
  /** the kind most values have; `mixed` when none has MAJORITY of them; `empty` when all are blank */
  kind: ColumnKind;
  /** share of the non-blank values that are of `kind` (of the most common kind when mixed) */
  share: number;
  /** blank cells and missing-value markers (-, NA, …) */
  blank: number;
  /** cells looked at (the data rows that reach this column) */
  cells: number;
  counts: Record<ValueKind, number>;
}

/** below this share of one kind, a column is `mixed` */
export const MAJORITY = 0.8;

const DATE_SEP = /[/\-.年]/;
// yyyy/mm/dd, yyyy-mm, 2024年3月5日, with a time; 113/03/05, 113年3月 for ROC years (2-3 digits)
const DATE_FORM = /^(\d{2,4})\s*[/\-.年]\s*(\d{1,2})(?:\s*[/\-.月]\s*(\d{1,2})\s*日?|\s*月)?(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const ROC_PREFIX = /^民國\s*/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** digits with an optional sign, one decimal point and a trailing %: 12, -3.5, 85% */
function plainNumber(t: string): boolean {
  let i = t.charCodeAt(0) === 45 || t.charCodeAt(0) === 43 ? 1 : 0;
  let digits = 0;
  let dot = false;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) { digits++; continue; }
    if (c === 46 && !dot) { dot = true; continue; }
    if (c === 37 && i === t.length - 1) { break; }
    return false;
  }
  return digits > 0;
}

function onlyDigits(t: string, from: number): boolean {
  for (let i = from; i < t.length; i++) { if (!isDigit(t.charCodeAt(i))) { return false; } }
  return from < t.length;
}

/** 1,234 or -12,345.6: groups of three digits after the first */
function thousands(t: string): boolean {
  let i = t.charCodeAt(0) === 45 || t.charCodeAt(0) === 43 ? 1 : 0;
  let group = 0;
  let commas = 0;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) { group++; continue; }
    if (c === 44) {
      if (group === 0 || group > 3 || (commas > 0 && group !== 3)) { return false; }
      commas++;
      group = 0;
      continue;
    }
    if (c === 46) { return commas > 0 && group === 3 && onlyDigits(t, i + 1); }
    return false;
  }
  return commas > 0 && group === 3;
}

function dateKind(t: string): 'date' | 'roc-date' | null {
  const roc = ROC_PREFIX.test(t);
  const m = DATE_FORM.exec(roc ? t.replace(ROC_PREFIX, '') : t);
  if (!m) { return null; }
  const year = m[1];
  const month = Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) { return null; }
  if (year.length === 4) { return roc ? null : 'date'; }
  // 2-3 digit years are ROC years (民國 1 = 1912): 113/03/05, 99/12/31
  return 'roc-date';
}

/** a code: digits kept as text (0050, 010), or letters with digits and no spaces (A01, F-123) */
function isCode(t: string): boolean {
  if (t.length > 24) { return false; }
  const c0 = t.charCodeAt(0);
  if (c0 === 48 && t.length >= 2) { return onlyDigits(t, 1); }
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) { digits++; } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { letters++; } else if (c !== 45 && c !== 95) { return false; }
  }
  return letters > 0 && digits > 0;
}

const MIN = 0x6c11;   // 民, as in 民國113年
const NUMBER = 0, THOUSANDS = 1, ROC_DATE = 2, DATE = 3, CODE = 4, TEXT = 5, BLANK = -1;
/** a column's slots in ColumnProfiler.counts */
const BLANKS = 6, CELLS = 7, SLOTS = 8;


/** VALUE_KINDS' index of the value's kind, or -1 for a blank cell or a missing-value marker */
function kindCode(v: string): number {
  const n = v.length;
  if (n === 0) { return BLANK; }
  const c = v.charCodeAt(0);
  const padded = isPad(c) || isPad(v.charCodeAt(n - 1));
  // most cells are plain numbers or Chinese text: decided without trimming or a regex
  if (!padded && c > 0x7f && c !== MIN && !(n <= 3 && isMissing(v))) { return TEXT; }
  if (!padded && isDigit(c) && (c !== 48 || n === 1 || !isDigit(v.charCodeAt(1))) && plainNumber(v)) { return NUMBER; }
  if (isBlankValue(v)) { return BLANK; }
  const t = padded ? trimValue(v) : v;
  if (isMissing(t)) { return BLANK; }
  const c0 = t.charCodeAt(0);
  if (isDigit(c0) || c0 === 45 || c0 === 43 || c0 === 46) {
    // a leading zero keeps the digits as a code (0050), but 0, 0.5 and 0% are numbers
    const leadingZero = c0 === 48 && t.length > 1 && isDigit(t.charCodeAt(1));
    if (!leadingZero && plainNumber(t)) { return NUMBER; }
    if (!leadingZero && thousands(t)) { return THOUSANDS; }
  }
  if (t.length <= 40 && DATE_SEP.test(t)) {
    const d = dateKind(t);
    if (d) { return d === 'date' ? DATE : ROC_DATE; }
  }
  return isCode(t) ? CODE : TEXT;
}

/** null for a blank cell or a missing-value marker */
export function valueKind(v: string): ValueKind | null {
  const k = kindCode(v);
  return k === BLANK ? null : VALUE_KINDS[k];
}

export function emptyCounts(): Record<ValueKind, number> {
  return { number: 0, thousands: 0, 'roc-date': 0, date: 0, code: 0, text: 0 };
}

/** Accumulates the data rows' values column by column. */
export class ColumnProfiler {
  /** per column, a count per kind (VALUE_KINDS order), then blanks, then cells */
  private readonly counts: Float64Array;

  constructor(readonly width: number) {
    this.counts = new Float64Array(width * SLOTS);
  }

  /** one data row; cells beyond `width` are not profiled, missing cells are not counted */
  add(values: readonly string[]): void {
    const n = Math.min(values.length, this.width);
    const counts = this.counts;
    for (let c = 0, at = 0; c < n; c++, at += SLOTS) {
      const k = kindCode(values[c]);
      counts[at + (k === BLANK ? BLANKS : k)]++;
      counts[at + CELLS]++;
    }
  }

  result(): ColumnStats[] {
    return Array.from({ length: this.width }, (_, c) => {
      const at = c * SLOTS;
      const kinds = emptyCounts();
      VALUE_KINDS.forEach((k, i) => { kinds[k] = this.counts[at + i]; });
      return summarise(kinds, this.counts[at + BLANKS], this.counts[at + CELLS]);
    });
  }
}

export function summarise(counts: Record<ValueKind, number>, blank: number, cells: number): ColumnStats {
  let top: ValueKind = 'text';
  let total = 0;
  for (const k of VALUE_KINDS) {
    total += counts[k];
    if (counts[k] > counts[top]) { top = k; }
  }
  if (total === 0) { return { kind: 'empty', share: 0, blank, cells, counts }; }
  const share = counts[top] / total;
  return { kind: share >= MAJORITY ? top : 'mixed', share, blank, cells, counts };
}
