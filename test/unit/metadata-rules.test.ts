// The four metadata rules, driven through their visitors with metadata resolved from small
// in-memory folders: each positive and negative, with the criteria they set.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveMetadata } from '../../src/core/metadata';
import type { ResolvedMetadata } from '../../src/core/metadata/model';
import { render, type Msg } from '../../src/core/messages';
import type { Rule, ReportExtra } from '../../src/core/rules/rule';
import type { CriterionId, CriterionStatus, EncodingInfo, FileFormat, Range } from '../../src/core/types';
import { rule as missingRule } from '../../src/core/rules/metadata-missing';
import { rule as encodingRule } from '../../src/core/rules/metadata-encoding-mismatch';
import { rule as fieldsRule } from '../../src/core/rules/metadata-fields-mismatch';
import { rule as overdueRule } from '../../src/core/rules/update-overdue';
import { catalogueCsv, WAGES } from '../fixtures/metadata/catalogue';
import { memFs, textAt } from '../fixtures/metadata/mem-fs';

const UTF8: EncodingInfo = { name: 'utf-8', bom: false, confidence: 1 };
const BIG5: EncodingInfo = { name: 'big5', bom: false, confidence: 0.98, variant: 'cp950' };
const HEADER: Range = { line: 1, column: 1, endLine: 1, endColumn: 20 };

interface Run {
  findings: { range: Range; message: string; template: string; extra?: ReportExtra }[];
  criteria: Map<CriterionId, { status: CriterionStatus; reason: string }>;
}

function run(rule: Rule, o: {
  metadata: ResolvedMetadata | null; encoding?: EncodingInfo; format?: FileFormat; path?: string;
  fields?: string[] | null; rows?: string[][]; today?: string; graceDays?: number;
}): Run {
  const out: Run = { findings: [], criteria: new Map() };
  const v = rule.create({
    path: o.path ?? '/d/a.csv', format: o.format ?? 'csv', encoding: o.encoding ?? UTF8, metadata: o.metadata,
    today: o.today ?? '2026-03-10', graceDays: o.graceDays ?? 0, firstLine: { line: 1, column: 1, endLine: 1, endColumn: 1 }, links: null, openapi: null,
    report: (range: Range, m: Msg, extra?: ReportExtra) => out.findings.push({ range, message: render(m), template: m.template, extra }),
    setCriterion: (id: CriterionId, status: CriterionStatus, reason: Msg) => out.criteria.set(id, { status, reason: render(reason) }),
  });
  v.start?.();
  for (const values of o.rows ?? []) {
    // only `values` is read by these rules
    v.csvRow?.({ values } as never, {} as never);
  }
  const fields = o.fields === undefined ? ['年度', '訓練職類', '結訓人數', '就業率(%)'] : o.fields;
  v.end?.({ fields, fieldsRange: fields ? HEADER : null });
  return out;
}

async function meta(sidecar: Record<string, string> | string, extra: Record<string, string> = {}): Promise<{ m: ResolvedMetadata; text: string }> {
  const text = typeof sidecar === 'string' ? sidecar : JSON.stringify(sidecar, null, 2);
  const m = await resolveMetadata('/d/a.csv', memFs({ '/d/a.metadata.json': text, '/d/a.csv': 'x', ...extra }));
  assert.ok(m);
  return { m, text };
}

describe('metadata-missing', () => {
  test('no metadata: one finding at line 1 and three unknown criteria with the sidecar name', () => {
    const r = run(missingRule, { metadata: null, path: '/d/wages.csv' });
    assert.equal(r.findings.length, 1);
    assert.deepEqual(r.findings[0].range, { line: 1, column: 1, endLine: 1, endColumn: 1 });
    assert.match(r.findings[0].message, /wages\.metadata\.json/);
    for (const id of ['metadata-encoding', 'metadata-fields', 'timeliness'] as const) {
      assert.equal(r.criteria.get(id)?.status, 'unknown');
      assert.match(r.criteria.get(id)!.reason, /no metadata found: add wages\.metadata\.json/);
    }
  });
  test('metadata present: silent', async () => {
    const r = run(missingRule, { metadata: (await meta({ 編碼格式: 'UTF-8' })).m });
    assert.equal(r.findings.length, 0);
    assert.equal(r.criteria.size, 0);
  });
  test('not run on metadata files', () => {
    assert.ok(Array.isArray(missingRule.formats) && !missingRule.formats.includes('metadata'));
  });
});

