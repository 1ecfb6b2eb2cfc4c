// 資料即時性: the dataset must be updated as its 更新頻率 declares. The last update is the
// metadata's 詮釋資料更新時間; `today` comes from the run (the CLI's --today) for reproducibility.
import { evaluateTimeliness } from '../timeliness/due';
import { msg } from '../messages';
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
        ctx.report({ line: 1, column: 1, endLine: 1, endColumn: 1 },
          msg('Overdue: 更新頻率 is {0}, the last update was {1}, so an update was due by {2} (today is {3}).', freqText, r.last, r.due, ctx.today));
        if (updated?.range) {
          ctx.report(updated.range,
            msg('詮釋資料更新時間 {0} is older than 更新頻率 {1} allows: an update was due by {2}.', updated.value, freqText, r.due),
            { path: updated.source.path });
        }
        ctx.setCriterion('timeliness', 'fail', r.reason);
      },
    };
  },
};
