// Where the header is: the first row of the table's width whose cells are names rather than
// values, plus the rows under it that are still names (a multi-row header).
import { cellType, hasCjk, isAsciiName, isBlankValue, isYearName, NumberReader, trimValue, type CellType } from './cells';
import { isMetaCell, isUnitCell, notesKeyword, totalKeyword } from './keywords';
import { isTyped, type ColumnProfile } from './profile';
import type { Row } from './row';
import type { CsvLayout } from './model';

export interface HeaderFind {
  /** index (in the sample) of the first header row, or of the first data row when noHeader */
  start: number;
  /** indexes of the header rows */
  rows: number[];
  noHeader: boolean;
}

const MAX_HEADER_ROWS = 4;

export function firstNonEmpty(r: Row): string {
  for (const v of r.values) { if (!isBlankValue(v)) { return v; } }
  return '';
}

/** a notes row: its first non-empty cell starts with a notes keyword and most cells are empty */
export function isNotesRow(r: Row): string | null {
  if (r.nonEmpty === 0 || r.nonEmpty > Math.max(2, r.fieldCount >> 1)) { return null; }
  return notesKeyword(firstNonEmpty(r));
}

/** a total row: a label cell with a total keyword, and at least one number */
export function totalOf(r: Row, reader: NumberReader): string | null {
  let keyword: string | null = null;
  let numbers = 0;
  let labels = 0;
  for (const v of r.values) {
    if (v.length === 0) { continue; }
    if (!Number.isNaN(reader.read(v))) { numbers++; continue; }
    if (keyword === null && labels < 4) {
      labels++;
      keyword = totalKeyword(v);
    }
  }
  return numbers > 0 ? keyword : null;
}

function fits(r: Row, width: number): boolean {
  return r.fieldCount >= width - 1 && r.fieldCount <= width + 1;
}

function typeAt(r: Row, c: number, reader: NumberReader): CellType {
  return c < r.values.length ? cellType(r.values[c], reader) : 'E';
}

/** does the row hold values where the data holds values (so it is data, not names)? */
function looksLikeData(rows: readonly Row[], at: number, width: number, profile: ColumnProfile[], reader: NumberReader): boolean {
  const r = rows[at];
  const numbered = numberedNames(r, rows[at + 1], width);
  let typed = 0;
  let same = 0;
  for (let c = 0; c < width && c < r.values.length; c++) {
    const p = profile[c];
    if (!isTyped(p)) { continue; }
    const t = typeAt(r, c, reader);
    if (t === 'E') { continue; }
    typed++;
    const numeric = (t === 'N' || t === 'D') && (p.type === 'N' || p.type === 'D');
    // a year as a column name (2019) over other numbers is a name, and so is a numbered column
    const yearName = t === 'N' && isYearName(r.values[c]) && p.yearShare < 0.5;
    if (!yearName && !numbered[c] && (numeric || t === p.type)) { same++; }
  }
  if (typed > 0) { return same * 2 >= typed; }
  // an all-text table: values that come back in the same column below are data
  const repeated = repeatedBelow(rows, at, width);
  return repeated >= 2 && repeated * 10 >= r.nonEmpty * 3;
}

const PLAIN_INTEGER = /^\d{1,4}$/;

/**
 * The cells of `r` that number its columns: a run of adjacent integers that go up by one
 * (hours 01,02,…,24; years 2019,2020,2021; 1,2,3), of three or more, or of two written with a
 * leading zero (01,02: no quantity is written so) or that are Western years, unless the row
 * below runs the same way (a table of such rows).
 */
function numberedNames(r: Row, below: Row | undefined, width: number): boolean[] {
  const out = new Array<boolean>(width).fill(false);
  const runs = integerRuns(r, width);
  const belowRuns = below ? integerRuns(below, width) : [];
  for (const [from, to, padded] of runs) {
    const length = to - from + 1;
    if (length < 3 && !(length === 2 && (padded || Number(trimValue(r.values[from])) >= 1900))) { continue; }
    if (belowRuns.some(([f, t]) => f <= from && t >= to)) { continue; }
    for (let c = from; c <= to; c++) { out[c] = true; }
  }
  return out;
}

/** [first column, last column, starts with a leading zero] of each run of integers going up by one */
function integerRuns(r: Row, width: number): [number, number, boolean][] {
  const runs: [number, number, boolean][] = [];
  let from = -1;
  let prev = NaN;
  for (let c = 0; c <= width; c++) {
    const v = c < width && c < r.values.length ? trimValue(r.values[c]) : '';
    const n = PLAIN_INTEGER.test(v) ? Number(v) : NaN;
    if (from >= 0 && n === prev + 1) { prev = n; continue; }
    if (from >= 0 && c - 1 > from) { runs.push([from, c - 1, /^0\d/.test(trimValue(r.values[from]))]); }
    from = Number.isNaN(n) ? -1 : c;
    prev = n;
  }
  return runs;
}

