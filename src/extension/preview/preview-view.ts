// The preview's summary and rows -> what the webview shows: translated, plain strings, and jump
// targets in the editor's 0-based ranges.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { encodingLabel } from '../../core/encoding';
import type { RowRole } from '../../core/csv/model';
import type { ColumnStats, ValueKind } from '../../core/preview/column-kind';
import { VALUE_KINDS } from '../../core/preview/column-kind';
import type { PreviewHead, PreviewRow, PreviewSummary } from '../../core/preview/model';
import type { EncodingInfo, Finding } from '../../core/types';
import { findingRange } from '../diagnostics';
import { uriOfEnginePath } from '../file-access';
import { criterionReason, criterionTitle, findingMessage, levelLabel } from '../l10n';
import type { PreviewColumnView, PreviewRowView, PreviewStrings, PreviewView, RevealTarget } from '../webview/preview-protocol';

/** the roles a count is shown for, in the order of a table from top to bottom */
const MARKED: readonly RowRole[] = ['preamble', 'title', 'header', 'section', 'subtotal', 'notes', 'blank'];

export function previewStrings(): PreviewStrings {
  return {
    roles: {
      data: vscode.l10n.t('Data'),
      header: vscode.l10n.t('Header'),
      title: vscode.l10n.t('Title'),
      blank: vscode.l10n.t('Blank'),
      notes: vscode.l10n.t('Notes'),
      subtotal: vscode.l10n.t('Subtotal'),
      section: vscode.l10n.t('Section label'),
      preamble: vscode.l10n.t('Other table'),
    },
    line: vscode.l10n.t('Line'),
    loading: vscode.l10n.t('Reading the file…'),
    missingCell: vscode.l10n.t('Missing cell: this row has fewer fields than the header'),
    extraCell: vscode.l10n.t('Extra cell: this row has more fields than the header'),
    formula: vscode.l10n.t('Formula: the platform reads the formula text, not its value'),
    gridLabel: vscode.l10n.t('Table preview'),
    next: vscode.l10n.t('Go to the next one'),
    fileFindings: vscode.l10n.t('About the whole file'),
    noRows: vscode.l10n.t('The file has no rows.'),
  };
}

function roleCount(role: RowRole, n: number): string {
  const one = n === 1;
  switch (role) {
    case 'header': return vscode.l10n.t(one ? '{0} header row' : '{0} header rows', n);
    case 'title': return vscode.l10n.t(one ? '{0} title row' : '{0} title rows', n);
    case 'blank': return vscode.l10n.t(one ? '{0} blank row' : '{0} blank rows', n);
    case 'notes': return vscode.l10n.t(one ? '{0} notes row' : '{0} notes rows', n);
    case 'subtotal': return vscode.l10n.t(one ? '{0} subtotal row' : '{0} subtotal rows', n);
    case 'section': return vscode.l10n.t(one ? '{0} section label row' : '{0} section label rows', n);
    case 'preamble': return vscode.l10n.t(one ? '{0} row of another table' : '{0} rows of another table', n);
    case 'data': return vscode.l10n.t(one ? '{0} data row' : '{0} data rows', n);
  }
}

function kindName(k: ValueKind): string {
  switch (k) {
    case 'number': return vscode.l10n.t('number');
    case 'thousands': return vscode.l10n.t('integer with thousands separators');
    case 'roc-date': return vscode.l10n.t('ROC date (民國)');
    case 'date': return vscode.l10n.t('date');
    case 'code': return vscode.l10n.t('code');
    case 'text': return vscode.l10n.t('text');
  }
}

function kindLabel(s: ColumnStats): string {
  if (s.kind === 'empty') { return vscode.l10n.t('empty'); }
  if (s.kind !== 'mixed') { return kindName(s.kind); }
  const total = VALUE_KINDS.reduce((n, k) => n + s.counts[k], 0);
  const parts = [...VALUE_KINDS].filter(k => s.counts[k] > 0).sort((a, b) => s.counts[b] - s.counts[a]).slice(0, 2)
    .map(k => `${kindName(k)} ${Math.round(100 * s.counts[k] / total)}%`);
  return vscode.l10n.t('mixed: {0}', parts.join(', '));
}

function toTarget(uri: vscode.Uri, f: Finding): RevealTarget {
  const target = f.path ? uriOfEnginePath(uri, f.path) : uri;
  const r = findingRange(f);
  return { uri: target.toString(), line: r.start.line, column: r.start.character, endLine: r.end.line, endColumn: r.end.character };
}

