// 建立詮釋資料: a dataset's sidecar NAME.metadata.json written from what its files determine —
// 主要欄位說明 from the header (in the `;` form), 編碼格式 as the platform spells the detected
// encoding, 檔案格式 and one entry per resource for every file of the dataset, 詮釋資料更新時間
// now, 更新頻率 as chosen — and every field the files cannot tell left empty for the publisher.
import { platformEncodingName } from '../fixes/metadata-update';
import { msg, type Msg } from '../messages';
import { parseFrequency } from '../timeliness/frequency';
import type { FileReport } from '../types';
import { compareFields, parseFieldList } from './field-list';
import { METADATA_FIELDS, type MetadataField } from './model';
import { baseOf } from './paths';

/** 更新頻率 values the platform uses (badge-rules.md §3), for a choice in the editor */
export const PLATFORM_FREQUENCIES: readonly string[] = ['每3分', '每30分', '每1時', '每1日', '每1月', '每3月', '每6個月', '每1年', '不定期更新'];

/** set by the platform, not by the publisher: never written */
const PLATFORM_SET: readonly MetadataField[] = ['資料集識別碼', '品質檢測', '上架日期', '資料量'];

const FORMAT_ORDER = ['csv', 'tsv', 'json', 'xml'];

export interface DescribeInput {
  /** the dataset's name (資料集名稱): the files' base name until the publisher names it */
  dataset: string;
  /** the checked data files of the dataset (NAME.csv, NAME.json, NAME.xml …) */
  reports: readonly FileReport[];
  /** 更新頻率, one of the platform's values (or any it understands); undefined: left empty */
  frequency?: string;
  /** the time written as 詮釋資料更新時間 */
  now: Date;
}

export interface Described {
  /** the sidecar's fields in the platform's column order; empty strings are for the publisher */
  fields: Partial<Record<MetadataField, string>>;
  /** the fields the files (and the choice of 更新頻率) determined */
  determined: MetadataField[];
  /** the fields left for the publisher to fill (資料集名稱 holds the file name meanwhile) */
  leftForUser: MetadataField[];
  /** the resources, in the order of the per-resource entries */
  resources: string[];
  /** what could not be written as the files say, and why */
  warnings: Msg[];
  /** NAME.metadata.json's text (2-space JSON) */
  text: string;
}

/** `2026-03-01 10:00:00`, Taiwan time (UTC+8, as the platform writes 詮釋資料更新時間) */
export function taiwanTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** The 主要欄位說明 list of a header, or null when a name cannot be written in it (a `;` inside). */
export function fieldListOf(fields: readonly string[]): string | null {
  const list = fields.filter(f => f.trim() !== '').join(';');
  const back = parseFieldList(list).map(i => i.name + (i.suffix ?? ''));
  const { missing, extra } = compareFields(back, [...fields]);
  return missing.length || extra.length ? null : list;
}

export function describeDataset(input: DescribeInput): Described {
  const warnings: Msg[] = [];
  const resources = [...input.reports]
    .filter(r => FORMAT_ORDER.includes(r.format))
    .sort((a, b) => FORMAT_ORDER.indexOf(a.format) - FORMAT_ORDER.indexOf(b.format) || a.path.localeCompare(b.path));
  const values = new Map<MetadataField, string>();
  const determined: MetadataField[] = [];
  const set = (f: MetadataField, v: string | null) => { if (v) { values.set(f, v); determined.push(f); } };

  const withFields = resources.find(r => r.fields && r.fields.length > 0);
  if (withFields?.fields) {
    const list = fieldListOf(withFields.fields);
    if (list === null) { warnings.push(msg('主要欄位說明 is left empty: a field name of {0} holds a separator (;) or unbalanced brackets.', baseOf(withFields.path))); }
    set('主要欄位說明', list);
    for (const other of resources) {
      if (other === withFields || !other.fields) { continue; }
      const d = compareFields(other.fields, withFields.fields);
      if (d.missing.length || d.extra.length) {
        warnings.push(msg('{0} and {1} have different fields: 主要欄位說明 follows {1}.', baseOf(other.path), baseOf(withFields.path)));
      }
    }
  } else {
    warnings.push(msg('主要欄位說明 is left empty: no file of the dataset has a header or records to read the fields from.'));
  }
  set('檔案格式', resources.map(r => r.format.toUpperCase()).join(';'));
  const encodings = resources.map(r => platformEncodingName(r.encoding) ?? '');
  // one value stands for every resource; different ones are listed per resource
  set('編碼格式', encodings.every(e => e === encodings[0]) ? encodings[0] : encodings.join(';'));
  if (input.frequency !== undefined && input.frequency.trim() !== '') {
    if (parseFrequency(input.frequency) === null) { throw new Error(`更新頻率 "${input.frequency}" is not a frequency: use one of ${PLATFORM_FREQUENCIES.join(', ')}`); }
    set('更新頻率', input.frequency.trim());
  }
  set('詮釋資料更新時間', taiwanTime(input.now));

  const fields: Partial<Record<MetadataField, string>> = {};
  const leftForUser: MetadataField[] = [];
  for (const f of METADATA_FIELDS) {
    if (PLATFORM_SET.includes(f)) { continue; }
    const v = f === '資料集名稱' ? input.dataset : values.get(f) ?? '';
    fields[f] = v;
    if (!values.has(f)) { leftForUser.push(f); }
  }
  return { fields, determined, leftForUser, resources: resources.map(r => r.path), warnings, text: JSON.stringify(fields, null, 2) + '\n' };
}
