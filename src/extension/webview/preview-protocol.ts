// Messages between the extension host and the table preview's webview (media/webview/preview/).
// Every string is final (translated, plain text): the webview lays it out with textContent only.
// Rows come in pages the webview asks for by index; `version` tells the pages of the file as it
// is now from those of an earlier version (the preview follows edits and saves).
import type { BadgeLevel } from '../../core/types';
import type { RowRole } from '../../core/csv/model';
import type { ColumnKind } from '../../core/preview/column-kind';
import type { PreviewRow } from '../../core/preview/model';
import type { RevealTarget } from './protocol';

export type { RowRole, RevealTarget };

export interface PreviewColumnView {
  name: string;
  kind: ColumnKind;
  /** "number", "ROC date (民國)", "mixed: number 60%, text 40%" */
  kindLabel: string;
  /** "3 blank", or '' */
  blankLabel: string;
  /** false: 主要欄位說明 does not list it; null: there is no 主要欄位說明 */
  declared: boolean | null;
  /** "Not in 主要欄位說明", or '' */
  declaredLabel: string;
}

export interface PreviewFindingLink {
  label: string;
  target: RevealTarget;
}

export interface PreviewRoleCount {
  role: RowRole;
  /** "2 subtotal rows" */
  label: string;
  count: number;
}

/** The file as a whole: what the grid above and around the rows shows. */
export interface PreviewView {
  file: string;
  kind: 'table' | 'records' | 'none';
  rows: number;
  gridColumns: number;
  /** the number of fields a well-formed row has */
  width: number;
  /** "1,000,001 rows · 6 columns · Big5 (CP950)" */
  facts: string;
  /** set when the file is not UTF-8: the banner and its Convert to UTF-8 button */
  encodingBanner: { text: string; action: string } | null;
  level: BadgeLevel;
  /** "Predicted: Bronze — Structured data: 2 subtotal rows, 1 blank row" */
  verdict: string;
  roles: PreviewRoleCount[];
  columns: PreviewColumnView[];
  /** "主要欄位說明 lists fields the file does not have: 職類, 人數", or '' */
  notInFile: string;
  fileFindings: PreviewFindingLink[];
  /** why there is no grid (invalid JSON at line 3…), or '' */
  error: string;
  /** the first rows of a big table while the rest is read: `rows` is an estimate, the profile and findings follow */
  partial: boolean;
}

/** A row as the grid draws it: its findings translated, and where the first one is. */
export interface PreviewRowView extends Omit<PreviewRow, 'findings' | 'evidence'> {
  /** the findings on this row, translated (the hover of its role mark) */
  messages: string[];
  /** where the row's first finding is, for a click on its mark */
  target?: RevealTarget;
}

/** Fixed words of the grid, translated once. */
export interface PreviewStrings {
  roles: Record<RowRole, string>;
  line: string;
  loading: string;
  missingCell: string;
  extraCell: string;
  formula: string;
  gridLabel: string;
  /** "Next {0}" on a role count: jumps to the next row of that role */
  next: string;
  fileFindings: string;
  noRows: string;
}

export type HostToPreview =
  | { type: 'init'; strings: PreviewStrings }
  | { type: 'view'; version: number; view: PreviewView }
  | { type: 'rows'; version: number; from: number; rows: PreviewRowView[] }
  /** scroll so that row `row` is in view and put the cell cursor on it (find next, tests) */
  | { type: 'scrollTo'; row: number; column: number };

/** What the grid drew, read from its DOM (for the tests and the editor benchmark). */
export interface PreviewRendered {
  version: number;
  /** rows of the file as the grid knows them */
  rows: number;
  /** the encoding banner's text, or '' */
  banner: string;
  /** drawn from a big table's first rows, before the whole file was read */
  partial: boolean;
  /** the first and last row index in the DOM, and how many row elements there are */
  first: number;
  last: number;
  rowElements: number;
  /** the header band's column names as the DOM shows them (textContent) */
  headers: string[];
  /** role marks drawn, by role */
  marks: Partial<Record<RowRole, number>>;
  /** <img> elements anywhere in the page (a file's text must never become markup) */
  images: number;
  missingCells: number;
  extraCells: number;
  formulaCells: number;
  /** the cell cursor: row index and column */
  cursor: { row: number; column: number };
  /** ms from the page request to the rows drawn, for the last page that arrived */
  pageMs: number;
}

export type PreviewToHost =
  | { type: 'ready' }
  | { type: 'rows'; version: number; from: number; count: number }
  /** focus: the text editor takes the focus (Enter) or the grid keeps it (a click) */
  | { type: 'revealCell'; row: number; column: number; focus: boolean }
  | { type: 'reveal'; target: RevealTarget }
  | { type: 'find'; role: RowRole; from: number; step: 1 | -1 }
  | { type: 'convert' }
  | { type: 'rendered'; rendered: PreviewRendered };

const TYPES: readonly PreviewToHost['type'][] = ['ready', 'rows', 'revealCell', 'reveal', 'find', 'convert', 'rendered'];

export function isPreviewToHost(m: unknown): m is PreviewToHost {
  if (typeof m !== 'object' || m === null) { return false; }
  return (TYPES as readonly unknown[]).includes((m as { type?: unknown }).type);
}