describe('metadata-encoding-mismatch', () => {
  test('BIG5 declared, UTF-8 file with Chinese: a finding on the file and one on the value', async () => {
    const { m, text } = await meta({ 編碼格式: 'BIG5' });
    const r = run(encodingRule, { metadata: m, rows: [['年度', '名稱']] });
    assert.equal(r.findings.length, 2);
    assert.deepEqual(r.findings[0].range, { line: 1, column: 1, endLine: 1, endColumn: 1 });
    assert.deepEqual(r.findings[0].extra?.fixes, ['update-metadata-encoding']);
    const onMeta = r.findings[1];
    assert.equal(onMeta.extra?.path, '/d/a.metadata.json');
    assert.equal(textAt(text, onMeta.range), 'BIG5');
    assert.match(onMeta.message, /^Wrong 編碼格式: a\.csv is UTF-8, not BIG5/);
    assert.equal(r.criteria.get('metadata-encoding')?.status, 'fail');
  });
  test('UTF-8 declared, Big5 file: mismatch', async () => {
    const r = run(encodingRule, { metadata: (await meta({ 編碼格式: 'UTF-8' })).m, encoding: BIG5 });
    assert.equal(r.findings.length, 2);
    assert.match(r.findings[0].message, /Big5/);
  });
  test('same family passes: CP950 / big5-hkscs for a Big5 file, utf8 for UTF-8 with BOM', async () => {
    for (const [declared, enc] of [['CP950', BIG5], ['big5-hkscs', BIG5], ['Big5', { ...BIG5, variant: 'big5-hkscs' }], ['utf8', { ...UTF8, bom: true }], ['UTF-8 (無BOM)', UTF8]] as const) {
      const r = run(encodingRule, { metadata: (await meta({ 編碼格式: declared })).m, encoding: enc, rows: [['中文']] });
      assert.equal(r.findings.length, 0, declared);
      assert.equal(r.criteria.get('metadata-encoding')?.status, 'pass', declared);
      assert.match(r.criteria.get('metadata-encoding')!.reason, /matches the file/);
    }
  });
  test('a file detection calls pure ASCII matches BIG5 (JSON: no rows seen)', async () => {
    const m = (await meta({ 編碼格式: 'BIG5' })).m;
    assert.equal(run(encodingRule, { metadata: m, format: 'json', encoding: { ...UTF8, ascii: true } as EncodingInfo }).findings.length, 0);
    assert.equal(run(encodingRule, { metadata: m, format: 'json', fields: ['id'] }).findings.length, 2);
  });
  test('an ASCII-only CSV matches BIG5 as well', async () => {
    const r = run(encodingRule, { metadata: (await meta({ 編碼格式: 'BIG5' })).m, rows: [['id', 'name'], ['1', 'x']], fields: ['id', 'name'] });
    assert.equal(r.findings.length, 0);
    assert.equal(r.criteria.get('metadata-encoding')?.status, 'pass');
  });
  test('the per-resource value from a catalogue is the one checked, at its place in the row', async () => {
    const csv = catalogueCsv([{ ...WAGES, 資料下載網址: 'https://e/a.json;https://e/a.csv', 編碼格式: 'UTF-8;BIG5' }]);
    const m = await resolveMetadata('/d/a.csv', memFs({ '/d/list.csv': csv, '/d/a.csv': 'x' }));
    const r = run(encodingRule, { metadata: m, rows: [['年度']] });
    assert.equal(r.findings.length, 2);
    assert.equal(r.findings[1].extra?.path, '/d/list.csv');
    assert.equal(textAt(csv, r.findings[1].range), 'BIG5');
  });
  test('no 編碼格式 or an unknown name: unknown, no finding', async () => {
    let r = run(encodingRule, { metadata: (await meta({ 更新頻率: '每日' })).m });
    assert.equal(r.criteria.get('metadata-encoding')?.status, 'unknown');
    r = run(encodingRule, { metadata: (await meta({ 編碼格式: '中文' })).m });
    assert.equal(r.criteria.get('metadata-encoding')?.status, 'unknown');
    assert.equal(r.findings.length, 0);
  });
  test('a list whose entry for this file is not known: unknown, not the first entry', async () => {
    const r = run(encodingRule, { metadata: (await meta({ 編碼格式: 'UTF-8;BIG5' })).m, rows: [['中文']] });
    assert.equal(r.findings.length, 0);
    assert.equal(r.criteria.get('metadata-encoding')?.status, 'unknown');
    assert.match(r.criteria.get('metadata-encoding')!.reason, /several encodings/);
  });
  test('no metadata: nothing (metadata-missing speaks)', () => {
    const r = run(encodingRule, { metadata: null });
    assert.equal(r.findings.length + r.criteria.size, 0);
  });
});

