// One record as the scanner made it. Nothing is copied that nobody asks for: a record read by the
// scanner's fast path keeps its chunk and where its fields are (pairs of offsets in a per-chunk
// Int32Array), and its values are sliced only when `values` is first read (the classifier reads
// numbers and labels in place). A field's line/column is worked out only when a rule asks. In a
// scan of UTF-8 bytes (a byte string, byte-text.ts) the values and the end column are turned
// into text and UTF-16 columns the same way, when asked.
import type { Range } from '../types';
import type { CsvRow, QuoteError, RowRole, WeakReason } from './model';
import { cellRange } from './cell-range';
import { hasHigh, textOf, unitsOf } from './byte-text';
import type { NumberReader } from './cells';
import { totalKeyword, type LabelForms } from './keywords';
import { mayBeTotalLabel } from './label-end';

/** what every row of one scan shares */
export interface RowFormat {
  readonly delimiter: number;
  /** the text is a byte string of UTF-8: offsets and the stored columns count bytes */
  readonly utf8: boolean;
}

export class Row implements CsvRow {
  // `declare` and plain assignments: no class-field definitions, one object shape for every row
  declare role: RowRole;
  declare evidence: string | undefined;
  declare evidenceColumn: number | undefined;
  declare weak: WeakReason | undefined;
  declare periodTotal: boolean | undefined;
  /** the classifier holds it back until the rows after it decide its role */
  declare held: boolean;
  declare sumOf: { fromLine: number; toLine: number } | undefined;
  declare formulaCells: number[] | undefined;
  declare readonly quoteErrors: QuoteError[] | undefined;
  declare readonly index: number;
  declare readonly line: number;
  declare readonly endLine: number;
  declare readonly start: number;
  declare readonly end: number;
  declare readonly fieldCount: number;
  declare readonly lastQuoted: boolean;
  declare readonly nonEmpty: number;
  /** the text the record is in (a chunk), from `srcStart`; null when it was too long to keep */
  private declare readonly src: string | null;
  private declare readonly srcStart: number;
  private declare readonly format: RowFormat;
  /** the end column as the scanner counted it (bytes, in a byte string that is kept) */
  private declare readonly col: number;
  /** the values, once sliced (or as the scanner's general path built them) */
  private declare eager: string[] | null;
  /** `eager` holds text (not the byte strings of the general path) */
  private declare textual: boolean;
  /** where the stored fields are in `src`: [start, end) pairs from index b0 */
  private declare readonly bounds: Int32Array;
  private declare readonly b0: number;
  private declare readonly stored: number;

  constructor(
    index: number, line: number, endLine: number, endColumn: number, start: number, end: number,
    fieldCount: number, lastQuoted: boolean, nonEmpty: number,
    src: string | null, srcStart: number, format: RowFormat, quoteErrors: QuoteError[] | undefined, formulaCells: number[] | undefined,
    values: string[] | null, bounds: Int32Array, b0: number, stored: number,
  ) {
    this.role = 'data';
    this.evidence = undefined;
    this.evidenceColumn = undefined;
    this.weak = undefined;
    this.periodTotal = undefined;
    this.held = false;
    this.sumOf = undefined;
    this.formulaCells = formulaCells;
    this.quoteErrors = quoteErrors;
    this.index = index;
    this.line = line;
    this.endLine = endLine;
    this.col = endColumn;
    this.start = start;
    this.end = end;
    this.fieldCount = fieldCount;
    this.lastQuoted = lastQuoted;
    this.nonEmpty = nonEmpty;
    this.src = src;
    this.srcStart = srcStart;
    this.format = format;
    this.eager = values;
    this.textual = !format.utf8;
    this.bounds = bounds;
    this.b0 = b0;
    this.stored = values ? values.length : stored;
  }

  /** last column of the record's text on endLine, inclusive (1 for an empty line) */
  get endColumn(): number {
    const src = this.src;
    if (!this.format.utf8 || src === null || this.end === this.start) { return this.col; }
    const to = this.srcStart + (this.end - this.start);
    return unitsOf(src, to - this.col, to);
  }

  /** the length of the record's text in UTF-16 units (its bytes when it was too long to keep) */
  get chars(): number {
    const src = this.src;
    if (!this.format.utf8 || src === null) { return this.end - this.start; }
    return unitsOf(src, this.srcStart, this.srcStart + (this.end - this.start));
  }

  /** the unquoted values (very long values and fields beyond the per-row cap are cut) */
  get values(): string[] {
    let v = this.eager;
    if (v === null) {
      v = [];
      const b = this.bounds;
      const src = this.src as string;
      const utf8 = this.format.utf8;
      for (let k = 0, at = this.b0; k < this.stored; k++, at += 2) {
        const x = src.slice(b[at], b[at + 1]);
        v.push(utf8 ? textOf(x) : x);
      }
      this.eager = v;
    } else if (!this.textual) {
      v = v.map(textOf);
      this.eager = v;
    }
    this.textual = true;
    return v;
  }

  /** value i without building `values` ('' beyond the stored fields) */
  value(i: number): string {
    if (i >= this.stored) { return ''; }
    if (this.eager !== null) { return (this.textual ? this.eager : this.values)[i] ?? ''; }
    const at = this.b0 + 2 * i;
    const b = this.bounds;
    const x = (this.src as string).slice(b[at], b[at + 1]);
    return this.format.utf8 ? textOf(x) : x;
  }

  /** value i as a number (NaN if it is not one, or empty), read in place */
  numberAt(i: number, reader: NumberReader): number {
    if (i >= this.stored) { return NaN; }
    if (this.eager !== null) { return reader.read(this.value(i)); }
    const at = this.b0 + 2 * i;
    const b = this.bounds;
    const src = this.src as string;
    if (b[at] === b[at + 1]) { return NaN; }
    const x = reader.readRange(src, b[at], b[at + 1]);
    // a byte string: padding such as a NBSP is two bytes the reader does not know
    if (x === x || !this.format.utf8 || !hasHigh(src, b[at], b[at + 1])) { return x; }
    return reader.read(this.value(i));
  }

  /** the total keyword value i holds as a label (合計, Total…), or null; most values are ruled out in place */
  totalKeywordAt(i: number, forms: LabelForms): string | null {
    if (i >= this.stored) { return null; }
    if (this.eager !== null) { return totalKeyword(this.value(i), forms); }
    const at = this.b0 + 2 * i;
    const b = this.bounds;
    const src = this.src as string;
    return b[at] < b[at + 1] && mayBeTotalLabel(src, b[at], b[at + 1], forms, this.format.utf8) ? totalKeyword(this.value(i), forms) : null;
  }

  /** the raw text of the record (without its line break), when it was kept */
  get text(): string | null {
    const src = this.src;
    if (src === null) { return null; }
    const from = this.srcStart;
    const to = from + (this.end - this.start);
    const raw = from === 0 && to === src.length ? src : src.slice(from, to);
    return this.format.utf8 ? textOf(raw) : raw;
  }

  /** where field i is: from its opening quote, if any, to its last character */
  cell(i: number): Range {
    const raw = this.text;
    const whole = { line: this.line, column: 1, endLine: this.endLine, endColumn: this.endColumn };
    if (raw === null || i < 0 || i >= this.fieldCount) { return whole; }
    return cellRange(raw, this.format.delimiter, i, this.line, whole);
  }
}
