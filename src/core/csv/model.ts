// The CSV/TSV table model that the analyzer streams to the rules. Positions are 1-based lines and
// UTF-16 columns of the decoded text; end positions are inclusive.
import type { Range } from '../types';

/**
 * title: a caption above the header; header: a header row; data: a record; blank: empty or only
 * delimiters/whitespace; notes: a footnote/source/unit row; subtotal: a total row; section: a
 * one-cell row inside the body that labels the records under it (2022年); preamble: a row above
 * the header that belongs to another table stacked in the same file.
 */
export type RowRole = 'title' | 'header' | 'data' | 'blank' | 'notes' | 'subtotal' | 'section' | 'preamble';

/**
 * Why a role rests on weak evidence (reported as information, never as an error that lowers the
 * badge, and never fixed without the user): text-table: a total keyword in a table with no
 * numeric columns to confirm it; small-sum: the numbers that add up are too few or too small to
 * rule out chance; lone-label: a one-cell row read as a section label or a note that could also
 * be a record whose values are all missing.
 */
export type WeakReason = 'text-table' | 'small-sum' | 'lone-label';

/** rows that are records (ours, the header, another stacked table's): the only ones a field count is asked of */
export function isRecordRole(role: RowRole): boolean {
  return role === 'data' || role === 'header' || role === 'preamble';
}

export interface QuoteError {
  line: number;
  column: number;
  /** unclosed: a quoted cell never ends; stray: a quote inside an unquoted cell or after a closing quote */
  kind: 'unclosed' | 'stray';
}

export interface CsvRow {
  /** 0-based record index in the file */
  readonly index: number;
  role: RowRole;
  /** physical lines the record occupies (a quoted cell may span lines) */
  readonly line: number;
  readonly endLine: number;
  /** last column of the record's text on endLine, inclusive (1 for an empty line) */
  readonly endColumn: number;
  /** offsets of the record's text in the decoded text: [start, end), line break excluded */
  readonly start: number;
  readonly end: number;
  /** the unquoted values; very long values and fields beyond the per-row cap are cut */
  readonly values: string[];
  /** the real number of fields (values.length may be smaller when capped) */
  readonly fieldCount: number;
  /** the last field was written in quotes (tells `a,""` from a trailing delimiter `a,`) */
  readonly lastQuoted: boolean;
  /** the number of values that are not blank */
  readonly nonEmpty: number;
  /** why the analyzer gave this role, for messages (the keyword '合計', or 'sum' with sumOf) */
  evidence?: string;
  /** the column whose cell carried the keyword (a subtotal's label, a section's label) */
  evidenceColumn?: number;
  /** set when the role rests on weak evidence */
  weak?: WeakReason;
  /** a subtotal whose label is a whole year (or a range of months) in a table that lists its months too */
  periodTotal?: boolean;
  /** for a subtotal found by its numbers: the lines of the first and last rows it adds up */
  sumOf?: { fromLine: number; toLine: number };
  /** quote problems inside this record, at their exact position */
  readonly quoteErrors?: QuoteError[];
  /** formula cells (indexes into values) */
  formulaCells?: number[];
  /** where field i is, inclusive; fields beyond the stored ones get the record's range */
  cell(i: number): Range;
}

export interface CsvLayout {
  delimiter: string;
  /** the delimiter the file's extension calls for */
  expectedDelimiter: string;
  /** the number of fields a well-formed row has here (the header's, trailing delimiter included) */
  width: number;
  /** rows above the header (captions) */
  titleRows: CsvRow[];
  /** one row normally; more for a multi-row header */
  headerRows: CsvRow[];
  /**
   * how a multi-row header is built: codes-labels (English codes + Chinese labels, the labels
   * row is `labelRow`), group-sub (a group row above sub-headers), unit (a unit row above the
   * header); null for a single header row
   */
  headerKind: 'codes-labels' | 'group-sub' | 'unit' | null;
  /** for codes-labels and unit: the index in headerRows of the row that names the columns */
  labelRow: number;
  /** the column names (multi-row headers joined with '_'; without the trailing delimiter's column) */
  columns: string[];
  /** header cells that are blank (merged cells), per header row; unit rows are not listed */
  blankHeaderCells: { row: CsvRow; index: number }[];
  duplicateColumns: { name: string; indexes: number[] }[];
  /** every row (header and data) ends with an empty field after a trailing delimiter */
  trailingDelimiter: boolean;
  /** how many empty, unnamed columns the trailing delimiters add (`a,b,,`: 2); 0 without */
  trailingColumns: number;
  /** no header row could be found (first row looks like data) */
  noHeader: boolean;
  /** the label columns: the leading text columns, where total keywords and section labels count */
  labelColumns: number[];
  /** the columns of quantities (numbers that add up: not years, row numbers or codes) */
  quantityColumns: number[];
  /** most columns besides the labels are quantities: a keyword total can be trusted */
  numericTable: boolean;
  /**
   * per label column, the years whose single months label rows of a path label column
   * (102年 1月/ 臺北市): a row labelled with the whole year (102年/ 臺北市) adds those months up
   */
  monthlyYears: (ReadonlySet<string> | null)[];
}

export interface CsvSummary {
  rows: number;
  dataRows: number;
  /** line endings seen (the most common one), for the fixes to keep */
  newline: '\n' | '\r\n' | '\r';
}
