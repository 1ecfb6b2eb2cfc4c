// A dataset's reason names each file once, before that file's parts (issue 12, item 5: the text
// output printed "w.csv:, 主要欄位說明: …, w.json:, …").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { msg, render } from '../../src/core/messages';
import { fileLabel, joinReason } from '../../src/core/reason-text';

const CLI = join(resolve(__dirname, '..', '..', '..'), 'dist', 'cli.js');

test('joinReason: a label and its first part by a space, parts by ", ", files by "; "', () => {
  const parts = [fileLabel('a.csv'), msg('{0} blank row', 1), msg('{0} subtotal rows', 2), fileLabel('b.json'), msg('not well-formed JSON')];
  assert.equal(joinReason(parts, m => render(m)), 'a.csv: 1 blank row, 2 subtotal rows; b.json: not well-formed JSON');
  assert.equal(joinReason([msg('x'), msg('y')], m => render(m)), 'x, y');
  assert.equal(joinReason([], m => render(m)), '');
});

function twoResourceDataset(): string {
  const d = mkdtempSync(join(tmpdir(), 'odb-reason-'));
  writeFileSync(join(d, 'w.csv'), 'a,b\n1,2\n');
  writeFileSync(join(d, 'w.json'), '[{"a": 1, "b": 2}]');
  writeFileSync(join(d, 'w.metadata.json'), JSON.stringify({ 主要欄位說明: 'a;c', 編碼格式: 'UTF-8' }));
  return d;
}

for (const lang of ['en', 'zh-TW']) {
  test(`check text (${lang}): the dataset's reasons name each file once, with no ":," after it`, () => {
    const r = spawnSync(process.execPath, [CLI, 'check', twoResourceDataset(), '--offline', '--lang', lang], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 0, r.stderr);
    const datasets = r.stdout.slice(r.stdout.lastIndexOf('\n\n', r.stdout.search(/\n(Datasets|資料集)\n/)));
    const line = datasets.split('\n').find(l => l.includes('metadata-fields'));
    assert.ok(line, datasets);
    assert.doesNotMatch(line, /:,/);
    assert.match(line, /w\.csv: \S.*; w\.json: \S/);
    assert.equal(line.split('w.csv').length, 2, line);
  });
}
