// What each CSV fix changes (its edits) and what the result must look like (its checks).
import type { TextEdit } from './fix';
import { msg, plural, type Msg } from '../messages';
import type { FixId } from '../types';
import type { CsvRow, RowRole } from '../csv/model';
import { isBlankValue, trimValue } from '../csv/cells';
import { rowKey, rowSignatures, type CsvAnalysis } from './csv-fix-analysis';

export interface Plan {
  title: Msg;
  edits: TextEdit[];
  removedText?: string[];
  /** the targeted findings are gone from the result */
  done(after: CsvAnalysis): boolean;
  /** the original rows that must come out unchanged, in order */
  keptRows(before: CsvAnalysis): CsvRow[];
  /** what a kept row's fields must be after the fix (default: the same) */
  expectedKey?: (r: CsvRow) => string;
  /** rows the fix wrote itself (a joined header): not compared */
  replacedInResult?: (r: CsvRow, after: CsvAnalysis) => boolean;
  /** the findings of the rows the fix takes out: they go with them */
  removedSignatures?: Map<string, number>;
  /** findings of the whole table the fix may make disappear (a joined header's blank cells) */
  mayRemove?: (signature: string) => boolean;
  /** why the decision the fix rests on is not certain (see TextFix.review) */
  review?: Msg;
}

export function buildFix(id: FixId, text: string, a: CsvAnalysis): Plan | null {
  switch (id) {
    case 'remove-blank-rows': return removeRows(text, a, 'blank', n => plural(n, 'Remove {0} blank row', 'Remove {0} blank rows'), false);
    case 'remove-subtotal-rows': return removeRows(text, a, 'subtotal', n => plural(n, 'Remove {0} subtotal row', 'Remove {0} subtotal rows'), false);
    case 'remove-title-rows': return removeRows(text, a, 'title',
      n => plural(n, 'Remove {0} title row (its text goes to the metadata)', 'Remove {0} title rows (their text goes to the metadata)'), true);
    case 'remove-notes-rows': return removeRows(text, a, 'notes',
      n => plural(n, 'Remove {0} notes row (its text goes to the metadata)', 'Remove {0} notes rows (their text goes to the metadata)'), true);
    case 'join-header-rows': return joinHeader(text, a);
    case 'remove-trailing-delimiter': return removeTrailing(text, a);
    default: return null;
  }
}

/** the text of a removed row for the metadata's 備註: its non-empty values */
function rowText(r: CsvRow): string {
  return r.values.map(trimValue).filter(v => v.length > 0).join(' ');
}

/**
 * Edits that take rows out with their line breaks. A run of rows that ends the text without a
 * final line break takes the line break before it instead, so that no empty line is left.
 */
export function removalEdits(text: string, rows: readonly CsvRow[], remove: ReadonlySet<number>): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let k = 0; k < rows.length; k++) {
    if (!remove.has(k)) { continue; }
    let b = k;
    while (b + 1 < rows.length && remove.has(b + 1)) { b++; }
    const from = rows[k].start;
    if (b + 1 < rows.length) {
      edits.push({ start: from, end: rows[b + 1].start, newText: '' });
    } else if (rows[b].end < text.length) {
      edits.push({ start: from, end: text.length, newText: '' });
    } else {
      edits.push({ start: k > 0 ? rows[k - 1].end : 0, end: text.length, newText: '' });
    }
    k = b;
  }
  return edits;
}

function removeRows(text: string, a: CsvAnalysis, role: RowRole, title: (n: number) => Msg, keepText: boolean): Plan | null {
  const remove = new Set<number>();
  // a row whose role rests on weak evidence is left for the user to decide
  a.rows.forEach((r, k) => { if (r.role === role && !r.weak) { remove.add(k); } });
  if (remove.size === 0) { return null; }
  const removedSignatures = new Map<string, number>();
  for (const k of remove) {
    for (const sig of rowSignatures(a.rows[k], a.layout)) { removedSignatures.set(sig, (removedSignatures.get(sig) ?? 0) + 1); }
  }
  const plan: Plan = {
    title: title(remove.size),
    edits: removalEdits(text, a.rows, remove),
    done: after => !after.rows.some(r => r.role === role && !r.weak),
    keptRows: before => before.rows.filter((_, k) => !remove.has(k)),
    removedSignatures,
  };
  if (keepText) { plan.removedText = a.rows.filter((_, k) => remove.has(k)).map(rowText).filter(t => t.length > 0); }
  return plan;
}

