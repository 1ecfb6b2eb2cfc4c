// The file's real delimiter is not the one its extension calls for (tabs in a .csv). The table
// is analysed with the real delimiter; this is reported once.
import type { Rule } from './rule';
import { msg } from '../messages';

const NAMES: Record<string, string> = { ',': 'commas', '\t': 'tabs', ';': 'semicolons', '|': 'vertical bars' };

export const rule: Rule = {
  id: 'delimiter-mismatch',
  defaultSeverity: 'warning',
  formats: ['csv', 'tsv'],
  criterion: null,
  title: 'The delimiter does not fit the file extension',
  create(ctx) {
    return {
      csvLayout(l) {
        if (l.delimiter === l.expectedDelimiter) { return; }
        const m = l.delimiter === '\t' && l.expectedDelimiter === ','
          ? msg('The fields are separated by tabs, but the file is named .csv: rename it to .tsv, or separate the fields with commas.')
          : l.delimiter === ',' && l.expectedDelimiter === '\t'
            ? msg('The fields are separated by commas, but the file is named .tsv: rename it to .csv, or separate the fields with tabs.')
            : msg('The fields are separated by {0}, not by {1} as the file extension says.', NAMES[l.delimiter] ?? l.delimiter, NAMES[l.expectedDelimiter] ?? l.expectedDelimiter);
        ctx.report(ctx.firstLine, m);
      },
    };
  },
};
