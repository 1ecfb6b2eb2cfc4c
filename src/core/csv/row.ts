// One record as the scanner made it. Nothing is copied that nobody asks for: a record read by the
// scanner's fast path keeps its chunk and where its fields are (pairs of offsets in a per-chunk
// Int32Array), and its values are sliced only when `values` is first read (the classifier reads
// numbers and labels in place). A field's line/column is worked out only when a rule asks.
import type { Range } from '../types';
import type { CsvRow, QuoteError, RowRole, WeakReason } from './model';
import { cellRange } from './cell-range';
import type { NumberReader } from './cells';
import { totalKeyword, type LabelForms } from './keywords';
import { mayBeTotalLabel } from './label-end';

export class Row implements CsvRow {
  // `declare` and plain assignments: no class-field definitions, one object shape for every row
  declare role: RowRole;
  declare evidence: string | undefined;
  declare evidenceColumn: number | undefined;
  declare weak: WeakReason | undefined;
  declare periodTotal: boolean | undefined;
  declare sumOf: { fromLine: number; toLine: number } | undefined;
  declare formulaCells: number[] | undefined;
  declare readonly quoteErrors: QuoteError[] | undefined;
  declare readonly index: number;
  declare readonly line: number;
  declare readonly endLine: number;
  declare readonly endColumn: number;
  declare readonly start: number;
  declare readonly end: number;
  declare readonly fieldCount: number;
  declare readonly lastQuoted: boolean;
  declare readonly nonEmpty: number;
  /** the text the record is in (a chunk), from `srcStart`; null when it was too long to keep */
  private declare readonly src: string | null;
  private declare readonly srcStart: number;
  private declare readonly delimiter: number;
  /** the values, once sliced (or as the scanner's general path built them) */
  private declare eager: string[] | null;
  /** where the stored fields are in `src`: [start, end) pairs from index b0 */
  private declare readonly bounds: Int32Array | null;
  private declare readonly b0: number;
  private declare readonly stored: number;

  constructor(
    index: number, line: number, endLine: number, endColumn: number, start: number, end: number,
    fieldCount: number, lastQuoted: boolean, nonEmpty: number,
    src: string | null, srcStart: number, delimiter: number, quoteErrors: QuoteError[] | undefined, formulaCells: number[] | undefined,
    values: string[] | null, bounds: Int32Array | null, b0: number, stored: number,
  ) {
    this.role = 'data';
    this.evidence = undefined;
    this.evidenceColumn = undefined;
    this.weak = undefined;
    this.periodTotal = undefined;
    this.sumOf = undefined;
    this.formulaCells = formulaCells;
    this.quoteErrors = quoteErrors;
    this.index = index;
    this.line = line;
    this.endLine = endLine;
    this.endColumn = endColumn;
    this.start = start;
    this.end = end;
    this.fieldCount = fieldCount;
    this.lastQuoted = lastQuoted;
    this.nonEmpty = nonEmpty;
    this.src = src;
    this.srcStart = srcStart;
    this.delimiter = delimiter;
    this.eager = values;
    this.bounds = bounds;
    this.b0 = b0;
    this.stored = values ? values.length : stored;
  }

  /** the unquoted values (very long values and fields beyond the per-row cap are cut) */
  get values(): string[] {
    let v = this.eager;
    if (v === null) {
      v = [];
      const b = this.bounds as Int32Array;
      const src = this.src as string;
      for (let k = 0, at = this.b0; k < this.stored; k++, at += 2) { v.push(src.slice(b[at], b[at + 1])); }
      this.eager = v;
    }
    return v;
  }

  /** value i without building `values` ('' beyond the stored fields) */
  value(i: number): string {
    if (this.eager !== null || i >= this.stored) { return this.eager?.[i] ?? ''; }
    const at = this.b0 + 2 * i;
    const b = this.bounds as Int32Array;
    return (this.src as string).slice(b[at], b[at + 1]);
  }

  /** value i as a number (NaN if it is not one, or empty), read in place */
  numberAt(i: number, reader: NumberReader): number {
    if (i >= this.stored) { return NaN; }
    if (this.eager !== null) { return reader.read(this.eager[i]); }
    const at = this.b0 + 2 * i;
    const b = this.bounds as Int32Array;
    return b[at] === b[at + 1] ? NaN : reader.readRange(this.src as string, b[at], b[at + 1]);
  }

  /** the total keyword value i holds as a label (合計, Total…), or null; most values are ruled out in place */
  totalKeywordAt(i: number, forms: LabelForms): string | null {
    if (i >= this.stored) { return null; }
    if (this.eager !== null) { return totalKeyword(this.eager[i], forms); }
    const at = this.b0 + 2 * i;
    const b = this.bounds as Int32Array;
    const src = this.src as string;
    return b[at] < b[at + 1] && mayBeTotalLabel(src, b[at], b[at + 1], forms, false) ? totalKeyword(src.slice(b[at], b[at + 1]), forms) : null;
  }

  /** the raw text of the record (without its line break), when it was kept */
  get text(): string | null {
    const src = this.src;
    if (src === null) { return null; }
    const from = this.srcStart;
    const to = from + (this.end - this.start);
    return from === 0 && to === src.length ? src : src.slice(from, to);
  }

  /** where field i is: from its opening quote, if any, to its last character */
  cell(i: number): Range {
    const raw = this.text;
    const whole = { line: this.line, column: 1, endLine: this.endLine, endColumn: this.endColumn };
    if (raw === null || i < 0 || i >= this.fieldCount) { return whole; }
    return cellRange(raw, this.delimiter, i, this.line, whole);
  }
}
