// The words that mark total rows and notes rows in Taiwan government tables (and their English
// equivalents). A total keyword counts only as a label form — the whole label cell, a short
// dimension name before it (區域別總計, 證券合計(1+6)) or one segment of a hierarchical label
// (110年/ 區域別總計 / 教育程度別總計) — so that a column named 總計人數, a word like 綜合計畫
// or a dataset name such as 工廠登記_各行業別家數總計 is not taken for a total.
import { trimValue } from './cells';
import { mayBeTotal } from './label-end';

// the keyword, after a short dimension name (no sentence punctuation, no '_'), then at most a
// bracket ((1+6), (1~12), [income], 【全年】), a colon, or an English gloss (合計 Total)
const CJK_TOTAL = /^([^\s_，。、；,;:：()（）]{0,6}?)(合計|總計|小計|總和|共計|總共|總數|平均|全年)(?:[(（][^()（）]{0,16}[)）]|[[【][^[\]【】]{0,16}[\]】])?[:：]?(?:grandtotal|subtotal|total|sum|average)?$/i;
// 整體 (overall), 全體 (everyone): the whole label only
const CJK_ALL = /^(?:整體|全體)$/;
// 計 alone is a total only as the whole segment or after a dimension name ending in 別 (性別計),
// or 男女計 / 兩性計: 統計, 會計, 設計 are words
const CJK_JI = /^(?:男女|兩性|[^\s_，。、；,;]{1,6}別)?計$/;
// Total, Grand total, Sub-total, Sum, Average, Taiwan total, Total (1+2), Total 合計
const EN_TOTAL = /^(?:(?:grand|sub)[\s-]?)?totals?\s*[:：]?\s*(?:[(（][^)）]*[)）])?\s*(?:合計|總計|小計)?$|^[a-z][a-z ]{0,20}\s(?:sub[\s-]?)?total$|^(?:sum|average|mean)$/i;
/** hierarchical labels: 110年/ 區域別總計 / 教育程度別總計, 臺北市-合計 */
const SEGMENTS = /[/／\-－]/;

/**
 * Which label forms count in a column: 'whole' the keyword alone (a column of long, distinct
 * names, where 出境行李運送總數 is a dataset's name), 'named' also after a short dimension name
 * (區域別總計), 'path' also as a segment of a hierarchical label (most cells of the column are
 * paths: 110年/ 臺北市 / 國小).
 */
export type LabelForms = 'whole' | 'named' | 'path';

function segmentKeyword(seg: string, forms: LabelForms): string | null {
  if (seg.length === 0) { return null; }
  const m = CJK_TOTAL.exec(seg);
  if (m && (forms !== 'whole' || m[1].length === 0)) { return m[2]; }
  if (CJK_JI.test(seg) && (forms !== 'whole' || seg === '計')) { return '計'; }
  if (CJK_ALL.test(seg)) { return seg; }
  return null;
}

/**
 * The total keyword a label cell carries ('合計', '計', 'Total'…) as a label form, or null. A
 * cell over 40 characters is text, not a label.
 */
export function totalKeyword(v: string, forms: LabelForms = 'path'): string | null {
  if (v.length === 0 || v.length > 40 || !mayBeTotal(v, 0, v.length)) { return null; }
  const t = trimValue(v);
  if (EN_TOTAL.test(t) && (forms !== 'whole' || !/\s/.test(t.replace(/^(grand|sub)[\s-]/i, '')))) { return t; }
  const compact = t.replace(/[\s\u3000]+/g, '');
  const whole = segmentKeyword(compact, forms);
  if (whole) { return whole; }
  if (forms !== 'path' || !SEGMENTS.test(compact)) { return null; }
  const parts = compact.split(SEGMENTS);
  if (parts.length > 4) { return null; }
  for (const p of parts) {
    const k = segmentKeyword(p, forms);
    if (k) { return k; }
  }
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

/** a unit row cell: '(元,股)', '（人）', '單位：元', '(單位：千元)' */
export function isUnitCell(v: string): boolean {
  const t = trimValue(v);
  return /^[(（][^()（）]{1,20}[)）]$/.test(t) || /^[(（]?單位[:：]/.test(t);
}

// a cell that says when or what the table is, above the header: 資料時間：2023年1月, 製表日期：…
const META_CELL = /^[\s\u3000]*[(（]?(?:單位|資料時間|資料日期|資料期間|統計期間|統計時間|資料年月|製表日期|更新日期|查詢日期|查詢條件|查詢名稱|資料來源|發布日期|公布日期|編製機關|填表機關|表號)[\s\u3000]*[:：]/;

/** a unit, date or query cell of a title row ('單位：千元', '資料時間：2023年1月') */
export function isMetaCell(v: string): boolean {
  return META_CELL.test(v) || isUnitCell(v);
}

// the period of a hierarchical label: 102年, 102年 1月, 109年 (1~10月), 109年1-10月, 111年(1月至6月)
const PERIOD = /^(\d{2,4})\s*年(?:\s*(\d{1,2})\s*月|\s*[(（]?\s*\d{1,2}\s*月?\s*[~～\-－至]\s*\d{1,2}\s*月\s*[)）]?)?$/;

/** the first segment of a path label when it is a period: its year, and its month when it is one month */
export function labelPeriod(v: string): { text: string; year: string; month: string | null } | null {
  // exports written for a web page break the line with <br>: 111年<br>(1月至6月)
  const first = trimValue((v.split(/[/／]/)[0] ?? '').replace(/<br\s*\/?>/gi, ' '));
  const m = PERIOD.exec(first);
  return m ? { text: first, year: m[1], month: m[2] ?? null } : null;
}
