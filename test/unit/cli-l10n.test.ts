// Issue 12, item 4: with --lang zh-TW every string the CLI prints goes through the bundle. The
// CLI runs on the samples and on fixtures of every kind (spreadsheets too; check text, report md/html, fix, usage
// and read errors, help), and its output is searched for the English of every template in the
// sources (scripts/l10n-extract.js): none may be left. The same search on the English output
// finds plenty, so the test can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { rules } from '../../src/core/rules/registry';
import { CRITERIA } from '../../src/core/badge';
import { ods, xlsx } from '../fixtures/resources/containers';

const ROOT = resolve(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extractor = require(join(ROOT, 'scripts', 'l10n-extract.js')) as {
  extract(): { templates: Map<string, string[]> };
  bundle(lang: string): Record<string, string>;
};

function cli(args: string[], cwd = ROOT): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1', LANG: 'C' } });
  return r.stdout + '\n' + r.stderr;
}

/** A folder with one of each thing the text output can say. */
function fixtures(): string {
  const d = mkdtempSync(join(tmpdir(), 'odb-l10n-'));
  cpSync(join(ROOT, 'samples'), join(d, 'samples'), { recursive: true });
  const w = (name: string, body: string | Buffer) => writeFileSync(join(d, name), body);
  w('one.xml', '<?xml version="1.0" encoding="Big5"?><資料集><資料><年度>2023</年度></資料></資料集>');
  w('one.metadata.json', JSON.stringify({ 主要欄位說明: '年度(西元年);縣市(名稱)', 編碼格式: 'UTF-8', 更新頻率: '每日', 詮釋資料更新時間: '2026-05-01' }));
  w('w.csv', '\uFEFF年度,人數\r\n2026,3\r\n\r\n合計,3\r\n');
  w('w.json', '[{"年度": 2026, "人數": 3}, {"年度": 2025}]');
  w('w.metadata.json', JSON.stringify({ 主要欄位說明: '年度;縣市', 編碼格式: 'BIG5', 更新頻率: '每月一次', 詮釋資料更新時間: '昨天' }));
  w('zip.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3, 0, 0, 0xff]));
  // a 0-byte file (named so that its dataset's name is no English word of a template)
  w('zero-bytes.csv', '');
  w('w.xlsx', xlsx());
  w('only.ods', ods());
  w('text.xls', '年度,人數\n2026,3\n');
  w('bad.json', '{"a": [1, 2');
  w('bad.xml', '<a><b></a>');
  w('quotes.csv', 'a,b\n"1,2\n3,4\n');
  w('tabbed.csv', 'a\tb\n1\t2\n');
  w('big5.csv', iconv.encode('地區,人數\r\n臺北市,10\r\n', 'big5'));
  w('eudc.csv', Buffer.concat([iconv.encode('里名,人口\r\n', 'big5'), Buffer.from([0x95, 0xcd]), iconv.encode('行里,120\r\n', 'big5')]));
  return d;
}

function outputs(lang: string): string {
  const d = fixtures();
  const l = ['--lang', lang];
  return [
    cli(['check', 'samples', '--offline', '--today', '2026-11-26', ...l], d),
    cli(['check', '.', '--offline', '--today', '2026-11-26', '--grace-days', '2', ...l], d),
    cli(['check', 'nope.csv', ...l], d),
    cli(['check', 'samples', '--format', 'yaml', ...l], d),
    cli(['--help', ...l], d),
    cli(['report', '.', '--offline', '--today', '2026-11-26', '--format', 'md', ...l], d),
    htmlText(cli(['report', '.', '--offline', '--today', '2026-11-26', '--format', 'html', ...l], d)),
    cli(['fix', 'w.csv', 'zip.csv', 'eudc.csv', 'samples/training-employment/training-employment.json', '--all', '--dry-run', ...l], d),
    cli(['fix', 'big5.csv', 'samples/labor-force/labor-force-by-age.csv', '--utf8', '--all', ...l], d),
    cli(['fix', 'w.csv', ...l], d),
  ].join('\n');
}

/** The words of an HTML page (no tags, no style sheet). */
function htmlText(html: string): string {
  return html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The English pieces of every template: what is between its {n}, with a word of 3+ letters that
 *  no translation keeps (UTF-8, JSON, Excel… stay in zh-TW too) and that is not an id. */
function englishPieces(): string[] {
  const zh = extractor.bundle('zh-tw');
  const kept = new Set(Object.values(zh).flatMap(v => v.match(/[A-Za-z]{3,}/g) ?? []));
  const ids = new Set<string>([...rules.map(r => r.id), ...CRITERIA.map(c => c.id)]);
  const pieces = new Set<string>();
  for (const t of extractor.extract().templates.keys()) {
    for (const raw of t.split(/\{\d+\}/)) {
      const piece = raw.trim();
      const words = piece.match(/[A-Za-z]{3,}/g) ?? [];
      if (words.some(x => !kept.has(x)) && !ids.has(piece)) { pieces.add(piece); }
    }
  }
  return [...pieces];
}

function found(text: string, pieces: string[]): string[] {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // a word inside a longer name (quote-error, x.metadata.json) is not the piece
  const before = (p: string) => (/^[A-Za-z0-9]/.test(p) ? '(?<![A-Za-z0-9_./-])' : '');
  const after = (p: string) => (/[A-Za-z0-9]$/.test(p) ? '(?![A-Za-z0-9_/-])' : '');
  return pieces.filter(p => new RegExp(before(p) + esc(p) + after(p)).test(text));
}

test('zh-TW: no English template is left in anything the CLI prints', () => {
  const pieces = englishPieces();
  assert.ok(pieces.length > 200, `${pieces.length} English pieces`);
  const zhOut = outputs('zh-TW');
  assert.ok(zhOut.includes('預測標章') && zhOut.includes('資料集') && zhOut.includes('用法'), zhOut.slice(0, 400));
  const left = found(zhOut, pieces);
  const context = left.map(p => `${JSON.stringify(p)}: …${zhOut.slice(Math.max(0, zhOut.indexOf(p) - 60), zhOut.indexOf(p) + p.length + 20)}…`);
  assert.deepEqual(context, []);
});

test('the same search finds the English of the English output (the check can fail)', () => {
  const enOut = outputs('en');
  const hits = found(enOut, englishPieces());
  assert.ok(hits.length > 60, `${hits.length} pieces found: ${hits.slice(0, 10).join(' | ')}`);
  for (const p of ['predicted badge:', 'Predictions assume these unchecked criteria pass:', 'Usage:', ': nothing to fix', 'What would raise the score most']) {
    assert.ok(hits.includes(p), p);
  }
});
