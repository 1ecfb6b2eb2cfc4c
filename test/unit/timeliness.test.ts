// 更新頻率 in every form seen, update times, due dates and the verdict, with fixed dates.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '../../src/core/messages';
import { dueDate, evaluateTimeliness, isoDay, parseFrequency, parseUpdateTime } from '../../src/core/timeliness';

describe('parseFrequency', () => {
  const cases: [string, ReturnType<typeof parseFrequency>][] = [
    ['每3分', { amount: 3, unit: 'minute' }],
    ['每30分', { amount: 30, unit: 'minute' }],
    ['每5分鐘', { amount: 5, unit: 'minute' }],
    ['每1時', { amount: 1, unit: 'hour' }],
    ['每小時', { amount: 1, unit: 'hour' }],
    ['每2小時', { amount: 2, unit: 'hour' }],
    ['每1日', { amount: 1, unit: 'day' }],
    ['每日', { amount: 1, unit: 'day' }],
    ['每天', { amount: 1, unit: 'day' }],
    ['每週', { amount: 1, unit: 'week' }],
    ['每1週', { amount: 1, unit: 'week' }],
    ['每2周', { amount: 2, unit: 'week' }],
    ['每1月', { amount: 1, unit: 'month' }],
    ['每月', { amount: 1, unit: 'month' }],
    ['每3月', { amount: 3, unit: 'month' }],
    ['每3個月', { amount: 3, unit: 'month' }],
    ['每6個月', { amount: 6, unit: 'month' }],
    ['每季', { amount: 3, unit: 'month' }],
    ['每半年', { amount: 6, unit: 'month' }],
    ['每1年', { amount: 1, unit: 'year' }],
    ['每年', { amount: 1, unit: 'year' }],
    ['每年更新', { amount: 1, unit: 'year' }],
    ['每三個月', { amount: 3, unit: 'month' }],
    ['每十二小時', { amount: 12, unit: 'hour' }],
    ['每３０分', { amount: 30, unit: 'minute' }],
    [' 每 1 日 ', { amount: 1, unit: 'day' }],
    ['不定期更新', 'irregular'],
    ['不定期', 'irregular'],
    ['即時', 'realtime'],
    ['monthly', { amount: 1, unit: 'month' }],
  ];
  for (const [text, want] of cases) {
    test(text, () => assert.deepEqual(parseFrequency(text), want));
  }
  test('unknown text is null', () => {
    for (const t of ['', '配合業務', '每', '每0日', '每〇月', 'sometimes', '3月']) { assert.equal(parseFrequency(t), null, t); }
  });
});

describe('parseUpdateTime', () => {
  const day = (t: string) => { const d = parseUpdateTime(t); return d && d.toISOString().slice(0, 19); };
  test('forms seen', () => {
    assert.equal(day('2026-03-01 10:00:00'), '2026-03-01T10:00:00');
    assert.equal(day('2026/03/01'), '2026-03-01T00:00:00');
    assert.equal(day('2026/3/1 下午 03:12:45'), '2026-03-01T15:12:45');
    assert.equal(day('2026/3/1 上午 12:05:00'), '2026-03-01T00:05:00');
    assert.equal(day('115/03/01'), '2026-03-01T00:00:00');
    assert.equal(day('民國115年3月1日'), '2026-03-01T00:00:00');
    assert.equal(day('2026年3月1日'), '2026-03-01T00:00:00');
    assert.equal(day('2026-03-01T10:00:00+08:00'), '2026-03-01T10:00:00');
    assert.equal(day('20260301'), '2026-03-01T00:00:00');
    assert.equal(day('2017/10/30'), '2017-10-30T00:00:00');
  });
  test('not dates', () => {
    for (const t of ['', 'yesterday', '2026-02-30', '2026-13-01', '2026/03/01 25:00', '1/2']) { assert.equal(parseUpdateTime(t), null, t); }
  });
});

