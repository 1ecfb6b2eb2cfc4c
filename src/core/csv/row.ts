// One record as the scanner made it. The record's raw text is kept as a reference to the chunk it
// is in and an offset (no copy, no slice until asked), and a field's line/column is worked out
// only when a rule asks (cell()), so that clean rows cost no position bookkeeping.
import type { Range } from '../types';
import type { CsvRow, QuoteError, RowRole } from './model';

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class Row implements CsvRow {
  // `declare` and plain assignments: no class-field definitions, one object shape for every row
  declare role: RowRole;
  declare evidence: string | undefined;
  declare sumOf: { fromLine: number; toLine: number } | undefined;
  declare formulaCells: number[] | undefined;
  declare readonly quoteErrors: QuoteError[] | undefined;
  declare readonly index: number;
  declare readonly line: number;
  declare readonly endLine: number;
  declare readonly endColumn: number;
  declare readonly start: number;
  declare readonly end: number;
  declare readonly values: string[];
  declare readonly fieldCount: number;
  declare readonly lastQuoted: boolean;
  declare readonly nonEmpty: number;
  /** the text the record is in (a chunk), from `srcStart`; null when it was too long to keep */
  private declare readonly src: string | null;
  private declare readonly srcStart: number;
  private declare readonly delimiter: number;

  constructor(
    index: number, line: number, endLine: number, endColumn: number, start: number, end: number,
    values: string[], fieldCount: number, lastQuoted: boolean, nonEmpty: number,
    src: string | null, srcStart: number, delimiter: number, quoteErrors: QuoteError[] | undefined, formulaCells: number[] | undefined,
  ) {
    this.role = 'data';
    this.evidence = undefined;
    this.sumOf = undefined;
    this.formulaCells = formulaCells;
    this.quoteErrors = quoteErrors;
    this.index = index;
    this.line = line;
    this.endLine = endLine;
    this.endColumn = endColumn;
    this.start = start;
    this.end = end;
    this.values = values;
    this.fieldCount = fieldCount;
    this.lastQuoted = lastQuoted;
    this.nonEmpty = nonEmpty;
    this.src = src;
    this.srcStart = srcStart;
    this.delimiter = delimiter;
  }

  /** the raw text of the record (without its line break), when it was kept */
  get text(): string | null {
    const src = this.src;
    if (src === null) { return null; }
    const from = this.srcStart;
    const to = from + (this.end - this.start);
    return from === 0 && to === src.length ? src : src.slice(from, to);
  }

  /**
   * Where field i is (from its opening quote, if any, to its last character), found by reading
   * the raw text again with the scanner's quoting rules. An empty field is the point where it
   * would start.
   */
  cell(i: number): Range {
    const raw = this.text;
    const whole = { line: this.line, column: 1, endLine: this.endLine, endColumn: this.endColumn };
    if (raw === null || i < 0 || i >= this.fieldCount) { return whole; }
    const d = this.delimiter;
    let line = this.line;
    let lineStart = 0;
    let field = 0;
    let fieldStart = 0;
    let startLine = line;
    let startColumn = 1;
    let inQuotes = false;
    let lastLine = line;
    let lastColumn = 0;
    for (let p = 0; p <= raw.length; p++) {
      const c = p < raw.length ? raw.charCodeAt(p) : -1;
      if (p === fieldStart && field === i) { startLine = line; startColumn = p - lineStart + 1; }
      if (inQuotes) {
        if (c === QUOTE) {
          const next = p + 1 < raw.length ? raw.charCodeAt(p + 1) : -1;
          if (next === QUOTE) { if (field === i) { lastLine = line; lastColumn = p + 2 - lineStart; } p++; continue; }
          if (next === d || next === -1) { inQuotes = false; }
        } else if (c === LF || c === CR) {
          if (!(c === LF && p > 0 && raw.charCodeAt(p - 1) === CR)) { line++; }
          lineStart = p + 1;
          continue;
        } else if (c === -1) {
          break;
        }
      } else if (c === QUOTE && p === fieldStart) {
        inQuotes = true;
      } else if (c === d || c === -1) {
        if (field === i) {
          if (p === fieldStart) { return { line: startLine, column: startColumn, endLine: startLine, endColumn: startColumn }; }
          return { line: startLine, column: startColumn, endLine: lastLine, endColumn: lastColumn };
        }
        field++;
        fieldStart = p + 1;
        continue;
      }
      if (field === i && c !== -1) { lastLine = line; lastColumn = p - lineStart + 1; }
    }
    return { line: startLine, column: startColumn, endLine: this.endLine, endColumn: this.endColumn };
  }
}
