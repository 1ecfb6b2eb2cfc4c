// A caption row above the real header ("106年09月市场成交資訊").
import type { Rule } from './rule';
import { msg } from '../messages';
import { rowRange, rowText } from '../csv/report-helpers';

export const rule: Rule = {
  id: 'title-row',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Title rows above the header',
  create(ctx) {
    // title rows are above the header: all known when the layout is (no per-row work)
    return {
      csvLayout(layout) {
        for (const row of layout.titleRows) {
          ctx.report(rowRange(row),
            msg('Row {0} is a title above the header ("{1}"): put it in the metadata and remove it.', row.line, rowText(row)),
            { fixes: ['remove-title-rows'] });
        }
      },
    };
  },
};
