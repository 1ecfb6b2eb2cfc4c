// 主要欄位說明 must describe the file's fields (欄位描述與資料相符), both ways: every declared name
// is a field of the file, and every field of the file is declared. Order and `(description)`
// suffixes do not matter; case (Latin), full/half width and surrounding spaces do not either.
import { baseOf } from '../metadata/paths';
import { compareFields, parseFieldList } from '../metadata/field-list';
import type { MetadataFieldItem } from '../metadata/model';
import { msg } from '../messages';
import type { Range } from '../types';
import type { Rule } from './rule';

const LINE1: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
/** beyond this many wrong names, one finding on the whole value instead of one per name */
const PER_NAME_LIMIT = 20;
/** names listed in a message */
const LIST = 8;

function list(names: string[]): string {
  const shown = names.slice(0, LIST).join(', ');
  return names.length > LIST ? `${shown} … (+${names.length - LIST})` : shown;
}

function full(i: MetadataFieldItem): string {
  return i.description !== undefined ? `${i.name}(${i.description})` : i.name;
}

export const rule: Rule = {
  id: 'metadata-fields-mismatch',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv', 'json', 'xml'],
  criterion: 'metadata-fields',
  title: 'The metadata\'s 主要欄位說明 differs from the file\'s fields',
  create(ctx) {
    return {
      end(facts) {
        if (!ctx.metadata) { return; }
        const declared = ctx.metadata.fields['主要欄位說明'];
        if (!declared) {
          ctx.setCriterion('metadata-fields', 'unknown', msg('no 主要欄位說明 in the metadata'));
          return;
        }
        if (!facts.fields || facts.fields.filter(f => f.trim()).length === 0) {
          ctx.setCriterion('metadata-fields', 'unknown', msg('the file\'s fields could not be read'));
          return;
        }
        const items: MetadataFieldItem[] = declared.items
          ?? parseFieldList(declared.value).map(i => ({ name: i.name, description: i.description }));
        const fulls = items.map(full);
        const { missing, extra, matched } = compareFields(fulls, facts.fields);
        // messages name a declared field as the file would: without its `(description)`
        const nameOf = new Map(items.map((it, k) => [fulls[k], it.name]));
        const names = (raw: string[]) => raw.map(r => nameOf.get(r) ?? r);
        if (missing.length === 0 && extra.length === 0) {
          ctx.setCriterion('metadata-fields', 'pass', msg('主要欄位說明 matches the file\'s {0} fields', matched));
          return;
        }
        const fixes = { fixes: ['update-metadata-fields' as const] };
        const where = facts.fieldsRange ?? LINE1;
        if (missing.length) {
          ctx.report(where, msg('主要欄位說明 lists {0} field(s) the file does not have: {1}', missing.length, list(names(missing))), fixes);
        }
        if (extra.length) {
          ctx.report(where, msg('The file has {0} field(s) that 主要欄位說明 does not describe: {1}', extra.length, list(extra)), fixes);
        }
        const meta = { ...fixes, path: declared.source.path };
        const perName = missing.length <= PER_NAME_LIMIT && items.every(i => i.range);
        if (missing.length && perName) {
          const left = [...missing];
          items.forEach((it, k) => {
            const at = left.indexOf(fulls[k]);
            if (at < 0 || !it.range) { return; }
            left.splice(at, 1);
            ctx.report(it.range, msg('{0} is listed in 主要欄位說明, but {1} has no such field.', it.name, baseOf(ctx.path)), meta);
          });
        } else if (missing.length && declared.range) {
          ctx.report(declared.range, msg('主要欄位說明 lists {0} field(s) that {1} does not have: {2}', missing.length, baseOf(ctx.path), list(names(missing))), meta);
        }
        if (extra.length && declared.range) {
          ctx.report(declared.range, msg('主要欄位說明 does not describe {0} field(s) of {1}: {2}', extra.length, baseOf(ctx.path), list(extra)), meta);
        }
        ctx.setCriterion('metadata-fields', 'fail', extra.length && missing.length
          ? msg('主要欄位說明: {0} listed but not in the file, {1} in the file but not listed', missing.length, extra.length)
          : missing.length
            ? msg('主要欄位說明: {0} listed but not in the file', missing.length)
            : msg('主要欄位說明: {0} in the file but not listed', extra.length));
      },
    };
  },
};
