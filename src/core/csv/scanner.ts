// A streaming CSV/TSV tokenizer: text in chunks of any size (a chunk may end inside a quoted cell,
// a CRLF pair or a surrogate pair), records out with values, line ranges and quote errors.
// Why not papaparse (the project's CSV library, the oracle of the tests): it gives neither the
// physical line/column of records and fields nor where a quote error is, and its streaming does
// not bound memory on a runaway quoted cell. Quoting follows papaparse/RFC 4180: `""` in quotes
// is a quote, a quote that does not close a cell is text (and reported), an unclosed quote runs
// to the end. Whole records inside a chunk go through a tight fast path (scan-fast.ts); the rest
// (records across chunks, line breaks in quotes, quoting mistakes) through a state machine that
// can stop and resume at any character. It reads text, or UTF-8 bytes as a byte string
// (byte-text.ts: the CLI's files are not decoded into a JS string at all); in a byte string the
// offsets count bytes, and the columns of quote errors and row ends are turned into UTF-16 ones.
import { unitsOf } from './byte-text';
import { Row, type RowFormat } from './row';
import { RecordFields } from './record-fields';
import { Bounds, codesOf, scanSimpleRecord, type Codes, type SimpleRecord } from './scan-fast';

const QUOTE = 34, LF = 10, CR = 13;
/**
 * the offsets of a row the general path read (it keeps its values): none, but an Int32Array
 * like a fast-path row's, so that Row's field keeps one type (a null deoptimized Row each check)
 */
const NO_BOUNDS = new Int32Array(0);

const enum State { FieldStart, Unquoted, Quoted, QuoteInQuoted }

export interface ScannerOptions {
  delimiter: string;
  /** values kept per row (further fields are counted, not kept); longer values are cut */
  maxFieldsPerRow?: number;
  maxFieldChars?: number;
  /** receives every record, in order */
  onRow: (row: Row) => void;
  /** the text is a byte string of UTF-8 (the caps on values and rows then count bytes) */
  utf8?: boolean;
}

/** 1 MB of text per value and 16 MB per row at most are kept; the rest is counted, not stored. */
const MAX_FIELD_CHARS = 1 << 20;
const MAX_ROW_CHARS = 1 << 24;

export class CsvScanner {
  private readonly d: number;
  /** the highest of the delimiter, quote and line-break codes */
  private readonly top: number;
  private readonly maxFields: number;
  private readonly maxFieldChars: number;
  private readonly onRow: (row: Row) => void;
  private readonly utf8: boolean;
  private readonly format: RowFormat;
  /** in a byte string: the UTF-16 units of the current line in the chunks before this one */
  private lineCarry = 0;
  private state = State.FieldStart;
  /** absolute offset of the next chunk's first character; the current line and where it starts */
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  /** where the line before lineStart began (for a record that ends with a line break in quotes) */
  private prevLineStart = 0;
  /** the last chunk ended with a CR that ended a record / with a CR (inside quotes) */
  private pendingCR = false; private lastCharCR = false;
  private index = 0;
  // the record being built
  private inRecord = false;
  private recStart = 0;
  private recLine = 1;
  private readonly rec: RecordFields;
  /** the record's text from earlier chunks; null once it grew beyond MAX_ROW_CHARS */
  private rawHead: string | null = '';
  // the field being built
  private field = '';
  private quoted = false;
  /** where: the opening quote; the first quote inside an unquoted field (line 0: none); the last quote in quotes */
  private openLine = 0; private openColumn = 0;
  private strayLine = 0; private strayColumn = 0;
  private quoteLine = 0; private quoteColumn = 0;
  /** line endings that ended records: \n, \r\n, \r */
  readonly newlines = [0, 0, 0];
  private readonly fast: SimpleRecord = { count: 0, nonEmpty: 0, formulas: undefined, lastQuoted: false, end: 0 };
  /** this chunk's codes, made when the fast path first needs them */
  private codes: Codes | null = null;
  /** this chunk's field offsets (the fast path's) */
  private bounds: Bounds | null = null;
  /** the range of the text being pushed */
  private chunkFrom = 0;
  private chunkEnd = 0;
  /** offsets the last chunk needed per character, to size the next chunk's array */
  private boundsPerChar = 0.5;

  constructor(o: ScannerOptions) {
    this.d = o.delimiter.charCodeAt(0);
    this.top = Math.max(this.d, QUOTE);
    this.maxFields = o.maxFieldsPerRow ?? 10000;
    this.utf8 = o.utf8 ?? false;
    this.format = { delimiter: this.d, utf8: this.utf8 };
    this.rec = new RecordFields(this.maxFields, this.utf8);
    this.maxFieldChars = o.maxFieldChars ?? MAX_FIELD_CHARS;
    this.onRow = o.onRow;
  }