/** What every state of the view starts from: nothing known yet. */
function blankView(uri: vscode.Uri): PreviewView {
  return {
    file: path.posix.basename(uri.path), kind: 'none', rows: 0, gridColumns: 0, width: 0, facts: '', encodingBanner: null,
    level: 'none', verdict: '', roles: [], columns: [], notInFile: '', fileFindings: [], error: '', partial: false,
  };
}

function count(n: number): string {
  return n.toLocaleString(vscode.env.language);
}

function encodingName(e: EncodingInfo): string {
  return e.name === 'binary' ? e.binaryKind ?? 'binary' : encodingLabel(e.name, e.variant);
}

/** the banner of a file that is not UTF-8 (Big5, UTF-16…), with its Convert to UTF-8 button */
function encodingBanner(e: EncodingInfo): PreviewView['encodingBanner'] {
  if (e.name === 'utf-8' || e.name === 'binary' || e.ascii) { return null; }
  return {
    text: vscode.l10n.t('This file is {0}. It is shown here decoded as {0}; the text editor shows it garbled, and the platform expects UTF-8.', encodingName(e)),
    action: vscode.l10n.t('Convert to UTF-8'),
  };
}

export function failedView(uri: vscode.Uri, error: string): PreviewView {
  return { ...blankView(uri), error };
}

/** A big table's first rows while the rest is read: names only, the profile and findings follow. */
export function previewHeadView(uri: vscode.Uri, h: PreviewHead): PreviewView {
  return {
    ...blankView(uri),
    kind: 'table', rows: h.estimatedRows, gridColumns: h.gridColumns, width: h.width,
    facts: [vscode.l10n.t('Reading the file… about {0} rows', count(h.estimatedRows)), encodingName(h.encoding)].join(' · '),
    encodingBanner: encodingBanner(h.encoding),
    columns: h.columns.map(name => ({ name, kind: 'empty', kindLabel: '…', blankLabel: '', declared: null, declaredLabel: '' })),
    partial: true,
  };
}

export function previewView(uri: vscode.Uri, s: PreviewSummary): PreviewView {
  const failing = s.badge.criteria.filter(c => c.status === 'fail');
  const facts = [vscode.l10n.t('{0} rows', count(s.rows)), vscode.l10n.t('{0} columns', count(s.width)), encodingName(s.encoding)];
  const columns: PreviewColumnView[] = s.columns.map(c => ({
    name: c.name,
    kind: c.stats.kind,
    kindLabel: kindLabel(c.stats),
    blankLabel: c.stats.blank > 0 ? vscode.l10n.t('{0} blank', count(c.stats.blank)) : '',
    declared: c.declared,
    declaredLabel: c.declared === false ? vscode.l10n.t('Not in 主要欄位說明') : '',
  }));
  return {
    ...blankView(uri),
    kind: s.kind,
    rows: s.rows,
    gridColumns: s.gridColumns,
    width: s.width,
    facts: facts.join(' · '),
    encodingBanner: encodingBanner(s.encoding),
    level: s.badge.level,
    // what keeps the file from gold, or just the level
    verdict: failing.length
      ? vscode.l10n.t('Predicted: {0}. {1}', levelLabel(s.badge.level), failing.map(c => `${criterionTitle(c.id)}: ${criterionReason(c)}`).join('; '))
      : vscode.l10n.t('Predicted: {0}', levelLabel(s.badge.level)),
    roles: MARKED.filter(r => s.roles[r] > 0).map(role => ({ role, count: s.roles[role], label: roleCount(role, s.roles[role]) })),
    columns,
    notInFile: s.notInFile.length ? vscode.l10n.t('主要欄位說明 lists fields the file does not have: {0}', s.notInFile.join(', ')) : '',
    fileFindings: s.fileFindings.map(f => ({ label: `${f.line}:${f.column} ${findingMessage(f)}`, target: toTarget(uri, f) })),
    error: s.error ?? '',
  };
}

export function previewRows(uri: vscode.Uri, rows: readonly PreviewRow[]): PreviewRowView[] {
  return rows.map(r => {
    const v: PreviewRowView = {
      index: r.index, line: r.line, role: r.role, cells: r.cells, fieldCount: r.fieldCount,
      messages: (r.findings ?? []).map(findingMessage),
    };
    if (r.formulas) { v.formulas = r.formulas; }
    if (r.findings?.length) { v.target = toTarget(uri, r.findings[0]); }
    return v;
  });
}