function sameColumns(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** a header cell written back: quoted when it holds the delimiter, a quote or a line break */
function cellText(v: string, delimiter: string): string {
  return v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function joinHeader(text: string, a: CsvAnalysis): Plan | null {
  const l = a.layout;
  if (l.headerRows.length !== 2 || (l.headerKind !== 'group-sub' && l.headerKind !== 'codes-labels')) { return null; }
  const [h0, h1] = l.headerRows;
  const expected = [...l.columns];
  const done = (after: CsvAnalysis) => after.layout.headerRows.length === 1 && sameColumns(after.layout.columns, expected);
  const headerIndexes = new Set([h0.index, h1.index]);
  const mayRemove = (sig: string) => sig === 'multi-row-header' || sig.startsWith('blank-header:') || sig.startsWith('duplicate-header:');
  if (l.headerKind === 'codes-labels') {
    // keep the labels row as it is, take the codes row out
    const codes = l.labelRow === 0 ? h1 : h0;
    return {
      title: msg('Keep one header row: the labels'),
      edits: removalEdits(text, a.rows, new Set([a.rows.indexOf(codes)])),
      done,
      keptRows: before => before.rows.filter(r => r !== codes),
      mayRemove,
    };
  }
  const names = expected.map(c => cellText(c, l.delimiter));
  const line = names.join(l.delimiter) + l.delimiter.repeat(l.trailingColumns);
  const doubt = groupDoubt(h0, expected);
  return {
    title: msg('Join the two header rows into one ("{0}")', expected.find(c => c.includes('_')) ?? expected[0] ?? ''),
    review: doubt ?? undefined,
    edits: [{ start: h0.start, end: h1.end, newText: line }],
    done,
    keptRows: before => before.rows.filter(r => !headerIndexes.has(r.index)),
    replacedInResult: (r, after) => after.layout.headerRows.includes(r),
    mayRemove,
  };
}

/** a caption is longer than a group name */
const GROUP_CHARS = 20;

/**
 * Why a group row over sub-headers might be something else (a title, a first record), so that
 * joining it into the names is not certain; null when the joined names are clearly right.
 */
function groupDoubt(upper: CsvRow, names: readonly string[]): Msg | null {
  if (names.some(n => n.length === 0)) { return msg('a column would still have no name'); }
  if (new Set(names).size !== names.length) { return msg('two columns would have the same name'); }
  if (upper.nonEmpty < 2) { return msg('the upper row has one cell: it may be a title'); }
  if (upper.values.some(v => trimValue(v).length > GROUP_CHARS)) { return msg('the upper row holds a long text: it may be a title'); }
  return null;
}

function removeTrailing(text: string, a: CsvAnalysis): Plan | null {
  const l = a.layout;
  const n = l.trailingColumns;
  if (n === 0) { return null; }
  const w = l.width;
  const d = l.delimiter;
  const cut = new Set<CsvRow>();
  const edits: TextEdit[] = [];
  const empty = (r: CsvRow, from: number) => r.values.slice(from, w).every(v => v === '');
  for (const r of a.rows) {
    if (r.fieldCount !== w) { continue; }
    if (r.role === 'header' && !isBlankValue(r.values[w - 1] ?? '')) {
      // a placeholder name for the empty column (空白): the whole last cell goes
      const c = r.cell(w - 1);
      if (c.line !== r.line || !r.values.slice(w - n, w - 1).every(v => v === '')) { return null; }
      const at = r.start + c.column - 1;
      if (text.slice(at - n, at) !== d.repeat(n)) { return null; }
      edits.push({ start: at - n, end: r.end, newText: '' });
      cut.add(r);
    } else if (!r.lastQuoted && empty(r, w - n) && text.slice(r.end - n, r.end) === d.repeat(n)) {
      edits.push({ start: r.end - n, end: r.end, newText: '' });
      cut.add(r);
    }
  }
  return {
    title: plural(cut.size, 'Remove the delimiter at the end of {0} row', 'Remove the delimiter at the end of {0} rows'),
    edits,
    done: after => !after.layout.trailingDelimiter && after.layout.width === w - n,
    keptRows: before => before.rows,
    expectedKey: r => cut.has(r) ? r.values.slice(0, -n).join('\u0001') : rowKey(r),
    // fewer columns: a row that lacked the empty last fields is no longer ragged
    mayRemove: sig => sig === 'trailing-delimiter' || sig.startsWith('blank-header:') || sig.startsWith('ragged:'),
  };
}
