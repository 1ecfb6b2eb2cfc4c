// Footnote, source and unit rows inside or below the table (資料來源, 說明, 註, 備註, 單位 …), the
// lines that continue them, and one-cell text rows below the records. A short one-cell row that
// could also be a record with its values missing is information only.
import type { Rule } from './rule';
import { msg, type Msg } from '../messages';
import { rowRange, rowText } from '../csv/report-helpers';
import type { CsvRow } from '../csv/model';

function message(row: CsvRow): Msg {
  if (row.evidence) {
    return msg('Note ({0}), not data: move it into the metadata (備註) and remove the row.', row.evidence);
  }
  if (row.weak) {
    return msg('One cell below the records ("{0}"): a note, or a record with its values missing? Check it by hand.', rowText(row));
  }
  return row.evidenceColumn !== undefined
    ? msg('Note below the records ("{0}"): move it into the metadata (備註) and remove the row.', rowText(row))
    : msg('Note, continued from the row above ("{0}"): move it into the metadata (備註) and remove the row.', rowText(row));
}

export const rule: Rule = {
  id: 'notes-row',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Notes, source or unit rows inside the table',
  create(ctx) {
    return {
      skipsPlainRows: true,
      csvRow(row) {
        if (row.role !== 'notes') { return; }
        ctx.report(rowRange(row), message(row), row.weak ? { weak: true } : { fixes: ['remove-notes-rows'] });
      },
    };
  },
};
