// The one-cell rows of a table of numbers: a section label when records follow it (a year, a
// numbered heading, a short label over its records), a note otherwise (text below the records,
// or long text between them), a caption over a stacked table of another width. Weak when only
// the position says so.
import { trimValue, type NumberReader } from './cells';
import { isListItem } from './keywords';
import type { Row } from './row';

/** a section label is short; a longer one-cell text between records is a note */
const SECTION_CHARS = 24;
const SENTENCE = /[。：:；;！？!?]|https?:\/\/|www\./;
// 2022, 2022年, 110年, 民國110年, 110年度, 2022Q1; 一、 (一) 壹、 A. ; 農業類, 按性別分
const SECTION_FORM = /^(?:民國)?\d{2,4}\s*年?度?(?:\s*(?:[Qq]\s*\d|第\s*\d\s*季))?$|^(?:[一二三四五六七八九十壹貳參肆伍陸柒捌玖拾]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[A-Z][.．、])|類$|^按.{1,8}分$/;
// an English name after the Chinese one, on the same line or the next: 東部海岸國家風景區\nEast Coast…
const GLOSS = /[\s\u3000]+[A-Za-z][A-Za-z0-9 .,'&()\-/]*$/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** a letter, digit or ideograph: the cell says something */
const WORDY = /[\p{L}\p{N}]/u;
// text that reads as a remark: starts with a mark or a bracket, or ends a sentence
const NOTE_FORM = /^[※*＊#＃(（]|[。.]$/;

/**
 * The column of a row's one non-empty cell when it is a section label or a note, not a record
 * (a record with one value has it in a quantity column), else -1.
 */
export function loneCellColumn(row: Row, isQuantity: Uint8Array, reader: NumberReader): number {
  const values = row.values;
  for (let c = 0; c < values.length; c++) {
    if (trimValue(values[c]).length === 0) { continue; }
    if (isQuantity[c] && !Number.isNaN(reader.read(values[c]))) { return -1; }
    // a stray control character (a lone form feed) is no label and no note
    if (!WORDY.test(values[c])) { return -1; }
    return c;
  }
  return -1;
}

/** the label without the English name that follows its Chinese one (bilingual statistics) */
function withoutGloss(v: string): string {
  const m = GLOSS.exec(v);
  return m && CJK.test(v.slice(0, m.index)) ? v.slice(0, m.index) : v;
}

function isSectionLabel(r: Row, v: string, isLabel: Uint8Array): boolean {
  const c = r.evidenceColumn ?? -1;
  return c >= 0 && isLabel[c] === 1 && v.length <= SECTION_CHARS && !SENTENCE.test(v);
}

/**
 * The roles of the waiting one-cell rows, once what follows them is known: `recordsFollow`
 * (records of this table, or of `otherTable` width) or not (a note, the table's end).
 */
export function settleLoneRows(rows: readonly Row[], recordsFollow: boolean, otherTable: boolean, isLabel: Uint8Array): void {
  let prevNote: Row | null = null;
  for (const r of rows) {
    const v = withoutGloss(trimValue(r.value(r.evidenceColumn ?? 0)));
    if (recordsFollow && otherTable) {
      // a table of another width stacked below ours: the one-cell row is its caption
      r.role = 'title';
      r.evidence = undefined;
    } else if (recordsFollow && isSectionLabel(r, v, isLabel)) {
      r.role = 'section';
      r.evidence = v;
      // a year or a numbered heading is a section for sure; another short label could be a
      // record whose values are all missing
      if (!SECTION_FORM.test(v)) { r.weak = 'lone-label'; }
    } else {
      // evidenceColumn stays: the note's cell (a note below the records, not a continuation)
      r.role = 'notes';
      // a sentence, a link or a list item below the table is a note for sure, and so is the
      // line right under such a note (a long URL wrapped onto the next line)
      const continues = prevNote !== null && !prevNote.weak && prevNote.endLine + 1 === r.line;
      if (!continues && v.length <= SECTION_CHARS && !SENTENCE.test(v) && !isListItem(v) && !NOTE_FORM.test(v)) { r.weak = 'lone-label'; }
      prevNote = r;
    }
  }
}