describe('metadata-fields-mismatch', () => {
  test('the same fields (order, suffixes, width aside): pass with the count', async () => {
    const { m } = await meta({ 主要欄位說明: '訓練職類;年度(西元年);結訓人數;就業率（%）' });
    const r = run(fieldsRule, { metadata: m });
    assert.equal(r.findings.length, 0);
    assert.equal(r.criteria.get('metadata-fields')?.status, 'pass');
    assert.match(r.criteria.get('metadata-fields')!.reason, /4 fields/);
  });
  test('missing and extra: findings on the file and on each wrong name', async () => {
    const { m, text } = await meta({ 主要欄位說明: '年度(西元年);訓練職類;人數;就業率(%);性別' });
    const r = run(fieldsRule, { metadata: m });
    const onFile = r.findings.filter(f => !f.extra?.path);
    const onMeta = r.findings.filter(f => f.extra?.path === '/d/a.metadata.json');
    assert.equal(onFile.length, 2);
    assert.ok(onFile.every(f => f.range === HEADER));
    assert.match(onFile[0].message, /^2 fields in 主要欄位說明 but not in the file: 人數, 性別/);
    assert.match(onFile[1].message, /^1 field of the file not in 主要欄位說明: 結訓人數/);
    assert.deepEqual(onMeta.slice(0, 2).map(f => textAt(text, f.range)), ['人數', '性別']);
    // the undescribed field is reported on the whole value
    assert.equal(textAt(text, onMeta[2].range), '年度(西元年);訓練職類;人數;就業率(%);性別');
    assert.ok(r.findings.every(f => f.extra?.fixes?.includes('update-metadata-fields')));
    assert.equal(r.criteria.get('metadata-fields')?.status, 'fail');
  });
  test('messages name the declared fields without their (description) suffix', async () => {
    const { m } = await meta({ 主要欄位說明: '年度(西元年);縣市（名稱）;人數' });
    const r = run(fieldsRule, { metadata: m, fields: ['人數', '性別'], format: 'xml' });
    const onFile = r.findings.filter(f => !f.extra?.path);
    assert.match(onFile[0].message, /^2 fields in 主要欄位說明 but not in the file: 年度, 縣市$/);
    assert.ok(r.findings.every(f => !/西元年|名稱/.test(f.message)), r.findings.map(f => f.message).join('\n'));
  });
  test('`、` and `,` forms; JSON/XML fields', async () => {
    let r = run(fieldsRule, { metadata: (await meta({ 主要欄位說明: '序號、名稱、地址' })).m, fields: ['序號', '名稱', '地址'], format: 'json' });
    assert.equal(r.criteria.get('metadata-fields')?.status, 'pass');
    r = run(fieldsRule, { metadata: (await meta({ 主要欄位說明: 'id,name' })).m, fields: ['id', 'name', 'x'], format: 'xml' });
    assert.equal(r.criteria.get('metadata-fields')?.status, 'fail');
  });
  test('many wrong names: one finding on the value instead of one each', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `f${i}`).join(';');
    const r = run(fieldsRule, { metadata: (await meta({ 主要欄位說明: names })).m });
    assert.equal(r.findings.filter(f => f.extra?.path).length, 2);
  });
  test('no 主要欄位說明, or unreadable fields: unknown', async () => {
    let r = run(fieldsRule, { metadata: (await meta({ 編碼格式: 'UTF-8' })).m });
    assert.equal(r.criteria.get('metadata-fields')?.status, 'unknown');
    r = run(fieldsRule, { metadata: (await meta({ 主要欄位說明: 'a' })).m, fields: null });
    assert.equal(r.criteria.get('metadata-fields')?.status, 'unknown');
    assert.equal(r.findings.length, 0);
  });
});

