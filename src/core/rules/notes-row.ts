// Footnote, source and unit rows inside the table (資料來源, 說明, 註, 備註, 單位 …) and the lines
// that continue them.
import type { Rule } from './rule';
import { msg } from '../messages';
import { rowRange, rowText } from '../csv/report-helpers';

export const rule: Rule = {
  id: 'notes-row',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Notes, source or unit rows inside the table',
  create(ctx) {
    return {
      csvRow(row) {
        if (row.role !== 'notes') { return; }
        const m = row.evidence
          ? msg('Row {0} is a note ({1}), not data: move it into the metadata (備註) and remove it.', row.line, row.evidence)
          : msg('Row {0} continues the notes above it ("{1}"): move it into the metadata (備註) and remove it.', row.line, rowText(row));
        ctx.report(rowRange(row), m, { fixes: ['remove-notes-rows'] });
      },
    };
  },
};
