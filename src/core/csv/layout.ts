// The table's layout from the first rows of the file: its width, the header (and the title,
// notes and other rows above it), the column names, a trailing delimiter. Rows above the header
// get their roles here; the rows below are classified as they stream (classify.ts).
import { isBlankValue, NumberReader, trimValue } from './cells';
import { labelPeriod } from './keywords';
import { NotesRun } from './notes-run';
import { findHeader, headerKind, isNotesRow, isTitleLike, joinHeader, totalOf } from './header';
import { profileColumns, type ColumnProfile } from './profile';
import type { CsvLayout } from './model';
import type { Row } from './row';

export interface LayoutDecision {
  layout: CsvLayout;
  /** index in the sample of the first row below the header (the rows before it have roles) */
  bodyStart: number;
  profile: ColumnProfile[];
}

/** a header cell that stands for "no name" (TWSE names its trailing empty column 空白) */
const PLACEHOLDER = /^(空白|blank|empty|column\d*|unnamed.*)$/i;

/** the most common field count among rows with at least two values */
function tableWidth(rows: readonly Row[]): number {
  const freq = new Map<number, number>();
  const add = (min: number) => {
    for (const r of rows) { if (r.nonEmpty >= min) { freq.set(r.fieldCount, (freq.get(r.fieldCount) ?? 0) + 1); } }
  };
  add(2);
  if (freq.size === 0) { add(1); }
  let width = 1;
  let best = 0;
  for (const [w, f] of freq) {
    if (f > best || (f === best && w > width)) { best = f; width = w; }
  }
  return width;
}

function isBlankRow(r: Row): boolean {
  return r.nonEmpty === 0;
}

/**
 * Roles of the rows above the header: blank, title, or rows of another table stacked above
 * ours (preamble), with that table's totals and notes. Captions, units and dates at the top of
 * the file (資料時間：…, 單位：千元) are titles even when they start with a notes keyword.
 */
function classifyPreamble(rows: readonly Row[], end: number, width: number): void {
  const reader = new NumberReader();
  let stacked = false;
  const notes = new NotesRun();
  let prev: Row | null = null;
  for (let k = 0; k < end; k++) {
    const r = rows[k];
    if (isBlankRow(r)) {
      r.role = 'blank';
      notes.blank();
      continue;
    }
    const kw = isNotesRow(r);
    if (kw && stacked) {
      r.role = 'notes';
      r.evidence = kw;
      notes.start();
    } else if (notes.continues(r, reader)) {
      r.role = 'notes';
    } else {
      notes.stop();
      const total = stacked ? totalOf(r, reader) : null;
      if (total) {
        r.role = 'subtotal';
        r.evidence = total;
      } else if (kw || r.nonEmpty <= 1 || (r.nonEmpty === 2 && width >= 5 && !hasNumber(r, reader)) || isTitleLike(r, rows, k, width)) {
        r.role = isSectionTitle(rows, k, end, width, prev) ? 'preamble' : 'title';
        if (kw) { r.evidence = kw; }
      } else {
        r.role = 'preamble';
        stacked = true;
      }
    }
    prev = r;
  }
}

function hasNumber(r: Row, reader: NumberReader): boolean {
  return r.values.some(v => v.length > 0 && !Number.isNaN(reader.read(v)));
}

/** a one-cell row between two parts of a stacked table above the header names that table, not ours */
function isSectionTitle(rows: readonly Row[], k: number, end: number, width: number, prev: Row | null): boolean {
  if (!prev || (prev.role !== 'preamble' && prev.role !== 'subtotal')) { return false; }
  for (let j = k + 1; j < end; j++) {
    const r = rows[j];
    if (isBlankRow(r)) { continue; }
    return r.nonEmpty >= 2 && r.fieldCount !== width;
  }
  return false;
}

/** every header and data row ends with an empty, unquoted field */
function hasTrailingDelimiter(rows: readonly Row[], header: readonly Row[], bodyStart: number, width: number): boolean {
  if (header.length === 0 || width < 2) { return false; }
  for (const h of header) {
    if (h.fieldCount !== width) { return false; }
    const last = trimValue(h.values[width - 1] ?? '');
    if (!(last.length === 0 && !h.lastQuoted) && !PLACEHOLDER.test(last)) { return false; }
  }
  let data = 0;
  for (let k = bodyStart; k < rows.length; k++) {
    const r = rows[k];
    if (r.fieldCount !== width || r.nonEmpty === 0) { continue; }
    if (r.lastQuoted || !isBlankValue(r.values[width - 1] ?? '')) { return false; }
    data++;
  }
  return data > 0;
}

/**
 * How many empty, unnamed columns end every row (`a,b,,` has two): the trailing delimiter's
 * column, and the empty, unnamed columns right before it, however many (a spreadsheet's export
 * of a used range wider than the table); the first column is never one of them.
 */
function trailingColumns(rows: readonly Row[], header: readonly Row[], bodyStart: number, width: number): number {
  if (!hasTrailingDelimiter(rows, header, bodyStart, width)) { return 0; }
  let k = 1;
  while (k + 1 < width && emptyColumn(rows, header, bodyStart, width, width - 1 - k)) { k++; }
  return k;
}

