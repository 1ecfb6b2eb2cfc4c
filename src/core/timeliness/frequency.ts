// 更新頻率 as publishers write it: 每3分, 每30分, 每1時, 每小時, 每1日, 每日, 每週, 每1月, 每3個月,
// 每季, 每半年, 每1年, 每年, 不定期更新, 即時… (badge-rules.md §3), Chinese numerals included.

export type FrequencyUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
export interface Period { amount: number; unit: FrequencyUnit }
export type Frequency = Period | 'irregular' | 'realtime';

const UNITS: [RegExp, FrequencyUnit, number][] = [
  [/^(分鐘|分)$/, 'minute', 1],
  [/^(小時|鐘頭|時)$/, 'hour', 1],
  [/^(日|天)$/, 'day', 1],
  [/^(週|周|星期|禮拜|個星期|個禮拜)$/, 'week', 1],
  [/^(個月|月)$/, 'month', 1],
  [/^(季|個季|季度)$/, 'month', 3],
  [/^(年|年度)$/, 'year', 1],
  [/^旬$/, 'day', 10],
];

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 3, 30, 三, 十二, 三十, 半 (0.5 of the unit) */
function amountOf(text: string): number | null {
  if (text === '') { return 1; }
  if (/^\d+$/.test(text)) { return Number(text); }
  if (text === '半') { return 0.5; }
  const m = /^([一二兩三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || (!m[2] && (m[1] === '' || m[3] !== ''))) { return DIGITS[text] ?? null; }
  if (!m[2]) { return DIGITS[m[1]]; }
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
}

const ENGLISH: Record<string, Frequency> = {
  realtime: 'realtime', 'real-time': 'realtime', continuous: 'realtime', irregular: 'irregular',
  'as needed': 'irregular', hourly: { amount: 1, unit: 'hour' }, daily: { amount: 1, unit: 'day' },
  weekly: { amount: 1, unit: 'week' }, biweekly: { amount: 2, unit: 'week' }, monthly: { amount: 1, unit: 'month' },
  quarterly: { amount: 3, unit: 'month' }, semiannual: { amount: 6, unit: 'month' },
  annual: { amount: 1, unit: 'year' }, annually: { amount: 1, unit: 'year' }, yearly: { amount: 1, unit: 'year' },
  r_pt1h: { amount: 1, unit: 'hour' }, r_p1d: { amount: 1, unit: 'day' }, r_p1w: { amount: 1, unit: 'week' },
  r_p1m: { amount: 1, unit: 'month' }, r_p3m: { amount: 3, unit: 'month' }, r_p1y: { amount: 1, unit: 'year' },
};

/** null: text we do not understand (the rule then says the criterion is unknown, and why). */
export function parseFrequency(text: string): Frequency | null {
  const t = text.normalize('NFKC').replace(/[\s]+/g, '').replace(/(更新|一次|1次|發布|發佈|提供)+$/, '');
  if (!t) { return null; }
  if (/^不定期/.test(t) || /^(依需求|視需要|隨時)/.test(t)) { return 'irregular'; }
  if (/^(即時|實時|每即時)/.test(t)) { return 'realtime'; }
  const english = ENGLISH[t.toLowerCase().replace(/\/+/g, '_')];
  if (english) { return english; }
  const m = /^每(\d+|[〇零一二兩三四五六七八九十]+|半)?(.+)$/.exec(t);
  if (!m) { return null; }
  const unit = UNITS.find(([re]) => re.test(m[2]));
  const amount = amountOf(m[1] ?? '');
  if (!unit || amount === null || amount <= 0) { return null; }
  const total = amount * unit[2];
  // half a year is 6 months, half a month about 15 days
  if (!Number.isInteger(total)) {
    if (unit[1] === 'year') { return { amount: total * 12, unit: 'month' }; }
    if (unit[1] === 'month') { return { amount: Math.round(total * 30), unit: 'day' }; }
    if (unit[1] === 'day') { return { amount: total * 24, unit: 'hour' }; }
    if (unit[1] === 'hour') { return { amount: total * 60, unit: 'minute' }; }
    return null;
  }
  return { amount: total, unit: unit[1] };
}

/** A frequency for people: "every 3 months". */
export function describeFrequency(f: Frequency): string {
  if (f === 'irregular') { return 'irregular'; }
  if (f === 'realtime') { return 'real-time'; }
  return `every ${f.amount} ${f.unit}${f.amount === 1 ? '' : 's'}`;
}