describe('update-overdue', () => {
  test('overdue: a finding at 詮釋資料更新時間 and one on the file, with the due date', async () => {
    const { m, text } = await meta({ 更新頻率: '每1月', 詮釋資料更新時間: '2026-01-15 10:00:00' });
    const r = run(overdueRule, { metadata: m, today: '2026-03-10' });
    assert.equal(r.findings.length, 2);
    assert.match(r.findings[0].message, /^Overdue by 23 days: .*due by 2026-02-15 \(today is 2026-03-10\)/);
    assert.match(r.findings[1].message, /^Overdue by 23 days: 詮釋資料更新時間 2026-01-15 10:00:00 .*due by 2026-02-15\.$/);
    assert.equal(r.findings[1].extra?.path, '/d/a.metadata.json');
    assert.equal(textAt(text, r.findings[1].range), '2026-01-15 10:00:00');
    assert.equal(r.criteria.get('timeliness')?.status, 'fail');
  });
  test('on time, and overdue only after grace days', async () => {
    const { m } = await meta({ 更新頻率: '每1月', 詮釋資料更新時間: '2026-02-15' });
    assert.equal(run(overdueRule, { metadata: m, today: '2026-03-15' }).criteria.get('timeliness')?.status, 'pass');
    assert.equal(run(overdueRule, { metadata: m, today: '2026-03-16' }).criteria.get('timeliness')?.status, 'fail');
    assert.equal(run(overdueRule, { metadata: m, today: '2026-03-16', graceDays: 3 }).findings.length, 0);
    const late = run(overdueRule, { metadata: m, today: '2026-03-20', graceDays: 3 });
    assert.match(late.findings[0].message, /^Overdue by 2 days: .*due by 2026-03-18 \(3 grace days included; today is 2026-03-20\)/);
  });
  test('不定期更新 passes; unknown frequency or no update time is unknown', async () => {
    let r = run(overdueRule, { metadata: (await meta({ 更新頻率: '不定期更新' })).m });
    assert.equal(r.criteria.get('timeliness')?.status, 'pass');
    assert.match(r.criteria.get('timeliness')!.reason, /irregular/);
    r = run(overdueRule, { metadata: (await meta({ 更新頻率: '配合業務需要' })).m });
    assert.equal(r.criteria.get('timeliness')?.status, 'unknown');
    r = run(overdueRule, { metadata: (await meta({ 更新頻率: '每1年' })).m });
    assert.equal(r.criteria.get('timeliness')?.status, 'unknown');
    assert.match(r.criteria.get('timeliness')!.reason, /詮釋資料更新時間/);
    assert.equal(r.findings.length, 0);
  });
});
