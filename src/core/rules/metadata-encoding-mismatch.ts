// 編碼格式 in the metadata must name the file's real encoding (編碼描述與資料相符). Big5, CP950
// and Big5-HKSCS are one family; a pure-ASCII file is valid UTF-8 and valid Big5 alike.
import { baseOf } from '../metadata/paths';
import { normalizeEncodingName, sameEncodingFamily, encodingLabel } from '../encoding/names';
import type { DetectedEncoding } from '../encoding/detected';
import { msg } from '../messages';
import type { EncodingInfo, EncodingName } from '../types';
import type { Rule } from './rule';


/** Loose reading of what publishers write: "UTF8 (無BOM)", "Unicode(UTF-8)", "BIG-5 碼". */
export function declaredEncoding(text: string): string | null {
  const t = text.trim();
  if (normalizeEncodingName(t)) { return t; }
  const m = /utf-?8|utf-?16\s*-?\s*[lb]e|utf-?16|big-?5(?:-?hkscs)?|cp-?950|ms-?950|gb-?18030|gbk|shift[-_]?jis|ascii/i.exec(t);
  return m && normalizeEncodingName(m[0].replace(/\s+/g, '')) ? m[0].replace(/\s+/g, '') : null;
}

/** Detection says so when the bytes are pure ASCII (DetectedEncoding.ascii). */
function knownAscii(e: EncodingInfo): boolean {
  return (e as DetectedEncoding).ascii === true;
}

const NON_ASCII = /[^\x00-\x7f]/;

export const rule: Rule = {
  id: 'metadata-encoding-mismatch',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv', 'json', 'xml'],
  criterion: 'metadata-encoding',
  title: 'The metadata\'s 編碼格式 differs from the file\'s real encoding',
  create(ctx) {
    const declared = ctx.metadata?.fields['編碼格式'];
    const actual: EncodingName = ctx.encoding.name;
    const name = declared && !/[;；]/.test(declared.value) ? declaredEncoding(declared.value) : null;
    // only a UTF-8 file declared as something else needs to know whether it is pure ASCII
    let watchAscii = !!name && actual === 'utf-8' && sameEncodingFamily(name, actual) === false && !knownAscii(ctx.encoding);
    let sawNonAscii = false;
    const see = (s: string) => { if (NON_ASCII.test(s)) { sawNonAscii = true; watchAscii = false; } };
    return {
      csvRow(row) {
        if (!watchAscii) { return; }
        for (const v of row.values) { see(v); if (!watchAscii) { break; } }
      },
      end(facts) {
        if (!ctx.metadata) { return; }
        if (!declared) {
          ctx.setCriterion('metadata-encoding', 'unknown', msg('no 編碼格式 in the metadata'));
          return;
        }
        if (/[;；]/.test(declared.value)) {
          // a per-resource list that could not be narrowed to this file's entry
          ctx.setCriterion('metadata-encoding', 'unknown', msg('編碼格式 "{0}" lists several encodings and this file\'s entry is not known: name the file in 資料下載網址', declared.value));
          return;
        }
        if (!name) {
          ctx.setCriterion('metadata-encoding', 'unknown', msg('編碼格式 "{0}" is not an encoding name this tool knows', declared.value));
          return;
        }
        // CSV rows were watched; for JSON/XML the field names are the only text seen here
        if (watchAscii) { facts.fields?.forEach(see); }
        const csv = ctx.format === 'csv' || ctx.format === 'tsv';
        const ascii = knownAscii(ctx.encoding) || (csv && !sawNonAscii);
        const label = encodingLabel(actual, ctx.encoding.variant);
        if (sameEncodingFamily(name, actual, ascii)) {
          ctx.setCriterion('metadata-encoding', 'pass', msg('編碼格式 {0} matches the file', declared.value));
          return;
        }
        // a UTF-8 file is already what the platform wants: only the metadata is wrong
        const isUtf8 = actual === 'utf-8';
        const fixes = isUtf8 ? ['update-metadata-encoding'] as const : ['convert-utf8', 'update-metadata-encoding'] as const;
        ctx.report(ctx.firstLine, isUtf8
          ? msg('Wrong 編碼格式: the metadata says {0}, the file is {1}; correct 編碼格式.', declared.value, label)
          : msg('Wrong 編碼格式: the metadata says {0}, the file is {1}; convert the file to UTF-8 or correct 編碼格式.', declared.value, label),
        { fixes: [...fixes] });
        if (declared.range) {
          ctx.report(declared.range, msg('Wrong 編碼格式: {1} is {2}, not {0}.', declared.value, baseOf(ctx.path), label),
            { fixes: [...fixes], path: declared.source.path });
        }
        ctx.setCriterion('metadata-encoding', 'fail', msg('編碼格式 {0}, the file is {1}', declared.value, label));
      },
    };
  },
};