describe('dueDate', () => {
  const at = (s: string) => parseUpdateTime(s)!;
  test('minutes, hours, days, weeks', () => {
    assert.equal(dueDate(at('2026-03-01 23:58:00'), { amount: 3, unit: 'minute' })!.toISOString(), '2026-03-02T00:01:00.000Z');
    assert.equal(isoDay(dueDate(at('2026-03-01'), { amount: 1, unit: 'day' })!), '2026-03-02');
    assert.equal(isoDay(dueDate(at('2026-03-01'), { amount: 2, unit: 'week' })!), '2026-03-15');
  });
  test('months keep the day where it exists', () => {
    assert.equal(isoDay(dueDate(at('2026-01-31'), { amount: 1, unit: 'month' })!), '2026-02-28');
    assert.equal(isoDay(dueDate(at('2024-01-31'), { amount: 1, unit: 'month' })!), '2024-02-29');
    assert.equal(isoDay(dueDate(at('2025-11-15'), { amount: 3, unit: 'month' })!), '2026-02-15');
    assert.equal(isoDay(dueDate(at('2024-02-29'), { amount: 1, unit: 'year' })!), '2025-02-28');
  });
  test('grace days are added; irregular and real-time have no due date', () => {
    assert.equal(isoDay(dueDate(at('2026-03-01'), { amount: 1, unit: 'month' }, 10)!), '2026-04-11');
    assert.equal(dueDate(at('2026-03-01'), 'irregular'), null);
    assert.equal(dueDate(at('2026-03-01'), 'realtime'), null);
  });
});

describe('evaluateTimeliness', () => {
  test('on time through the due day, overdue the day after', () => {
    assert.equal(evaluateTimeliness('每1月', '2026-01-15 10:00:00', '2026-02-15').status, 'pass');
    const r = evaluateTimeliness('每1月', '2026-01-15 10:00:00', '2026-02-16');
    assert.equal(r.status, 'fail');
    assert.equal(r.status === 'fail' && r.due, '2026-02-15');
  });
  test('says how many days overdue, from the due day (grace included) to today', () => {
    const r = evaluateTimeliness('每1月', '2026-09-15', '2026-12-01');
    assert.ok(r.status === 'fail');
    assert.equal(r.overdueDays, 47);
    assert.equal(render(r.reason), '更新頻率 每1月: last update 2026-09-15, overdue by 47 days, due 2026-10-15');
    const one = evaluateTimeliness('每日', '2026-05-01 10:00', '2026-05-03');
    assert.ok(one.status === 'fail');
    assert.equal(render(one.reason), '更新頻率 每日: last update 2026-05-01, overdue by 1 day, due 2026-05-02');
    const graced = evaluateTimeliness('每1月', '2026-09-15', '2026-12-01', 7);
    assert.ok(graced.status === 'fail');
    assert.equal(graced.overdueDays, 40);
    assert.equal(graced.due, '2026-10-22');
  });
  test('grace days postpone', () => {
    assert.equal(evaluateTimeliness('每1月', '2026-01-15', '2026-02-20', 5).status, 'pass');
    assert.equal(evaluateTimeliness('每1月', '2026-01-15', '2026-02-21', 5).status, 'fail');
  });
  test('sub-day frequencies are overdue from the next day', () => {
    assert.equal(evaluateTimeliness('每3分', '2026-03-01 10:00:00', '2026-03-01').status, 'pass');
    assert.equal(evaluateTimeliness('每3分', '2026-03-01 10:00:00', '2026-03-02').status, 'fail');
  });
  test('ROC dates and 每季', () => {
    const r = evaluateTimeliness('每季', '114/10/01', '2026-03-01');
    assert.equal(r.status, 'fail');
    assert.equal(r.status === 'fail' && r.due, '2026-01-01');
  });
  test('irregular and real-time pass; unknowns say why', () => {
    assert.equal(evaluateTimeliness('不定期更新', undefined, '2026-03-01').status, 'pass');
    assert.equal(evaluateTimeliness('即時', '2000-01-01', '2026-03-01').status, 'pass');
    const cases: [string | undefined, string | undefined, string][] = [
      [undefined, '2026-01-01', 'no 更新頻率 in the metadata'],
      ['配合業務', '2026-01-01', '更新頻率 "{0}" is not a frequency this tool understands'],
      ['每1年', undefined, 'no 詮釋資料更新時間 in the metadata'],
      ['每1年', '昨天', '詮釋資料更新時間 "{0}" is not a date this tool understands'],
    ];
    for (const [f, u, template] of cases) {
      const r = evaluateTimeliness(f, u, '2026-03-01');
      assert.equal(r.status, 'unknown');
      assert.equal(r.reason.template, template);
    }
  });
  test('a future update time is on time', () => {
    assert.equal(evaluateTimeliness('每1日', '2027-01-01', '2026-03-01').status, 'pass');
  });
});
