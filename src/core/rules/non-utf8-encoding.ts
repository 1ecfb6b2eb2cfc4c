// non-utf8-encoding: the file is not UTF-8. One finding at line 1 naming the encoding, with the
// "Convert to UTF-8" fix; then one finding per Big5 user-defined character (造字) at its exact
// place, because the conversion refuses those until someone chooses a reading. In a file that
// falls short of gold the encoding is the first thing to fix (encodingFirst, below).
import { encodingLabel } from '../encoding/names';
import { msg, plural, render, type Msg } from '../messages';
import type { BadgeLevel, EncodingInfo, EudcChar, Finding, Range } from '../types';
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
        ctx.report(ctx.firstLine, mainMessage(encodingLabel(e.name, e.variant), false), { fixes: ['convert-utf8'] });
        const chars = e.eudc ?? [];
        const total = Math.max(chars.length, e.eudcCount ?? 0);
        // the user-defined characters are information next to the main warning
        const info: ReportExtra = { fixes: ['convert-utf8'], severity: 'info' };
        for (const c of chars.slice(0, LISTED_EUDC)) { ctx.report(eudcRange(c, e), eudcMessage(c), info); }
        if (total > LISTED_EUDC) {
          ctx.report(ctx.firstLine, plural(total - LISTED_EUDC, '{0} more Big5 user-defined character (造字), not listed ({1} in all).',
            '{0} more Big5 user-defined characters (造字), not listed ({1} in all).', total - LISTED_EUDC, total), info);
        }
      },
    };
  },
};

function mainMessage(label: string, first: boolean): Msg {
  return first
    ? msg('Not UTF-8 but {0}: convert the file to UTF-8 first. The other findings will be easier to read after conversion, and Excel and the platform expect UTF-8.', label)
    : msg('Not UTF-8 but {0}: convert the file to UTF-8, which Excel and the platform expect.', label);
}

/**
 * A file that falls short of gold: its encoding finding becomes an error (unless the rule's
 * severity was set) and goes first, since every other line reads as garbage until the file is
 * converted. The rule fails no criterion, so the badge stays what it was.
 */
export function encodingFirst(findings: readonly Finding[], level: BadgeLevel, severitySet: boolean): Finding[] {
  const main = mainMessage('', false).template;
  const at = level === 'gold' ? -1 : findings.findIndex(f => f.rule === 'non-utf8-encoding' && f.l10n?.template === main);
  if (at < 0) { return [...findings]; }
  const f = findings[at];
  const m = mainMessage(String(f.l10n?.args[0] ?? ''), true);
  const first: Finding = { ...f, severity: severitySet ? f.severity : 'error', message: render(m), l10n: m };
  return [first, ...findings.slice(0, at), ...findings.slice(at + 1)];
}

/** The character as the decoded text has it: the HKSCS reading when the file was read as HKSCS. */
function eudcRange(c: EudcChar, e: EncodingInfo): Range {
  const units = e.variant === 'big5-hkscs' && c.readings.hkscs ? c.readings.hkscs.length : 1;
  return { line: c.line, column: c.column, endLine: c.line, endColumn: c.column + units - 1 };
}

function eudcMessage(c: EudcChar): Msg {
  const pua = 'U+' + (c.readings.cp950 ?? c.readings.pua).charCodeAt(0).toString(16).toUpperCase();
  return c.readings.hkscs
    ? msg('Big5 user-defined character (造字), bytes {0}: no certain reading. Big5-HKSCS reads {1}, Windows (CP950) the private-use {2}; choose a reading before converting to UTF-8.',
      c.bytes, c.readings.hkscs, pua)
    : msg('Big5 user-defined character (造字), bytes {0}: no certain reading. Big5-HKSCS has none, Windows (CP950) reads the private-use {1}; choose a reading before converting to UTF-8.',
      c.bytes, pua);
}
