// 資料即時性: the dataset must be updated as its 更新頻率 declares. The last update is the
// metadata's 詮釋資料更新時間; `today` comes from the run (the CLI's --today) for reproducibility.
import { evaluateTimeliness } from '../timeliness/due';
import { plural, type Msg } from '../messages';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'update-overdue',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv', 'json', 'xml'],
  criterion: 'timeliness',
  title: 'The dataset was not updated as its 更新頻率 declares',
  create(ctx) {
    return {
      end() {
        if (!ctx.metadata) { return; }
        const freq = ctx.metadata.fields['更新頻率'];
        const updated = ctx.metadata.fields['詮釋資料更新時間'];
        const r = evaluateTimeliness(freq?.value, updated?.value, ctx.today, ctx.graceDays);
        if (r.status !== 'fail') {
          ctx.setCriterion('timeliness', r.status, r.reason);
          return;
        }
        const freqText = freq?.value ?? '';
        ctx.report(ctx.firstLine, overdueMessage(freqText, r.last, r.due, r.overdueDays, ctx.today, ctx.graceDays));
        if (updated?.range) {
          ctx.report(updated.range, plural(r.overdueDays,
            'Overdue by {3} day: 詮釋資料更新時間 {0} is older than 更新頻率 {1} allows; an update was due by {2}.',
            'Overdue by {3} days: 詮釋資料更新時間 {0} is older than 更新頻率 {1} allows; an update was due by {2}.',
            updated.value, freqText, r.due, r.overdueDays),
          { path: updated.source.path });
        }
        ctx.setCriterion('timeliness', 'fail', r.reason);
      },
    };
  },
};

/** "Overdue by 47 days: …", saying the grace days when the due date includes some. */
function overdueMessage(freq: string, last: string, due: string, days: number, today: string, grace: number): Msg {
  if (grace > 0) {
    return plural(days,
      'Overdue by {0} day: 更新頻率 is {1}, the last update was {2}, so an update was due by {3} ({4} grace days included; today is {5}).',
      'Overdue by {0} days: 更新頻率 is {1}, the last update was {2}, so an update was due by {3} ({4} grace days included; today is {5}).',
      days, freq, last, due, grace, today);
  }
  return plural(days,
    'Overdue by {0} day: 更新頻率 is {1}, the last update was {2}, so an update was due by {3} (today is {4}).',
    'Overdue by {0} days: 更新頻率 is {1}, the last update was {2}, so an update was due by {3} (today is {4}).',
    days, freq, last, due, today);
}
