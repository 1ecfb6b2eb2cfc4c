// A header that spans more than one row: English codes over Chinese labels (the MOI layout),
// group names over sub-headers (merged cells), or a unit row above the header.
import type { Rule } from './rule';
import { msg } from '../messages';
import type { CsvLayout } from '../csv/model';
import type { Range } from '../types';
import { short } from '../csv/report-helpers';

function headerRange(l: CsvLayout): Range {
  const first = l.headerRows[0];
  const last = l.headerRows[l.headerRows.length - 1];
  return { line: first.line, column: 1, endLine: last.endLine, endColumn: last.endColumn };
}

export const rule: Rule = {
  id: 'multi-row-header',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Headers that span more than one row',
  create(ctx) {
    return {
      csvLayout(l) {
        if (l.headerRows.length < 2) { return; }
        const from = l.headerRows[0].line;
        const to = l.headerRows[l.headerRows.length - 1].endLine;
        const joinable = l.headerRows.length === 2 && (l.headerKind === 'group-sub' || l.headerKind === 'codes-labels');
        const extra = joinable ? { fixes: ['join-header-rows' as const] } : undefined;
        if (l.headerKind === 'codes-labels') {
          ctx.report(headerRange(l), msg('Multi-row header (rows {0}–{1}, codes and labels): keep one header row, e.g. the labels, and describe the codes in the metadata.', from, to), extra);
        } else if (l.headerKind === 'unit') {
          const unit = l.headerRows.find((_, k) => k !== l.labelRow);
          const text = unit ? short(unit.values.filter(v => v.trim()).join(' ')) : '';
          ctx.report(headerRange(l), msg('Multi-row header (rows {0}–{1}, a unit row "{2}"): put the unit into the column names or the metadata.', from, to, text), extra);
        } else {
          const example = l.columns.find(c => c.includes('_')) ?? l.columns.find(c => c) ?? '';
          ctx.report(headerRange(l), msg('Multi-row header (rows {0}–{1}, merged group cells): join them into one row, e.g. "{2}".', from, to, short(example)), extra);
        }
      },
    };
  },
};
