// xml-encoding-mismatch: the XML declaration names another encoding than the bytes are in, or
// names none while the bytes are not UTF-8/UTF-16 (XML then means UTF-8). Any XML reader then
// decodes the file wrongly or rejects it. Converting to UTF-8 rewrites the declaration too.
import { encodingLabel, normalizeEncodingName, sameEncodingFamily } from '../encoding/names';
import { msg } from '../messages';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'xml-encoding-mismatch',
  defaultSeverity: 'error',
  formats: ['xml'],
  criterion: 'structured',
  title: 'The XML declaration names another encoding than the file is in',
  create(ctx) {
    return {
      xml(result) {
        const enc = ctx.encoding;
        if (enc.name === 'binary') { return; }
        const actual = encodingLabel(enc.name, enc.variant);
        const isUtf16 = enc.name === 'utf-16le' || enc.name === 'utf-16be';
        const d = result.declaredEncoding;
        if (d) {
          // "UTF-16" names both byte orders (the BOM tells which)
          if (isUtf16 && normalizeEncodingName(d.name) === 'utf-16le' && !/le$/i.test(d.name)) { return; }
          // null: a name we do not know; it is not judged
          if (sameEncodingFamily(d.name, enc.name, result.asciiOnly) !== false) { return; }
          ctx.report(
            { line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn },
            msg('Wrong XML encoding: the declaration says encoding="{0}", the file is {1}; convert the file to UTF-8 (the declaration is rewritten too).', d.name, actual),
            { fixes: ['convert-utf8'] });
          return;
        }
        if (enc.name === 'utf-8' || isUtf16) { return; }
        ctx.report(
          ctx.firstLine,
          result.hasDeclaration
            ? msg('Misread as UTF-8: the file is {0} and its XML declaration names no encoding; convert the file to UTF-8.', actual)
            : msg('Misread as UTF-8: the file is {0} and has no XML declaration; convert the file to UTF-8.', actual),
          { fixes: ['convert-utf8'] });
      },
    };
  },
};