/** column c has no name in any header row and no value in any record */
function emptyColumn(rows: readonly Row[], header: readonly Row[], bodyStart: number, width: number, c: number): boolean {
  if (header.some(h => !isBlankValue(h.values[c] ?? ''))) { return false; }
  for (let k = bodyStart; k < rows.length; k++) {
    const r = rows[k];
    if (r.fieldCount === width && !isBlankValue(r.values[c] ?? '')) { return false; }
  }
  return true;
}

/** names of columns that hold codes or row numbers, not quantities to add up */
const CODE_NAME = /代號|代碼|編號|識別碼|序號|項次|郵遞區號|統一編號|統編|電話|傳真|證號|^id$|_id$|^no\.?$|code|zip/i;

/**
 * The label columns (the leading text columns, where a total keyword or a section label counts),
 * the quantity columns (numbers that add up) and whether the table is mostly numbers.
 */
function columnRoles(profile: readonly ColumnProfile[], names: readonly string[], named: number): Pick<CsvLayout, 'labelColumns' | 'quantityColumns' | 'numericTable'> {
  const quantityColumns: number[] = [];
  for (let c = 0; c < named && c < profile.length; c++) {
    const p = profile[c];
    if (p.type === 'N' && p.numericShare >= 0.5 && p.yearShare < 0.5 && !p.sequence && !CODE_NAME.test(names[c] ?? '')) { quantityColumns.push(c); }
  }
  const firstQuantity = quantityColumns.length > 0 ? quantityColumns[0] : named;
  const labelColumns: number[] = [];
  for (let c = 0; c < Math.min(firstQuantity, 4, profile.length); c++) {
    const p = profile[c];
    if (p.type === 'T' || p.type === 'E' || p.type === 'D' || (p.type === 'N' && p.yearShare >= 0.5)) { labelColumns.push(c); }
  }
  if (labelColumns.length === 0) {
    // codes first (證券代號): the first text column among the first three is the label
    const text = profile.slice(0, Math.min(3, named)).findIndex(p => p.type === 'T');
    if (text >= 0) { labelColumns.push(text); }
  }
  const others = named - labelColumns.length;
  const numericTable = quantityColumns.length > 0 && quantityColumns.length * 2 >= others;
  return { labelColumns, quantityColumns, numericTable };
}

/** the years that have rows of single months in a path label column (102年 1月/ …) */
function monthlyYears(rows: readonly Row[], c: number): ReadonlySet<string> | null {
  const years = new Set<string>();
  for (const r of rows) {
    const p = c < r.values.length ? labelPeriod(r.values[c]) : null;
    if (p?.month) { years.add(p.year); }
  }
  return years.size > 0 ? years : null;
}

function duplicates(columns: readonly string[]): CsvLayout['duplicateColumns'] {
  const at = new Map<string, number[]>();
  columns.forEach((name, i) => {
    if (!name) { return; }
    const list = at.get(name);
    if (list) { list.push(i); } else { at.set(name, [i]); }
  });
  return [...at].filter(([, ix]) => ix.length > 1).map(([name, indexes]) => ({ name, indexes }));
}

export function decideLayout(rows: readonly Row[], delimiter: string, expectedDelimiter: string): LayoutDecision {
  const width = tableWidth(rows);
  const profile = profileColumns(rows, width);
  const found = findHeader(rows, width, profile);
  classifyPreamble(rows, found.start, width);
  const headerRows = found.rows.map(i => rows[i]);
  for (const h of headerRows) { h.role = 'header'; }
  const bodyStart = found.noHeader ? found.start : found.start + found.rows.length;
  const trailing = trailingColumns(rows, headerRows, bodyStart, width);
  const named = width - trailing;
  const { kind, labelRow } = headerKind(headerRows, width);
  let columns: string[] = [];
  if (headerRows.length === 1 || kind === 'codes-labels' || kind === 'unit') {
    const src = headerRows[labelRow];
    columns = Array.from({ length: Math.min(named, src.values.length) }, (_, c) => trimValue(src.values[c]));
  } else if (headerRows.length > 1) {
    columns = joinHeader(headerRows, named);
  }
  const blankHeaderCells: CsvLayout['blankHeaderCells'] = [];
  headerRows.forEach((h, k) => {
    if (kind === 'unit' && k !== labelRow) { return; }
    for (let c = 0; c < named && c < h.values.length; c++) {
      if (isBlankValue(h.values[c])) { blankHeaderCells.push({ row: h, index: c }); }
    }
  });
  const roles = columnRoles(profile, columns, named);
  const layout: CsvLayout = {
    delimiter, expectedDelimiter, width,
    titleRows: rows.slice(0, found.start).filter(r => r.role === 'title'),
    headerRows, headerKind: kind, labelRow, columns, blankHeaderCells,
    duplicateColumns: duplicates(columns), trailingDelimiter: trailing > 0, trailingColumns: trailing, noHeader: found.noHeader,
    ...roles,
    monthlyYears: roles.labelColumns.map(c => (profile[c]?.labelForms === 'path' ? monthlyYears(rows.slice(bodyStart), c) : null)),
  };
  return { layout, bodyStart, profile };
}
