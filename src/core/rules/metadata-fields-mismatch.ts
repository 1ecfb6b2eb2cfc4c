// 主要欄位說明 must describe the file's fields (欄位描述與資料相符), both ways: every declared name
// is a field of the file, and every field of the file is declared. Order and `(description)`
// suffixes do not matter; case (Latin), full/half width and surrounding spaces do not either.
import { baseOf } from '../metadata/paths';
import { compareFields, parseFieldList } from '../metadata/field-list';
import type { MetadataFieldItem } from '../metadata/model';
import { msg, plural } from '../messages';
import type { Rule } from './rule';

/** beyond this many wrong names, one finding on the whole value instead of one per name */
const PER_NAME_LIMIT = 20;
/** names listed in a message */
const LIST = 8;

function list(names: string[]): string {
  const shown = names.slice(0, LIST).join(', ');
  return names.length > LIST ? `${shown} … (+${names.length - LIST})` : shown;
}

function matches(c: { missing: string[]; extra: string[] }): boolean {
  return c.missing.length === 0 && c.extra.length === 0;
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
        // a report around its records (an earthquake and its shaking areas): describing the
        // report instead of the records is a reading of the file too
        const direct = compareFields(fulls, facts.fields);
        const outer = facts.outerFields && !matches(direct) ? compareFields(fulls, facts.outerFields) : null;
        const { missing, extra, matched } = outer && matches(outer) ? outer : direct;
        // messages name a declared field as the file would: without its `(description)`
        const nameOf = new Map(items.map((it, k) => [fulls[k], it.name]));
        const names = (raw: string[]) => raw.map(r => nameOf.get(r) ?? r);
        if (missing.length === 0 && extra.length === 0) {
          ctx.setCriterion('metadata-fields', 'pass', plural(matched, '主要欄位說明 matches the file\'s {0} field', '主要欄位說明 matches the file\'s {0} fields'));
          return;
        }
        const fixes = { fixes: ['update-metadata-fields' as const] };
        const where = facts.fieldsRange ?? ctx.firstLine;
        if (missing.length) {
          ctx.report(where, plural(missing.length, '{0} field in 主要欄位說明 but not in the file: {1}',
            '{0} fields in 主要欄位說明 but not in the file: {1}', missing.length, list(names(missing))), fixes);
        }
        if (extra.length) {
          ctx.report(where, plural(extra.length, '{0} field of the file not in 主要欄位說明: {1}',
            '{0} fields of the file not in 主要欄位說明: {1}', extra.length, list(extra)), fixes);
        }
        const meta = { ...fixes, path: declared.source.path };
        const perName = missing.length <= PER_NAME_LIMIT && items.every(i => i.range);
        if (missing.length && perName) {
          const left = [...missing];
          items.forEach((it, k) => {
            const at = left.indexOf(fulls[k]);
            if (at < 0 || !it.range) { return; }
            left.splice(at, 1);
            ctx.report(it.range, msg('No such field in {1}: {0} is listed here, but the file does not have it.', it.name, baseOf(ctx.path)), meta);
          });
        } else if (missing.length && declared.range) {
          ctx.report(declared.range, plural(missing.length, '{0} field listed but not in {1}: {2}', '{0} fields listed but not in {1}: {2}',
            missing.length, baseOf(ctx.path), list(names(missing))), meta);
        }
        if (extra.length && declared.range) {
          ctx.report(declared.range, plural(extra.length, '{0} field of {1} not listed: {2}', '{0} fields of {1} not listed: {2}',
            extra.length, baseOf(ctx.path), list(extra)), meta);
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
