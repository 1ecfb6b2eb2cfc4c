// The words that mark total rows and notes rows in Taiwan government tables (and their English
// equivalents). Matching is on whole label cells, so that a column named 總計人數 or a word like
// 綜合計畫 (which contains 合計) is not taken for a total.
import { trimValue } from './cells';

// X合計, 總計(1~12), 合　計, 全國總計 … the keyword ends the label, or only a bracket/colon follows.
// Region names that often label a total (全國, 全市) are not keywords: a stock named 全國 exists;
// such rows are found by their numbers instead (sums.ts).
const CJK_TOTAL = /^(?:[^\d\s]{0,12}?)(合計|總計|小計|總和|共計|總共)(?:[(（][^)）]*[)）]|[:：])?$/;
const EN_TOTAL = /^(?:(?:grand|sub)[\s-]?)?totals?\s*[:：]?\s*(?:\([^)]*\))?$|^[a-z][a-z ]{0,20}\s(?:sub[\s-]?)?total$|^sum$/i;

/**
 * Cheap pre-check before the regular expressions, on the last character of s[a, b) only (this
 * runs on label cells of every row): a keyword ends the label, or only a bracket or colon follows.
 */
export function mayBeTotal(s: string, a: number, b: number): boolean {
  let e = b - 1;
  let c = s.charCodeAt(e);
  while (e > a && (c === 32 || c === 0x3000 || c === 9)) { c = s.charCodeAt(--e); }
  // ) ） : ： : look further;  計 和 共 (合計 總和 總共);  l L s S (total, totals);  m M (sum)
  if (c === 41 || c === 0xff09 || c === 58 || c === 0xff1a) { return true; }
  if (c === 0x8a08 || c === 0x548c || c === 0x5171) { return true; }
  if (c === 108 || c === 76 || c === 115 || c === 83 || c === 109 || c === 77) { return /total|^\s*sum\s*$/i.test(s.slice(a, b)); }
  return false;
}

/** the total keyword a label cell carries ('合計', 'Total'…), or null */
export function totalKeyword(v: string): string | null {
  if (v.length === 0 || v.length > 40 || !mayBeTotal(v, 0, v.length)) { return null; }
  const t = trimValue(v);
  const compact = t.replace(/[\s\u3000]+/g, '');
  const m = CJK_TOTAL.exec(compact);
  if (m) { return m[1]; }
  if (EN_TOTAL.test(t)) { return t; }
  return null;
}

// 資料來源：…, 說明:, 註1：, 註一、, 備註, 單位：元, Note:, Source: … (the keyword, then a separator or nothing)
const NOTES = /^[\s\u3000]*[※*]?[\s\u3000]*[(（]?(資料來源|來源|資料說明|說明|註解|附註|備註|附記|註|單位|資料提供日期|資料提供單位|資料提供|資料日期|資料時間|製表日期|製表人|製表|填表說明|填表人|填表|更新日期|統計截止日|notes?|sources?|remarks?|unit)[)）]?[\s\u3000]*(?:[\d一二三四五六七八九十]+[)）]?)?[\s\u3000]*(?:[:：.,，、)）]|$)/i;
// a cell that only starts with '※' is a note too
const NOTE_MARK = /^[\s\u3000]*※/;

/** the notes keyword a cell starts with ('資料來源', '註'…), or null */
export function notesKeyword(v: string): string | null {
  if (v.length === 0) { return null; }
  const m = NOTES.exec(v);
  if (m) { return m[1]; }
  if (NOTE_MARK.test(v)) { return '※'; }
  return null;
}

// 1. …, (1) …, 一、…, ① … : the items that follow a notes row
const LIST_ITEM = /^[\s\u3000]*(?:\d{1,2}[.、)）]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.]|[①-⑳])/;

export function isListItem(v: string): boolean {
  return LIST_ITEM.test(v);
}

/** a unit row cell: '(元,股)', '（人）', '單位：元' */
export function isUnitCell(v: string): boolean {
  const t = trimValue(v);
  return /^[(（][^()（）]{1,20}[)）]$/.test(t) || /^單位[:：]/.test(t);
}