/**
 * a row under the header that is still names: text over typed columns, no values at all, and
 * not the values of the records below (names are not repeated down their column)
 */
function isHeaderContinuation(rows: readonly Row[], at: number, width: number, profile: ColumnProfile[], reader: NumberReader): boolean {
  const r = rows[at];
  if (!fits(r, width) || r.nonEmpty === 0 || isNotesRow(r) || totalOf(r, reader)) { return false; }
  let textOverTyped = 0;
  for (let c = 0; c < r.values.length; c++) {
    const t = typeAt(r, c, reader);
    if (t === 'E') { continue; }
    if (t !== 'T') { return false; }
    if (isTyped(profile[c])) { textOverTyped++; }
  }
  return textOverTyped > 0 && repeatedBelow(rows, at, width) < 2;
}

/** how many of the row's values come back in the same column in the rows below */
function repeatedBelow(rows: readonly Row[], at: number, width: number): number {
  const r = rows[at];
  const below = rows.slice(at + 1, at + 200);
  let repeated = 0;
  for (let c = 0; c < width && c < r.values.length; c++) {
    const v = trimValue(r.values[c]);
    if (v.length === 0) { continue; }
    if (below.some(b => c < b.values.length && trimValue(b.values[c]) === v)) { repeated++; }
  }
  return repeated;
}

/** the header rows from `first` on: it, and the rows under it that are still names */
function continueHeader(rows: readonly Row[], first: number, width: number, profile: ColumnProfile[], reader: NumberReader): number[] {
  const headerRows = [first];
  // a header needs data under it: the last row of the sample is taken for data
  for (let j = first + 1; j < rows.length - 1 && headerRows.length < MAX_HEADER_ROWS; j++) {
    if (!isHeaderContinuation(rows, j, width, profile, reader)) { break; }
    headerRows.push(j);
  }
  return headerRows;
}

/** a long caption: a title, not a column name */
const TITLE_CHARS = 12;

/**
 * A caption row, not a header: at most three cells packed at the start of the row, of which one
 * says the unit, date or query (110年度綜合所得稅統計表-縣市別：新北市,單位：千元,,,,), or a long
 * caption over a row with more names. A group row of a multi-row header spreads its names over
 * the columns they head instead.
 */
// the heading cells of a government statistics form (公務統計報表): 公開類, 編製機關, 表號, and its
// due date (次月5日前編送); not 月報 or 年報 alone, which can be group names of a merged header
const FORM_CELL = /^[\s\u3000]*(?:(?:公開類|密件|編製機關|填表機關|表號)|次[日週月季年].{0,12}(?:編送|編報|報送))[\s\u3000]*$/;

export function isTitleLike(r: Row, rows: readonly Row[], at: number, width: number): boolean {
  if (r.nonEmpty === 0 || width < 3) { return false; }
  // a form's heading row (公開類,,編製機關,新竹市政府(民政處)): its cells are no column names
  if (r.nonEmpty <= 6 && r.nonEmpty < width && r.values.some(v => FORM_CELL.test(v))) { return true; }
  if (r.nonEmpty > 3) { return false; }
  const cells: number[] = [];
  for (let c = 0; c < r.values.length; c++) { if (!isBlankValue(r.values[c])) { cells.push(c); } }
  const packed = cells[0] <= 1 && cells.every((c, k) => k === 0 || c === cells[k - 1] + 1);
  if (!packed) { return false; }
  const meta = cells.filter(c => isMetaCell(r.values[c])).length;
  // two unit cells or more are the units of the columns under them: a row of the header
  const units = cells.filter(c => isUnitCell(r.values[c])).length;
  if (meta > 0 && cells.length - meta <= 1) { return units < 2; }
  if (cells.length > 2 || width < 4) { return false; }
  // the caption is in the first cell, or after a short form number (月統計報表之3,新竹市各區…)
  const firstLong = trimValue(r.values[cells[0]]).length >= TITLE_CHARS;
  if (!firstLong && (cells.length < 2 || trimValue(r.values[cells[1]]).length < TITLE_CHARS)) { return false; }
  // the wider row of names below it, past other short caption rows (a date, a unit)
  for (let j = at + 1, short = 0; j < rows.length && short <= 4; j++) {
    const next = rows[j];
    if (next.nonEmpty === 0) { continue; }
    if (next.nonEmpty >= cells.length + 2) {
      // under a caption the names fill its columns too; under a group row of a merged header
      // the cells below its names are blank
      return firstLong || cells.every(c => !isBlankValue(next.values[c] ?? ''));
    }
    if (next.nonEmpty > 3) { return false; }
    short++;
  }
  return false;
}

