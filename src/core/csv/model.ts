// The CSV/TSV table model that the analyzer streams to the rules. Positions are 1-based.

export type RowRole = 'title' | 'header' | 'data' | 'blank' | 'notes' | 'subtotal';

export interface CsvField {
  /** the unquoted value */
  value: string;
  /** where the raw field (with its quotes) starts and ends, inclusive */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  quoted: boolean;
}

export interface CsvRow {
  /** 0-based record index in the file */
  index: number;
  role: RowRole;
  /** physical lines the record occupies (a quoted cell may span lines) */
  line: number;
  endLine: number;
  /** last column of the record's text on endLine, inclusive (1 for an empty line) */
  endColumn: number;
  fields: CsvField[];
  /** why the analyzer gave this role, for messages (e.g. the keyword '合計' or 'sum of rows 3-9') */
  evidence?: string;
  /** quote problems inside this record */
  quoteErrors?: { line: number; column: number; kind: 'unclosed' | 'stray' }[];
  /** formula cells (indexes into fields) */
  formulaCells?: number[];
}

export interface CsvLayout {
  delimiter: string;
  /** the delimiter the file's extension calls for */
  expectedDelimiter: string;
  /** rows above the header (captions) */
  titleRows: CsvRow[];
  /** one row normally; more for a multi-row header */
  headerRows: CsvRow[];
  /** the joined column names (multi-row headers joined with '_') */
  columns: string[];
  /** indexes of header cells that are blank (merged cells), per header row */
  blankHeaderCells: { row: CsvRow; index: number }[];
  duplicateColumns: { name: string; indexes: number[] }[];
  /** every row (header and data) ends with an empty field after a trailing delimiter */
  trailingDelimiter: boolean;
  /** no header row could be found (first row looks like data) */
  noHeader: boolean;
}

export interface CsvSummary {
  rows: number;
  dataRows: number;
  /** line endings seen, for the fixes to keep */
  newline: '\n' | '\r\n' | '\r';
}
