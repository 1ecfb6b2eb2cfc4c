// The file's real delimiter is not the one its extension calls for (tabs in a .csv). The table
// is analysed with the real delimiter; this is reported once.
import type { Rule } from './rule';
import { msg, withWords } from '../messages';

/** words of the bundle, translated where they are put in */
const NAMES: Record<string, string> = {
  ',': msg('commas').template, '\t': msg('tabs').template, ';': msg('semicolons').template, '|': msg('vertical bars').template,
};

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
          ? msg('Tabs in a .csv file: rename it to .tsv, or separate the fields with commas.')
          : l.delimiter === ',' && l.expectedDelimiter === '\t'
            ? msg('Commas in a .tsv file: rename it to .csv, or separate the fields with tabs.')
            : withWords(msg('Separated by {0}, not {1}: the file extension calls for {1}.',
              NAMES[l.delimiter] ?? l.delimiter, NAMES[l.expectedDelimiter] ?? l.expectedDelimiter), 0, 1);
        ctx.report(ctx.firstLine, m);
      },
    };
  },
};
