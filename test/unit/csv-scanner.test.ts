// The streaming scanner: same result for any chunking, papaparse's fields on well-formed input,
// exact positions, quote errors, and bad input that must neither crash nor hang.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { CsvScanner } from '../../src/core/csv/scanner';
import type { Row } from '../../src/core/csv/row';
import { analyse, snapshot } from './csv-harness';
import { HEADER, makeRows } from '../bench/generate';

function scan(text: string, chunks: string[] = [text], delimiter = ','): Row[] {
  const rows: Row[] = [];
  const s = new CsvScanner({ delimiter, onRow: r => rows.push(r) });
  for (const c of chunks) { s.push(c); }
  s.end();
  return rows;
}

const TRICKY = [
  'a,b,c\n1,2,3\n',
  'a,b\r\n"x, y","z"\r\n"multi\r\nline",q\r\n',
  'h1,h2\r"lone\rcr",v\rlast,row',
  '"a""b",c\n"","x"\n,\n\n"end"',
  '名稱,數量\n"臺北市\n中正區","1,234"\n其　他,-\n',
  'a,b,\n1,2,\n3,4,\n',
  'x,"unclosed\nmore,lines\n',
  'id,name\n1,5\'10" tall\n2,"quoted"text",x\n="0050",=SUM(A1:A9)\n',
  'emoji,v\n"😀😀",1\n😀,"😀\n😀"\n',
  '"\n"\n\r\n\r\r\n',
];

describe('csv scanner', () => {
  test('any chunking gives the same rows as one chunk (every split point, and 1-character chunks)', () => {
    for (const text of TRICKY) {
      const whole = snapshot(analyse(text));
      assert.deepEqual(snapshot(analyse(text, { chunk: 1 })), whole, `1-char chunks: ${JSON.stringify(text)}`);
      assert.deepEqual(snapshot(analyse(text, { chunk: 3, ranges: true })), whole, `3-char ranges: ${JSON.stringify(text)}`);
      for (let i = 1; i < text.length; i++) {
        const rows = scan(text, [text.slice(0, i), text.slice(i)]);
        const one = scan(text);
        const ranged: Row[] = [];
        const sc = new CsvScanner({ delimiter: ',', onRow: r => ranged.push(r) });
        sc.push(text, 0, i);
        sc.push(text, i, text.length);
        sc.end();
        assert.deepEqual(ranged.map(r => [r.values, r.line, r.endLine, r.endColumn, r.quoteErrors, r.cell(0)]),
          one.map(r => [r.values, r.line, r.endLine, r.endColumn, r.quoteErrors, r.cell(0)]), `ranges split at ${i}: ${JSON.stringify(text)}`);
        assert.deepEqual(rows.map(r => [r.values, r.line, r.endLine, r.endColumn, r.quoteErrors, r.cell(0)]),
          one.map(r => [r.values, r.line, r.endLine, r.endColumn, r.quoteErrors, r.cell(0)]), `split at ${i}: ${JSON.stringify(text)}`);
      }
    }
  });

  test('the fast path (whole records in a chunk) and the general path agree on a realistic file', () => {
    const text = HEADER + makeRows(3, 3000).replace(/\n/g, (m, i: number) => (i % 7 === 0 ? '\r\n' : m));
    const whole = snapshot(analyse(text));
    for (const chunk of [7, 4096]) {
      assert.deepEqual(snapshot(analyse(text, { chunk })), whole, `chunks of ${chunk}`);
      assert.deepEqual(snapshot(analyse(text, { chunk, ranges: true })), whole, `ranges of ${chunk}`);
    }
  });

  test('CRLF split across chunks is one line break', () => {
    const rows = scan('', ['a,b\r', '\nc,d\r', '\n']);
    assert.deepEqual(rows.map(r => [r.values, r.line]), [[['a', 'b'], 1], [['c', 'd'], 2]]);
  });

  test('yields the same fields as papaparse on well-formed input', () => {
    const cells = ['plain', '"quoted, comma"', '"say ""hi"""', '"two\nlines"', '', '1,234', '"1,234"', '臺北市', '"\r\n"'];
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let t = 0; t < 30; t++) {
      const eol = ['\n', '\r\n'][t % 2];
      const lines: string[] = [];
      for (let r = 0; r < 20; r++) {
        lines.push(Array.from({ length: 4 }, () => cells[rnd(cells.length)]).join(','));
      }
      const text = lines.join(eol) + eol;
      const papa = Papa.parse<string[]>(text, { delimiter: ',', newline: eol as '\n' }).data;
      if (papa.length && papa[papa.length - 1].length === 1 && papa[papa.length - 1][0] === '') { papa.pop(); }
      assert.deepEqual(scan(text).map(r => r.values), papa, JSON.stringify(text));
    }
  });

  test('positions: lines of multi-line records, cells, UTF-16 columns', () => {
    const rows = scan('a,b\n"x\r\ny",z\n😀,"q"');
    assert.deepEqual([rows[1].line, rows[1].endLine, rows[1].endColumn], [2, 3, 4]);
    assert.deepEqual(rows[1].cell(0), { line: 2, column: 1, endLine: 3, endColumn: 2 });
    assert.deepEqual(rows[1].cell(1), { line: 3, column: 4, endLine: 3, endColumn: 4 });
    assert.deepEqual(rows[2].cell(1), { line: 4, column: 4, endLine: 4, endColumn: 6 });
    assert.deepEqual([rows[2].line, rows[2].endColumn], [4, 6]);
    // lone CR ends lines too
    const cr = scan('a\rb\r\rc');
    assert.deepEqual(cr.map(r => [r.values[0], r.line]), [['a', 1], ['b', 2], ['', 3], ['c', 4]]);
    // an empty field is the point where it would start
    assert.deepEqual(scan('a,,c')[0].cell(1), { line: 1, column: 3, endLine: 1, endColumn: 3 });
  });

  test('quote errors at their exact position', () => {
    const unclosed = scan('a,b\n1,"open\nmore\n');
    assert.deepEqual(unclosed[1].quoteErrors, [{ line: 2, column: 3, kind: 'unclosed' }]);
    assert.equal(unclosed[1].endLine, 3);
    const stray = scan('a,b\n1,5\'10" tall\n');
    assert.deepEqual(stray[1].quoteErrors, [{ line: 2, column: 7, kind: 'stray' }]);
    const afterClose = scan('"ab"c,d\n');
    // as in papaparse, the cell goes on after a stray quote (here to the end: it never closes)
    assert.deepEqual(afterClose[0].quoteErrors, [{ line: 1, column: 4, kind: 'stray' }, { line: 1, column: 1, kind: 'unclosed' }]);
    assert.equal(afterClose[0].values[0], 'ab"c,d\n');
    // a formula's quotes are not a quoting mistake
    const f = scan('="0050",x\n');
    assert.equal(f[0].quoteErrors, undefined);
    assert.deepEqual(f[0].formulaCells, [0]);
  });

  test('records: a trailing line break adds no row, an empty line does; trailing delimiter keeps an empty field', () => {
    assert.equal(scan('a\nb\n').length, 2);
    assert.equal(scan('a\nb\n\n').length, 3);
    assert.deepEqual(scan('a,b,\n')[0].values, ['a', 'b', '']);
    assert.deepEqual(scan('a,b,')[0].values, ['a', 'b', '']);
    assert.equal(scan('a,""')[0].lastQuoted, true);
  });
});

