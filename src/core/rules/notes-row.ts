// Footnote, source and unit rows inside or below the table (資料來源, 說明, 註, 備註, 單位 …), the
// lines that continue them, and one-cell text rows below the records. A short one-cell row that
// could also be a record with its values missing is information only.
import type { Rule } from './rule';
import { msg, type Msg } from '../messages';
import { rowRange, rowText } from '../csv/report-helpers';
import type { CsvRow } from '../csv/model';

function message(row: CsvRow): Msg {
  if (row.evidence) {
    return msg('Row {0} is a note ({1}), not data: move it into the metadata (備註) and remove it.', row.line, row.evidence);
  }
  if (row.weak) {
    return msg('Row {0} has only one cell ("{1}") below the records: a note, or a record with its values missing? Check it by hand.', row.line, rowText(row));
  }
  return row.evidenceColumn !== undefined
    ? msg('Row {0} is a note below the records ("{1}"): move it into the metadata (備註) and remove it.', row.line, rowText(row))
    : msg('Row {0} continues the notes above it ("{1}"): move it into the metadata (備註) and remove it.', row.line, rowText(row));
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
