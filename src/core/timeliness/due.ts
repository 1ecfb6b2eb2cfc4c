// When a dataset is due again: the last update plus its declared period (plus grace days).
// Months and years keep the day of month where it exists (Jan 31 + 1 month = Feb 28/29).
import { msg, plural, type Msg } from '../messages';
import { parseFrequency, type Frequency, type Period } from './frequency';
import { isoDay, parseIsoDay, parseUpdateTime } from './update-time';

const MINUTE = 60_000;

function addMonths(d: Date, months: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()));
}

function addPeriod(d: Date, p: Period): Date {
  switch (p.unit) {
    case 'minute': return new Date(d.getTime() + p.amount * MINUTE);
    case 'hour': return new Date(d.getTime() + p.amount * 60 * MINUTE);
    case 'day': return new Date(d.getTime() + p.amount * 1440 * MINUTE);
    case 'week': return new Date(d.getTime() + p.amount * 7 * 1440 * MINUTE);
    case 'month': return addMonths(d, p.amount);
    case 'year': return addMonths(d, p.amount * 12);
  }
}

/** The moment the next update is due; null when the frequency sets no due date. */
export function dueDate(lastUpdate: Date, freq: Frequency, graceDays = 0): Date | null {
  if (freq === 'irregular' || freq === 'realtime') { return null; }
  const due = addPeriod(lastUpdate, freq);
  return new Date(due.getTime() + Math.max(0, graceDays) * 1440 * MINUTE);
}

export type TimelinessResult =
  | { status: 'pass'; reason: Msg; due?: string }
  | { status: 'fail'; reason: Msg; due: string; last: string; overdueDays: number }
  | { status: 'unknown'; reason: Msg };

const DAY = 1440 * MINUTE;

/**
 * Overdue when the due date (a calendar day) is before today: `today` is a date only, so a
 * dataset due at any time of a day is on time for all of that day.
 */
export function evaluateTimeliness(frequency: string | undefined, updated: string | undefined, today: string, graceDays = 0): TimelinessResult {
  if (!frequency?.trim()) { return { status: 'unknown', reason: msg('no 更新頻率 in the metadata') }; }
  const freq = parseFrequency(frequency);
  if (freq === null) { return { status: 'unknown', reason: msg('更新頻率 "{0}" is not a frequency this tool understands', frequency.trim()) }; }
  if (freq === 'irregular') { return { status: 'pass', reason: msg('更新頻率 {0}: irregular, no due date', frequency.trim()) }; }
  if (freq === 'realtime') { return { status: 'pass', reason: msg('更新頻率 {0}: real-time, no due date', frequency.trim()) }; }
  if (!updated?.trim()) { return { status: 'unknown', reason: msg('no 詮釋資料更新時間 in the metadata') }; }
  const last = parseUpdateTime(updated);
  if (!last) { return { status: 'unknown', reason: msg('詮釋資料更新時間 "{0}" is not a date this tool understands', updated.trim()) }; }
  const day = parseIsoDay(today);
  if (!day) { return { status: 'unknown', reason: msg('today\'s date "{0}" is not YYYY-MM-DD', today) }; }
  const due = isoDay(dueDate(last, freq, graceDays)!);
  if (due < isoDay(day)) {
    const overdueDays = Math.round((day.getTime() - parseIsoDay(due)!.getTime()) / DAY);
    const reason = plural(overdueDays, '更新頻率 {0}: last update {1}, overdue by {2} day, due {3}',
      '更新頻率 {0}: last update {1}, overdue by {2} days, due {3}', frequency.trim(), isoDay(last), overdueDays, due);
    return { status: 'fail', reason, due, last: isoDay(last), overdueDays };
  }
  return { status: 'pass', reason: msg('更新頻率 {0}: last update {1}, next due {2}', frequency.trim(), isoDay(last), due), due };
}