describe('csv scanner: bad input', () => {
  test('0 characters: no rows, the layout is still given once', () => {
    const a = analyse('');
    assert.equal(a.rows.length, 0);
    assert.equal(a.layoutCalls, 1);
    assert.equal(a.summary.rows, 0);
  });

  test('a 10 MB single line without a line break', () => {
    const text = 'x'.repeat(10 * 1024 * 1024);
    const t = Date.now();
    const a = analyse(text, { chunk: 1 << 16 });
    assert.ok(Date.now() - t < 10000);
    assert.equal(a.rows.length, 1);
    assert.equal(a.rows[0].endColumn, text.length);
  });

  test('an unclosed quote in a big input: a finding, bounded values, no hang', () => {
    const text = 'a,b\n1,"never closed\n' + 'x,y\n'.repeat(500000);
    const a = analyse(text, { chunk: 1 << 16 });
    const last = a.rows[a.rows.length - 1];
    assert.equal(last.quoteErrors?.[0].kind, 'unclosed');
    assert.ok(last.values[1].length <= (1 << 20));
    assert.equal(last.endLine, 500002);
  });

  test('binary-ish text and many fields do not break it', () => {
    let s = '';
    for (let i = 0; i < 20000; i++) { s += String.fromCharCode((i * 7919) % 256); }
    const a = analyse(s + '\uD800', { chunk: 333 });
    assert.ok(a.rows.length > 0);
    const wide = analyse(','.repeat(50000), { maxFieldsPerRow: 100 });
    assert.equal(wide.rows[0].fieldCount, 50001);
    assert.equal(wide.rows[0].values.length, 100);
  });
});
