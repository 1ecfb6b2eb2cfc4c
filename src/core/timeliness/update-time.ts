// 詮釋資料更新時間 (when the metadata was last updated) in the forms publishers write:
// `2026-03-01 10:00:00`, `2026/03/01`, `2026/3/1 下午 03:12:45`, ROC years `115/03/01`,
// `民國115年3月1日`, `2026年3月1日`, ISO 8601 with a zone, `20260301`.
// Dates are wall-clock times in Taiwan, kept as UTC fields so that date arithmetic is exact.

/** A Date whose UTC fields are the wall-clock time written (no time zone shift). */
export function parseUpdateTime(text: string): Date | null {
  const t = text.normalize('NFKC').trim().replace(/^民國\s*/, '');
  const m = /^(\d{2,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]+(上午|下午|AM|PM)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(上午|下午|AM|PM)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(t)
    ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) { return null; }
  let year = Number(m[1]);
  // two- or three-digit years are ROC years (民國): 115 = 2026
  if (m[1].length <= 3) { year += 1911; }
  const month = Number(m[2]);
  const day = Number(m[3]);
  let hour = m[5] !== undefined ? Number(m[5]) : 0;
  const minute = m[6] !== undefined ? Number(m[6]) : 0;
  const second = m[7] !== undefined ? Number(m[7]) : 0;
  const half = (m[4] ?? m[8] ?? '').toUpperCase();
  if ((half === '下午' || half === 'PM') && hour < 12) { hour += 12; }
  if ((half === '上午' || half === 'AM') && hour === 12) { hour = 0; }
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) { return null; }
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // 2026-02-30 is not a date
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) { return null; }
  return d;
}

/** `YYYY-MM-DD` (the CLI's --today) as a Date at 00:00 of that day; null if malformed. */
export function parseIsoDay(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) { return null; }
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]) ? d : null;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