  /**
   * The text s[from, to) (a range of a flat string scans faster than a slice of it); `codes`,
   * when the caller has them, hold its characters' codes (the bytes of a byte string).
   */
  push(s: string, from = 0, to = s.length, codes: Codes | null = null): void {
    const n = to;
    if (n <= from) { return; }
    // s[k] is at absolute offset base + k
    const base = this.offset - from;
    const D = this.d;
    let i = from;
    this.bounds = null;
    this.codes = codes;
    this.chunkFrom = from;
    this.chunkEnd = n;
    if (this.pendingCR) {
      // the CR that ended the last chunk's record: a LF here is its pair
      this.pendingCR = false;
      if (s.charCodeAt(from) === LF) { i = from + 1; this.lineStart = base + i; this.newlines[1]++; } else { this.newlines[2]++; }
    }
    while (i < n) {
      const state = this.state;
      if (state === State.FieldStart) {
        if (!this.inRecord) {
          i = this.fastRun(s, i, n, base);
          if (i >= n) { break; }
          this.inRecord = true;
          this.recStart = base + i;
          this.recLine = this.line;
        }
        // the general path: one field at a time, through the states below
        this.quoted = s.charCodeAt(i) === QUOTE;
        if (this.quoted) {
          this.openLine = this.line;
          this.openColumn = this.column(s, i, base);
          this.state = State.Quoted;
          i++;
        } else {
          this.state = State.Unquoted;
        }
      } else if (state === State.Unquoted) {
        // an unquoted field (also one begun in an earlier chunk), or what follows a closing quote
        let j = i;
        let c = 0;
        for (; j < n; j++) {
          c = s.charCodeAt(j);
          if (c > this.top) { continue; }
          if (c === D || c === LF || c === CR) { break; }
          if (c === QUOTE && !this.quoted) { this.noteStray(s, j, base); }
        }
        if (j > i) { this.append(s, i, j); }
        if (j === n) { break; }
        this.addValue(this.field);
        this.field = '';
        i = this.afterField(s, j, c, base);
      } else if (state === State.Quoted) {
        let j = i;
        for (; j < n; j++) {
          const c = s.charCodeAt(j);
          if (c > QUOTE) { continue; }
          if (c === QUOTE) { break; }
          if (c === LF) {
            const prevCR = j > from ? s.charCodeAt(j - 1) === CR : this.lastCharCR;
            if (!prevCR) { this.line++; this.prevLineStart = this.lineStart; }
            this.lineStart = base + j + 1;
          } else if (c === CR) {
            this.line++;
            this.prevLineStart = this.lineStart;
            this.lineStart = base + j + 1;
          }
        }
        if (j > i) { this.append(s, i, j); }
        if (j === n) { break; }
        this.quoteLine = this.line;
        this.quoteColumn = this.column(s, j, base);
        this.state = State.QuoteInQuoted;
        i = j + 1;
      } else {
        // QuoteInQuoted: "" is a quote; a delimiter or line break closes the cell
        const c = s.charCodeAt(i);
        if (c === QUOTE) {
          this.append('"');
          this.state = State.Quoted;
          i++;
        } else if (c === D || c === LF || c === CR) {
          this.state = State.Unquoted;
        } else {
          // a quote that neither closes the cell nor is doubled: kept as text, and reported
          this.rec.error(this.quoteLine, this.quoteColumn, 'stray');
          this.append('"');
          this.state = State.Quoted;
        }
      }
    }
    if (this.bounds && n - from >= 1 << 16) { this.boundsPerChar = this.bounds.len / (n - from); }
    this.lastCharCR = s.charCodeAt(n - 1) === CR;
    if (this.utf8) { this.lineCarry = this.lineUnits(s, n, base); }
    this.offset = base + n;
    if (this.inRecord && this.rawHead !== null) {
      const tail = s.slice(Math.max(this.recStart - base, from), n);
      this.rawHead = this.rawHead.length + tail.length > MAX_ROW_CHARS ? null : this.rawHead + tail;
    }
  }

  /**
   * The fast path: the simple records from s[i] on (scan-fast.ts), each a row at once; returns
   * where the first record that is not simple starts (or n). A simple record lies on one line.
   */
  private fastRun(s: string, i: number, n: number, base: number): number {
    const f = this.fast;
    // one Int32Array of field offsets per chunk: rows of earlier chunks keep theirs
    const bounds = this.bounds ??= new Bounds(this.boundsFor(this.chunkEnd - this.chunkFrom));
    const { d, maxFields, utf8, format, onRow, newlines } = this;
    const codes = this.codes ??= codesOf(s, this.chunkFrom, this.chunkEnd, utf8);
    // the counters live in locals while the loop runs (written back when it stops)
    let index = this.index;
    let line = this.line;
    let lf = 0;
    let crlf = 0;
    let cr = 0;
    while (i < n) {
      const b0 = bounds.len;
      if (!scanSimpleRecord(codes, s, i, n, d, maxFields, bounds, f, utf8)) { break; }
      let j = f.end;
      // the end column of an empty line is 1
      const row = new Row(index++, line, line, j > i ? j - i : 1, base + i, base + j, f.count, f.lastQuoted, f.nonEmpty,
        s, i, format, undefined, f.formulas, null, bounds.arr, b0, f.count);
      if (s.charCodeAt(j) === CR) {
        if (j + 1 < n) {
          if (s.charCodeAt(j + 1) === LF) { j++; crlf++; } else { cr++; }
        } else {
          this.pendingCR = true;
        }
      } else {
        lf++;
      }
      line++;
      i = j + 1;
      onRow(row);
    }
    this.index = index;
    this.line = line;
    this.lineStart = base + i;
    newlines[0] += lf;
    newlines[1] += crlf;
    newlines[2] += cr;
    return i;
  }

