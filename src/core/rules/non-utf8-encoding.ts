// non-utf8-encoding: the file is not UTF-8. One finding at line 1 naming the encoding, with the
// "Convert to UTF-8" fix; then one finding per Big5 user-defined character (造字) at its exact
// place, because the conversion refuses those until someone chooses a reading.
import { encodingLabel } from '../encoding/names';
import { msg, type Msg } from '../messages';
import type { EncodingInfo, EudcChar, Range } from '../types';
import type { ReportExtra, Rule } from './rule';

/** user-defined characters listed one by one; the rest are counted in one more finding */
export const LISTED_EUDC = 50;


export const rule: Rule = {
  id: 'non-utf8-encoding',
  defaultSeverity: 'warning',
  formats: 'any',
  api: true,
  criterion: null,
  title: 'The file is not encoded as UTF-8',
  create(ctx) {
    return {
      start() {
        const e = ctx.encoding;
        if (e.name === 'utf-8' || e.name === 'binary') { return; }
        ctx.report(ctx.firstLine, msg('The file is encoded as {0}, not UTF-8: Excel and the platform expect UTF-8.',
          encodingLabel(e.name, e.variant)), { fixes: ['convert-utf8'] });
        const chars = e.eudc ?? [];
        const total = Math.max(chars.length, e.eudcCount ?? 0);
        // the user-defined characters are information next to the main warning
        const info: ReportExtra = { fixes: ['convert-utf8'], severity: 'info' };
        for (const c of chars.slice(0, LISTED_EUDC)) { ctx.report(eudcRange(c, e), eudcMessage(c), info); }
        if (total > LISTED_EUDC) {
          ctx.report(ctx.firstLine, msg('{0} more Big5 user-defined characters (造字) are not listed ({1} in all).',
            total - LISTED_EUDC, total), info);
        }
      },
    };
  },
};

/** The character as the decoded text has it: the HKSCS reading when the file was read as HKSCS. */
function eudcRange(c: EudcChar, e: EncodingInfo): Range {
  const units = e.variant === 'big5-hkscs' && c.readings.hkscs ? c.readings.hkscs.length : 1;
  return { line: c.line, column: c.column, endLine: c.line, endColumn: c.column + units - 1 };
}

function eudcMessage(c: EudcChar): Msg {
  const pua = 'U+' + (c.readings.cp950 ?? c.readings.pua).charCodeAt(0).toString(16).toUpperCase();
  return c.readings.hkscs
    ? msg('Bytes {0} are a Big5 user-defined character (造字) with no certain reading: Big5-HKSCS reads {1}, Windows (CP950) the private-use {2}. Choose a reading before converting to UTF-8.',
      c.bytes, c.readings.hkscs, pua)
    : msg('Bytes {0} are a Big5 user-defined character (造字) with no certain reading: Big5-HKSCS has none, Windows (CP950) reads the private-use {1}. Choose a reading before converting to UTF-8.',
      c.bytes, pua);
}
