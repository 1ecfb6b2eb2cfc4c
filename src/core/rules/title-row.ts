// A caption row above the real header (or above another table stacked below it) ("106年09月市場成交資訊", "資料時間：2023年1月", a title
// with its unit cell "…統計表,單位：千元,,,").
import type { Rule } from './rule';
import { msg } from '../messages';
import { rowRange, rowText, short } from '../csv/report-helpers';
import { isUnitCell } from '../csv/keywords';

export const rule: Rule = {
  id: 'title-row',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Title rows above the header',
  create(ctx) {
    return {
      // above the header, or above another table stacked below ours
      skipsPlainRows: true,
      csvRow(row) {
        if (row.role !== 'title') { return; }
        const unit = row.values.find(v => isUnitCell(v));
        const text = rowText(row);
        const m = unit && short(unit) !== text
          ? msg('Title row above the header ("{0}"): put it and its unit ({1}) in the metadata and remove the row.', text, short(unit))
          : msg('Title row above the header ("{0}"): put it in the metadata and remove the row.', text);
        ctx.report(rowRange(row), m, { fixes: ['remove-title-rows'] });
      },
    };
  },
};
