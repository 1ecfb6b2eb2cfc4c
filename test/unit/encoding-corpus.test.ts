// The 47 real files of ../shared/corpus: detection must agree with manifest.tsv's `encoding`
// column for every one, streamed or not, and decoding must not produce a U+FFFD.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { CORPUS_SKIP } from '../corpus/manifest';
import { join, resolve } from 'node:path';
import { createSniffer, decode, detectEncoding } from '../../src/core/encoding';

const ROOT = resolve(__dirname, '..', '..', '..');
const CORPUS = resolve(ROOT, '../shared/corpus');

/** manifest label -> what detection reports, as "name" or "name+bom" */
const EXPECTED: Record<string, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8+bom',
  'utf-16le-bom': 'utf-16le+bom',
  'cp950': 'big5',
  'binary': 'binary',
};

interface Row { file: string; encoding: string; note: string }

function manifest(): Row[] {
  const lines = readFileSync(join(CORPUS, 'manifest.tsv'), 'utf8').trim().split('\n');
  const head = lines[0].split('\t');
  const col = (name: string) => head.indexOf(name);
  return lines.slice(1).map(l => {
    const c = l.split('\t');
    return { file: c[col('file')], encoding: c[col('encoding')], note: c[col('note')] };
  });
}

function count(s: string, needle: string): number {
  let n = 0;
  for (let i = s.indexOf(needle); i !== -1; i = s.indexOf(needle, i + 1)) { n++; }
  return n;
}

const present = existsSync(join(CORPUS, 'manifest.tsv'));

test('corpus: every file is detected as manifest.tsv says', { skip: present ? false : CORPUS_SKIP }, () => {
  const rows = manifest();
  assert.equal(rows.length, 47);
  const wrong: string[] = [];
  for (const r of rows) {
    const want = EXPECTED[r.encoding];
    assert.ok(want, `unknown manifest encoding ${r.encoding}`);
    const e = detectEncoding(readFileSync(join(CORPUS, 'files', r.file)));
    const got = e.name + (e.bom ? '+bom' : '');
    if (got !== want) { wrong.push(`${r.file}: ${got}, manifest says ${r.encoding}`); }
  }
  assert.deepEqual(wrong, []);
});

test('corpus: streamed in 64 KB chunks, the same answers; text decodes without U+FFFD', { skip: present ? false : CORPUS_SKIP }, () => {
  for (const r of manifest()) {
    const data = readFileSync(join(CORPUS, 'files', r.file));
    const whole = detectEncoding(data);
    const s = createSniffer();
    for (let i = 0; i < data.length; i += 65536) { s.push(data.subarray(i, i + 65536)); }
    assert.deepEqual(s.finish(), whole, r.file);
    if (whole.name === 'binary') { continue; }
    const text = decode(data, whole);
    // 011 really contains U+FFFD (EF BF BD: an earlier lossy conversion); decoding must add none
    const literal = whole.name === 'utf-8' ? count(data.toString('latin1'), '\xef\xbf\xbd') : 0;
    assert.equal(count(text, '\ufffd'), literal, `${r.file}: U+FFFD from decoding`);
    assert.notEqual(text.charCodeAt(0), 0xfeff, `${r.file} keeps its BOM`);
  }
});

test('corpus: Big5 files read as the manifest describes them', { skip: present ? false : CORPUS_SKIP }, () => {
  const text = (f: string) => {
    const data = readFileSync(join(CORPUS, 'files', f));
    return decode(data, detectEncoding(data)).split(/\r\n|\r|\n/);
  };
  // 001: notes_rows@L25-28 begin with '說明:'; 014: the header has the total column 總計人數
  assert.match(text('001_twse_fmtqik_monthly_big5.csv')[24], /^"?說明/);
  assert.match(text('014_tpe_conscription_stats_big5.csv')[0], /總計人數/);
  assert.match(text('036_tpex_otc_index_intraday_big5.json')[0], /櫃買指數/);
  // 005: UTF-16LE, tab-delimited, 27 fields
  assert.equal(text('005_moi_edu_by_village_2013_utf16.csv')[0].split('\t').length, 27);
});
