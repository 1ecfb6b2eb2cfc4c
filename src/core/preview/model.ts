// What the table preview shows, as plain data (it crosses from the worker by structured clone):
// a summary when the file opens, then pages of rows asked for by index.
import type { RowRole } from '../csv/model';
import type { Badge, EncodingInfo, FileFormat, Finding } from '../types';
import type { ColumnStats } from './column-kind';

export type { RowRole };

export interface PreviewColumn {
  name: string;
  stats: ColumnStats;
  /** listed in the metadata's 主要欄位說明; null when the metadata has no field list */
  declared: boolean | null;
}

export interface PreviewSummary {
  path: string;
  format: FileFormat;
  /** table: CSV/TSV rows with roles; records: the record list of a JSON/XML document; none: nothing to show as a grid */
  kind: 'table' | 'records' | 'none';
  encoding: EncodingInfo;
  /** rows of the grid (every physical record of a table, header and notes included) */
  rows: number;
  /** columns of the grid: the header's, or more when a row has extra cells */
  gridColumns: number;
  /** the number of fields a well-formed row has (the header's) */
  width: number;
  columns: PreviewColumn[];
  /** names in 主要欄位說明 that are not fields of the file */
  notInFile: string[];
  roles: Record<RowRole, number>;
  /** a multi-row header's kind (codes-labels, group-sub, unit), or null */
  headerKind: string | null;
  /** findings about the whole file (encoding, metadata, syntax), not about one row */
  fileFindings: Finding[];
  badge: Badge;
  /** why the file cannot be shown as a grid (a syntax error, not text, too large) */
  error?: string;
  /** where the time went, in ms: detecting the encoding; decoding, checking and indexing the rows */
  timing: { detectMs: number; indexMs: number };
}

export interface PreviewRow {
  index: number;
  /** 1-based line of the row's first character */
  line: number;
  role: RowRole;
  /** the cell texts (long values cut, at most MAX_GRID_COLUMNS) */
  cells: string[];
  /** the real number of fields (fewer than `width`: cells are missing; more: extra cells) */
  fieldCount: number;
  formulas?: number[];
  /** findings on this row (blank-row, subtotal-row, ragged-row, formula…) */
  findings?: Finding[];
  /** why the analyzer gave the role: the keyword (合計, 資料來源) or 'sum' */
  evidence?: string;
}

/**
 * The first rows of a big table, sent while the rest is still being read: the grid shows them
 * at once; the summary (all rows, findings, the column profile) follows.
 */
export interface PreviewHead {
  path: string;
  format: FileFormat;
  encoding: EncodingInfo;
  rows: PreviewRow[];
  columns: string[];
  width: number;
  gridColumns: number;
  /** the whole file's rows, estimated from how far into the text the first rows reach */
  estimatedRows: number;
}

/** Rule findings that are about one row (or a cell of it); the rest are about the file. */
export const ROW_RULES: ReadonlySet<string> = new Set([
  'blank-row', 'ragged-row', 'title-row', 'multi-row-header', 'blank-header', 'duplicate-header',
  'subtotal-row', 'section-row', 'notes-row', 'formula', 'quote-error', 'trailing-delimiter',
]);