/**
 * A row of the table's width whose only name heads a column of values, the label columns before
 * it left blank (" "," ","國內生產毛額"): the header of a statistics query export. A caption sits
 * in the first cells instead.
 */
function namesValueColumn(r: Row, profile: ColumnProfile[], reader: NumberReader): boolean {
  if (r.nonEmpty !== 1) { return false; }
  for (let c = 1; c < r.values.length; c++) {
    if (isBlankValue(r.values[c])) { continue; }
    // '指數基期：民國110年=100' says something about the table: a 'name: value' is no column name
    return isTyped(profile[c]) && typeAt(r, c, reader) === 'T' && !isMetaCell(r.values[c]) && !/[:：=]./.test(r.values[c]);
  }
  return false;
}

/**
 * namesValueColumn, exactly as wide as the table, with the records (or a section label) after
 * the rows of its kind under it — not a row of more names, which makes it a caption above the
 * real header.
 */
function lonelyHeader(rows: readonly Row[], at: number, width: number, profile: ColumnProfile[], reader: NumberReader): boolean {
  if (rows[at].fieldCount !== width || !namesValueColumn(rows[at], profile, reader)) { return false; }
  // the rows of this kind under it, then the first other row: the records, or the real header
  for (let j = at + 1; j < rows.length; j++) {
    const next = rows[j];
    if (next.nonEmpty === 0 || (next.fieldCount === width && namesValueColumn(next, profile, reader))) { continue; }
    return looksLikeData(rows, j, width, profile, reader) || (next.fieldCount !== width && next.nonEmpty === 1);
  }
  return false;
}

export function findHeader(rows: readonly Row[], width: number, profile: ColumnProfile[]): HeaderFind {
  const reader = new NumberReader();
  const minNonEmpty = Math.min(2, width);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!fits(r, width) || (r.nonEmpty < minNonEmpty && !lonelyHeader(rows, i, width, profile, reader))) { continue; }
    if (isNotesRow(r) || totalOf(r, reader) || isTitleLike(r, rows, i, width)) { continue; }
    if (looksLikeData(rows, i, width, profile, reader)) { return { start: i, rows: [], noHeader: true }; }
    return { start: i, rows: continueHeader(rows, i, width, profile, reader), noHeader: false };
  }
  return { start: rows.length, rows: [], noHeader: true };
}

function share(values: string[], test: (v: string) => boolean): number {
  const filled = values.map(trimValue).filter(v => v.length > 0);
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}

/** how the rows of a multi-row header combine */
export function headerKind(rows: readonly Row[], width: number): { kind: CsvLayout['headerKind']; labelRow: number } {
  if (rows.length < 2) { return { kind: null, labelRow: 0 }; }
  const unit = rows.findIndex(r => share(r.values, isUnitCell) === 1);
  if (unit >= 0) {
    // the names are in the fullest row that is not the unit row
    let best = unit === 0 ? 1 : 0;
    rows.forEach((r, k) => { if (k !== unit && r.nonEmpty > rows[best].nonEmpty) { best = k; } });
    return { kind: 'unit', labelRow: best };
  }
  if (rows.length === 2) {
    const full = rows.every(r => r.nonEmpty >= 0.8 * Math.max(1, width - 1));
    const ascii = rows.map(r => share(r.values, isAsciiName));
    const cjk = rows.map(r => share(r.values, hasCjk));
    if (full && ascii[0] >= 0.8 && cjk[1] >= 0.8) { return { kind: 'codes-labels', labelRow: 1 }; }
    if (full && cjk[0] >= 0.8 && ascii[1] >= 0.8) { return { kind: 'codes-labels', labelRow: 0 }; }
  }
  return { kind: 'group-sub', labelRow: rows.length - 1 };
}

/**
 * Column names of a group/sub header: a group name carries to the right over the blank cells
 * of a merge as long as there is a sub-header under them, and the levels join with '_'
 * (薪資 over 男, 女 -> 薪資_男, 薪資_女).
 */
export function joinHeader(rows: readonly Row[], count: number): string[] {
  const levels = rows.map(r => Array.from({ length: count }, (_, c) => trimValue(r.values[c] ?? '')));
  const last = levels.length - 1;
  for (let k = 0; k < last; k++) {
    let carry = '';
    for (let c = 0; c < count; c++) {
      if (levels[k][c]) { carry = levels[k][c]; continue; }
      const under = levels.slice(k + 1).some(l => l[c].length > 0);
      if (carry && under) { levels[k][c] = carry; } else { carry = ''; }
    }
  }
  const names: string[] = [];
  for (let c = 0; c < count; c++) {
    const parts: string[] = [];
    for (const l of levels) { if (l[c] && parts[parts.length - 1] !== l[c]) { parts.push(l[c]); } }
    names.push(parts.join('_'));
  }
  return names;
}