  /** room for the offsets of `chars` characters like the last chunk's, and an eighth more */
  private boundsFor(chars: number): number {
    return Math.ceil(chars * this.boundsPerChar * 1.125);
  }

  /** after a field, at s[j] = c (a delimiter or a line break): the index to go on from */
  private afterField(s: string, j: number, c: number, base: number): number {
    this.state = State.FieldStart;
    if (c === this.d) { return j + 1; }
    const head = this.rawHead;
    if (head === null || head.length === 0) {
      this.endRecord(base + j, head === null ? null : s, this.recStart - base, s, base);
    } else {
      this.endRecord(base + j, head + s.slice(this.chunkFrom, j), 0, s, base);
    }
    if (c === CR) {
      if (j + 1 < this.chunkEnd) {
        if (s.charCodeAt(j + 1) === LF) { j++; this.newlines[1]++; } else { this.newlines[2]++; }
      } else {
        this.pendingCR = true;
      }
    } else {
      this.newlines[0]++;
    }
    this.line++;
    this.lineStart = base + j + 1;
    return j + 1;
  }

  private noteStray(s: string, j: number, base: number): void {
    if (this.strayLine === 0) {
      this.strayLine = this.line;
      this.strayColumn = this.column(s, j, base);
    }
  }

  /** the 1-based UTF-16 column of s[k] on the current line */
  private column(s: string, k: number, base: number): number {
    return (this.utf8 ? this.lineUnits(s, k, base) : base + k - this.lineStart) + 1;
  }

  /** in a byte string: the UTF-16 units of the current line before s[k] */
  private lineUnits(s: string, k: number, base: number): number {
    const from = this.lineStart - base;
    return from >= this.chunkFrom ? unitsOf(s, from, k) : this.lineCarry + unitsOf(s, this.chunkFrom, k);
  }

  /** Flush the last record (a file need not end with a line break). */
  end(): void {
    if (this.pendingCR) { this.pendingCR = false; this.newlines[2]++; }
    if (!this.inRecord) { return; }
    if (this.state === State.Quoted) {
      this.rec.error(this.openLine, this.openColumn, 'unclosed');
    } else if (this.state === State.FieldStart) {
      // the input ends with a delimiter: one more, empty field
      this.quoted = false;
    }
    this.addValue(this.field);
    this.field = '';
    this.endRecord(this.offset, this.rawHead, 0, null, 0);
    this.state = State.FieldStart;
  }

  /** s[a, b) to the field being built, up to maxFieldChars */
  private append(s: string, a = 0, b = s.length): void {
    const room = this.maxFieldChars - this.field.length;
    if (room > 0) { this.field += b - a <= room ? s.slice(a, b) : s.slice(a, a + room); }
  }

  private addValue(v: string): void {
    if (this.strayLine !== 0) {
      // ="0050" is a formula (reported as such), not a quoting mistake
      if (v.charCodeAt(0) !== 61) { this.rec.error(this.strayLine, this.strayColumn, 'stray'); }
      this.strayLine = 0;
    }
    this.rec.add(v);
  }

  /**
   * `src` holds the record's text from `srcStart` on (null: too long, not kept); `s` is the text
   * being pushed, whose first character is at offset `base` (null: the input has ended)
   */
  private endRecord(endOffset: number, src: string | null, srcStart: number, s: string | null, base: number): void {
    let endLine = this.line;
    let endColumn = 1;
    if (endOffset > this.recStart) {
      if (endOffset > this.lineStart) {
        // a byte string's record that is not kept: its UTF-16 end column now (the row cannot later)
        endColumn = !this.utf8 || src !== null ? endOffset - this.lineStart
          : s === null ? this.lineCarry : this.lineUnits(s, endOffset - base, base);
      } else {
        // an unclosed quote that ends with a line break: the record ends on the line before
        endLine = this.line - 1;
        endColumn = endOffset - this.prevLineStart;
      }
    }
    const r = this.rec;
    const row = new Row(this.index++, this.recLine, endLine, endColumn, this.recStart, endOffset, r.count, this.quoted,
      r.nonEmpty, src, srcStart, this.format, r.errors, r.formulas, r.values, NO_BOUNDS, 0, r.count);
    this.inRecord = false;
    this.rawHead = '';
    r.reset();
    this.onRow(row);
  }
}
