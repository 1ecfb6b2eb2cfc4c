// Issue 12, item 7: resource files are never skipped in silence. Their type comes from their
// bytes (a text file named .xlsx is not a spreadsheet); they are listed with what was done with
// them, and a dataset with only a spreadsheet does not reach silver.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bytesReader, isResourcePath, sniffResource } from '../../src/core/resources/sniff';
import { docx, ods, ole2, xlsx, zip } from '../fixtures/resources/containers';

const CLI = join(resolve(__dirname, '..', '..', '..'), 'dist', 'cli.js');

describe('sniffResource: the type from the bytes', () => {
  const type = (b: Buffer) => sniffResource(bytesReader(new Uint8Array(b)));
  test('ZIP containers by their entries: xlsx, docx, ods; any other ZIP is an archive', async () => {
    assert.equal(await type(xlsx()), 'xlsx');
    assert.equal(await type(docx()), 'docx');
    assert.equal(await type(ods()), 'ods');
    assert.equal(await type(zip([['data/a.csv', 'a,b\n']])), 'zip');
  });
  test('OLE2 by the streams of its directory: Workbook is .xls, WordDocument is .doc', async () => {
    assert.equal(await type(ole2('Workbook')), 'xls');
    assert.equal(await type(ole2('Book')), 'xls');
    assert.equal(await type(ole2('WordDocument')), 'doc');
    assert.equal(await type(ole2('Other')), 'ole2');
  });
  test('%PDF- within the first KB; text is nothing of these', async () => {
    assert.equal(await type(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')), 'pdf');
    assert.equal(await type(Buffer.from('年度,人數\n2023,3\n')), null);
    assert.equal(await type(Buffer.alloc(0)), null);
  });
  test('names the CLI lists', () => {
    for (const p of ['a.xlsx', 'b.XLS', 'c.ods', 'd.pdf', 'dir.v2/e.docx']) { assert.ok(isResourcePath(p), p); }
    for (const p of ['a.csv', 'b.json', 'xlsx', 'dir.xlsx/readme']) { assert.ok(!isResourcePath(p), p); }
  });
});

function folder(files: Record<string, string | Buffer>): string {
  const d = mkdtempSync(join(tmpdir(), 'odb-res-'));
  for (const [n, b] of Object.entries(files)) { writeFileSync(join(d, n), b); }
  return d;
}

function check(dir: string, ...more: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'check', '.', '--offline', '--today', '2026-05-01', ...more], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

const META = JSON.stringify({ 主要欄位說明: '年度;人數', 編碼格式: 'UTF-8', 更新頻率: '每1年', 詮釋資料更新時間: '2026-03-01' });

describe('check lists resource files with what was done', () => {
  test('a spreadsheet beside its CSV: listed, not checked, the CSV carries the badge', () => {
    const out = JSON.parse(check(folder({ 'w.csv': '\uFEFF年度,人數\r\n2026,3\r\n', 'w.xlsx': xlsx(), 'w.metadata.json': META }), '--format', 'json'));
    const sheet = out.files.find((f: { path: string }) => f.path.endsWith('w.xlsx'));
    assert.equal(sheet.format, 'unknown');
    assert.deepEqual(sheet.findings, []);
    assert.deepEqual({ ...sheet.resource, l10n: undefined }, {
      type: 'xlsx', kind: 'spreadsheet', checked: false, l10n: undefined,
      note: 'spreadsheet (XLSX): not checked — publish a CSV beside it for the structured criterion',
    });
    const d = out.datasets.find((x: { resources: string[] }) => x.resources.some((p: string) => p.endsWith('w.xlsx')));
    assert.equal(d.resources.length, 2);
    assert.equal(d.badge.level, 'gold');
    assert.deepEqual(d.resourceFiles.map((r: { type: string; checked: boolean }) => [r.type, r.checked]), [['csv', true], ['xlsx', false]]);
  });

  test('a dataset with only a spreadsheet fails structured: bronze, never silver', () => {
    for (const sheet of [xlsx(), ole2('Workbook'), ods()]) {
      const out = JSON.parse(check(folder({ 'w.xls': sheet, 'w.metadata.json': META }), '--format', 'json'));
      const d = out.datasets[0];
      assert.equal(d.badge.level, 'bronze');
      const structured = d.badge.criteria.find((c: { id: string }) => c.id === 'structured');
      assert.equal(structured.status, 'fail');
      assert.match(structured.reason, /^spreadsheet \((XLSX|XLS|ODS)\): not checked/);
    }
  });

  test('the text output lists the file and, in its dataset, what was not checked', () => {
    const text = check(folder({ 'w.csv': '\uFEFF年度,人數\r\n2026,3\r\n', 'w.xlsx': xlsx(), 'w.pdf': Buffer.from('%PDF-1.4\n'), 'w.metadata.json': META }));
    assert.match(text, /^w\.xlsx {2}XLSX · spreadsheet \(XLSX\): not checked — publish a CSV beside it for the structured criterion$/m);
    assert.match(text, /^ {4}– w\.pdf: document \(PDF\): not checked/m);
    assert.match(text, /^ {4}– w\.xlsx: spreadsheet \(XLSX\): not checked/m);
    const zh = check(folder({ 'w.xlsx': xlsx() }), '--lang', 'zh-TW');
    assert.match(zh, /試算表（XLSX）：未檢查/);
  });

  test('a text file named .xlsx is checked as the text it is; a ZIP named .csv still gets not-text', () => {
    const out = JSON.parse(check(folder({ 'a.xlsx': '年度,人數\n2026,3\n', 'b.csv': xlsx() }), '--format', 'json'));
    const a = out.files.find((f: { path: string }) => f.path.endsWith('a.xlsx'));
    assert.equal(a.format, 'csv');
    assert.equal(a.resource.checked, true);
    assert.match(a.resource.note, /^checked as CSV: the content is text, not what the name \.xlsx says$/);
    assert.ok(a.badge.criteria.some((c: { id: string; status: string }) => c.id === 'structured' && c.status === 'pass'));
    const b = out.files.find((f: { path: string }) => f.path.endsWith('b.csv'));
    assert.ok(b.findings.some((x: { rule: string }) => x.rule === 'not-text'));
    assert.equal(b.encoding.binaryKind, 'ZIP archive (an Excel .xlsx workbook)');
  });
});
