// The analyzer fed UTF-8 bytes (read as a byte string, never decoded whole) gives exactly the rows
// it gives for the decoded text: roles, values, lines, UTF-16 columns, quote errors, formulas;
// only the offsets count bytes. Any chunking, including chunks that cut a character.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, analyseBytes, snapshot } from './csv-harness';
import { HEADER, makeRows } from '../bench/generate';

/** the snapshot without the offsets, and the offsets apart */
function split(a: ReturnType<typeof analyse>): { rest: unknown; offsets: [number, number][] } {
  const snap = snapshot(a) as { rows: { start?: number; end?: number }[] };
  const offsets = snap.rows.map(r => [r.start as number, r.end as number] as [number, number]);
  for (const r of snap.rows) { delete r.start; delete r.end; }
  return { rest: snap, offsets };
}

const CASES = [
  'a,b,c\n1,2,3\n',
  '名稱,數量\n"臺北市\n中正區","1,234"\n其　他,-\n',
  'emoji,v\n"😀😀",1\n😀,"😀\n😀"\n',
  'id,name\n1,5\'10" tall\n臺北,"quoted"text",x\n="0050",=SUM(A1:A9)\n',
  '地區,人數\n臺北市,"never closed\n新北市,2\n',
  // padding that is blank: NBSP, ideographic space, BOM; a number with a NBSP; a formula after one
  '項目,金額,備註\n\u00a0,\u3000,\ufeff\n甲,\u00a012,=\u00a0A1\n乙,3\u00a0,x\n',
  // totals in path labels with full-width separators, and a sum row
  '年度/ 地區,人數,金額\n110年／臺北市,10,100\n110年／新北市,20,200\n110年－合計,30,300\n110年/ 總計,30,300\n',
  // a sum row whose number is padded with a NBSP: it still adds up
  '地區,男,女,戶數,面積\n甲,12,130,7,1.5\n乙,27,210,9,2.25\n丙,5,54,3,0.75\n丁,8,91,2,3.5\n,\u00a052,485,21\u00a0,8\n',
  'h1,h2\r"lone\rcr",v\rlast,row',
  '"\n"\n\r\n\r\r\n',
  '縣市,值\n臺北市,1\n\n註：單位為人\n資料來源：內政部\n',
];

describe('csv analyzer: UTF-8 bytes == decoded text', () => {
  test('small tricky files, every chunk size up to 5 bytes and whole', () => {
    for (const text of CASES) {
      const want = split(analyse(text));
      for (const chunk of [0, 1, 2, 3, 4, 5]) {
        const got = split(analyseBytes(text, { chunk }));
        assert.deepEqual(got.rest, want.rest, `chunks of ${chunk}: ${JSON.stringify(text)}`);
        // the offsets are the UTF-8 lengths of the text before them
        assert.deepEqual(got.offsets, want.offsets.map(([a, b]) => [Buffer.byteLength(text.slice(0, a)), Buffer.byteLength(text.slice(0, b))]));
      }
    }
  });

  test('a realistic file (fast path) in 1 MB, 4 KB and 7-byte chunks', () => {
    // after the layout sample (values read in place): a sum row whose numbers are padded with NBSPs
    const sum = '\n2020-01,臺北市,製造業,"1,000","30,000",1,1,1,1,無\n2020-01,臺北市,製造業,"2,000","40,000",2,2,2,2,無\n' +
      '2020-01,臺北市,製造業,"\u00a03,000","70,000\u00a0",,,,,無\n';
    const text = HEADER + makeRows(5, 3000).replace(/\n/g, (m, i: number) => (i % 7 === 0 ? '\r\n' : m)) + '合計,,,"1,000","1,000",1,1,1,1,-\n' + sum;
    const a = analyse(text);
    assert.equal(a.rows[a.rows.length - 1].role, 'subtotal');
    const want = split(a).rest;
    for (const chunk of [1 << 20, 4096, 7]) {
      assert.deepEqual(split(analyseBytes(text, { chunk })).rest, want, `chunks of ${chunk}`);
    }
  });

  test('random records: the byte path (four bytes at a time where it can) gives the text path\'s rows', () => {
    // stop characters (delimiter, quote, line breaks) and the bytes just above and below them,
    // at every offset from a four-byte word, among ASCII runs and multi-byte characters
    const pieces = ['a', 'bc', '123', '4567', ' ', '!', '#', '+', ',', '-', '"', '""', '\t', '\r', '\n', '\r\n', '臺北', '😀', 'é', '=1', '\u00a0'];
    let x = 23;
    const rnd = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
    for (let iter = 0; iter < 300; iter++) {
      let text = '';
      for (let n = 20 + rnd(200); n > 0; n--) { text += pieces[rnd(pieces.length)]; }
      for (const delimiter of [',', '\t'] as const) {
        const want = split(analyse(text, { expectedDelimiter: delimiter })).rest;
        assert.deepEqual(split(analyseBytes(text, { expectedDelimiter: delimiter })).rest, want, `${delimiter === ',' ? 'CSV' : 'TSV'} ${JSON.stringify(text)}`);
      }
    }
  });

  test('columns after multi-byte characters on long lines that cross chunks', () => {
    const text = '甲,乙\n' + '臺'.repeat(5000) + ',x"y\n' + '"' + '北'.repeat(3000) + '\n' + '中'.repeat(100) + '",z\n';
    const want = split(analyse(text)).rest;
    for (const chunk of [1, 1000, 4096]) {
      assert.deepEqual(split(analyseBytes(text, { chunk })).rest, want, `chunks of ${chunk}`);
    }
  });
});
