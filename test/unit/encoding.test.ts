// Encoding detection: one test per branch of the detector, with small byte fixtures.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { decode, detectEncoding } from '../../src/core/encoding';
import { hintedNames } from '../../src/core/encoding/verdict';
import { LineIndex } from '../../src/core/text/line-index';
import {
  appleDouble, big5, bytes, changhuaBig5, hex, hkscsBig5, JAPANESE_TEXT, noise, SIMPLIFIED_TEXT,
  tainanBig5, TRADITIONAL_TEXT, utf16be, utf16le, xlsxNamedCsv,
} from '../fixtures/encoding/samples';

/** The decoded character(s) at a 1-based line/column. */
function at(text: string, line: number, column: number, units = 1): string {
  const o = new LineIndex(text).offset(line, column);
  return text.slice(o, o + units);
}

describe('empty, ASCII and UTF-8', () => {
  test('0 bytes are UTF-8 with confidence 1', () => {
    assert.deepEqual(detectEncoding(new Uint8Array(0)), { name: 'utf-8', bom: false, confidence: 1, ascii: true });
  });

  test('pure ASCII (JSON with \\u escapes) is UTF-8, marked ascii', () => {
    const e = detectEncoding(bytes('{"sna":"\\u6377\\u904b\\u5e02\\u653f\\u5e9c\\u7ad9","tot":180}\n'));
    assert.equal(e.name, 'utf-8');
    assert.equal(e.confidence, 1);
    assert.equal(e.ascii, true);
  });

  test('UTF-8 Chinese is UTF-8, not ascii, even with a Big5 hint', () => {
    const e = detectEncoding(bytes(TRADITIONAL_TEXT), { hint: 'BIG5' });
    assert.equal(e.name, 'utf-8');
    assert.equal(e.bom, false);
    assert.equal(e.confidence, 1);
    assert.equal(e.ascii, undefined);
  });

  test('UTF-8 with a BOM', () => {
    const e = detectEncoding(bytes([0xef, 0xbb, 0xbf], TRADITIONAL_TEXT));
    assert.deepEqual([e.name, e.bom, e.confidence], ['utf-8', true, 1]);
  });

  test('a UTF-8 file cut inside its last character stays UTF-8, with lower confidence and a note', () => {
    for (const cut of [1, 2]) {
      const whole = bytes('年度,人數\n112,臺北');
      const e = detectEncoding(whole.subarray(0, whole.length - cut));
      assert.equal(e.name, 'utf-8', `cut ${cut}`);
      assert.ok(e.confidence < 1 && e.confidence >= 0.5);
      assert.match(e.note ?? '', /cut off/);
    }
  });

  test('a BOM alone, and a cut-off BOM, do not crash', () => {
    assert.equal(detectEncoding(hex('EFBBBF')).name, 'utf-8');
    assert.equal(detectEncoding(hex('EFBB')).name, 'utf-8');
    assert.equal(detectEncoding(hex('EF')).name, 'utf-8');
  });

  test('a UTF-8 file with one corrupted byte among much Chinese is still UTF-8, with a note', () => {
    const text = TRADITIONAL_TEXT.repeat(40);
    const b = bytes(text.slice(0, 2000), [0xff], text.slice(2000));
    const e = detectEncoding(b);
    assert.equal(e.name, 'utf-8');
    assert.ok(e.confidence < 1 && e.confidence > 0.5, String(e.confidence));
    assert.match(e.note ?? '', /1 byte sequence/);
  });

  test('a 10 MB single line is classified without trouble', () => {
    const line = new Uint8Array(10 * 1024 * 1024).fill(0x41);
    assert.equal(detectEncoding(line).name, 'utf-8');
    const big = bytes(line, big5('，臺南市'), hex('95CD'), big5('行里'));
    const e = detectEncoding(big);
    assert.equal(e.name, 'big5');
    assert.deepEqual(e.eudc?.map(c => [c.line, c.column, c.bytes]), [[1, line.length + 5, '95CD']]);
  });
});

describe('UTF-16', () => {
  const table = '區別\t人口\r\n中正區\t159608\r\n大安區\t309835\r\n';

  test('UTF-16LE and UTF-16BE with a BOM', () => {
    assert.deepEqual(pick(detectEncoding(utf16le(table, true))), ['utf-16le', true, 1]);
    assert.deepEqual(pick(detectEncoding(utf16be(table, true))), ['utf-16be', true, 1]);
  });

  test('UTF-16LE and UTF-16BE without a BOM, by their NUL bytes', () => {
    assert.deepEqual(pick(detectEncoding(utf16le(table, false))).slice(0, 2), ['utf-16le', false]);
    assert.deepEqual(pick(detectEncoding(utf16be(table, false))).slice(0, 2), ['utf-16be', false]);
  });

  test('tab-delimited UTF-16LE ".csv" without BOM, ASCII only (valid UTF-8 too) is UTF-16LE', () => {
    const e = detectEncoding(utf16le('year\tcity\tcount\r\n2023\tTaipei\t100\r\n', false));
    assert.equal(e.name, 'utf-16le');
    assert.ok(e.confidence >= 0.8);
  });

  test('UTF-16 cut in the middle of a code unit: lower confidence and a note', () => {
    const e = detectEncoding(bytes(utf16le(table, true), [0x41]));
    assert.equal(e.name, 'utf-16le');
    assert.ok(e.confidence < 1);
    assert.match(e.note ?? '', /cut off/);
    assert.equal(decode(bytes(utf16le('ab', true), [0x41]), e), 'ab\ufffd');
  });

  test('decoding strips the BOM', () => {
    assert.equal(decode(utf16le(table, true), detectEncoding(utf16le(table, true))), table);
    assert.equal(decode(utf16be(table, true), detectEncoding(utf16be(table, true))), table);
    assert.equal(decode(utf16be(table, false), detectEncoding(utf16be(table, false))), table);
  });
});

describe('Big5 family', () => {
  test('plain Big5 is big5, variant cp950, no user-defined characters', () => {
    const b = big5(TRADITIONAL_TEXT);
    const e = detectEncoding(b);
    assert.deepEqual([e.name, e.variant, e.eudc, e.eudcCount], ['big5', 'cp950', [], 0]);
    assert.ok(e.confidence >= 0.9, String(e.confidence));
    assert.equal(decode(b, e), TRADITIONAL_TEXT);
  });

  test('hand-written Big5 bytes: 中文 = A4A4 A4E5', () => {
    const e = detectEncoding(hex('A4A4A4E52C313233'), { hint: 'big5' });
    assert.equal(e.name, 'big5');
    assert.equal(decode(hex('A4A4A4E52C313233'), e), '中文,123');
  });

  test('Tainan 95CD: a user-defined character, reported at its line and column with its readings', () => {
    const b = tainanBig5();
    const e = detectEncoding(b);
    assert.equal(e.name, 'big5');
    assert.equal(e.variant, 'big5-hkscs');
    assert.equal(e.eudcCount, 1);
    assert.deepEqual(e.eudc, [{
      line: 3, column: 5, bytes: '95CD',
      readings: { hkscs: '䋴', cp950: '\ue7c7', pua: '\ue7c7' },
    }]);
    const text = decode(b, e);
    assert.equal(at(text, 3, 5), '䋴');
    assert.equal(at(text, 3, 1, 4), '安南區,');
  });

  test('Changhua C6D2: HKSCS reads 攴, Windows the private-use U+F6E2', () => {
    const e = detectEncoding(changhuaBig5());
    assert.deepEqual(e.eudc, [{ line: 2, column: 5, bytes: 'C6D2', readings: { hkscs: '攴', cp950: '\uf6e2', pua: '\uf6e2' } }]);
    assert.equal(at(decode(changhuaBig5(), e), 2, 5), '攴');
  });

  test('an HKSCS character of two UTF-16 units counts as two columns', () => {
    const b = hkscsBig5();
    const e = detectEncoding(b);
    assert.equal(e.variant, 'big5-hkscs');
    assert.deepEqual(e.eudc?.map(c => [c.line, c.column, c.bytes, c.readings.hkscs]), [[2, 1, '8E40', '𣻗'], [2, 5, '95CD', '䋴']]);
    const text = decode(b, e);
    assert.equal(at(text, 2, 1, 2), '𣻗');
    assert.equal(at(text, 2, 5), '䋴');
  });

  test('a user-defined pair HKSCS does not define (8140) decodes to its private-use character', () => {
    const b = bytes(big5(TRADITIONAL_TEXT), hex('8140'), big5('\r\n'));
    const e = detectEncoding(b);
    assert.equal(e.name, 'big5');
    assert.deepEqual(e.eudc?.map(c => [c.bytes, c.readings.hkscs, c.readings.pua]), [['8140', null, '\ueeb8']]);
    assert.ok(decode(b, e).endsWith('\ueeb8\r\n'));
  });

  test('CRLF, lone CR and LF all count as one line break in positions', () => {
    const b = bytes(big5('甲\r\n乙\r丙\n丁,'), hex('FA40'));
    const e = detectEncoding(b, { hint: 'big5' });
    assert.deepEqual(e.eudc?.map(c => [c.line, c.column]), [[4, 3]]);
  });

  test('the EUDC list is capped, the count is not', () => {
    const many = bytes(big5(TRADITIONAL_TEXT), ...Array.from({ length: 30 }, () => hex('FA41')));
    const e = detectEncoding(many, { maxEudc: 10 });
    assert.equal(e.eudc?.length, 10);
    assert.equal(e.eudcCount, 30);
  });

  test('a long ASCII prefix (over 1 MB) keeps line numbers exact', () => {
    const ascii = 'code,value\n' + '12345,67890\n'.repeat(100_000);
    const b = bytes(ascii, big5('臺南市,'), hex('95CD'), big5('行里\n'));
    const e = detectEncoding(b);
    assert.equal(e.name, 'big5');
    assert.deepEqual(e.eudc?.map(c => [c.line, c.column]), [[100_002, 5]]);
    assert.equal(e.note, undefined);
  });
});

describe('GB18030, Shift_JIS, Windows-1252', () => {
  test('simplified Chinese in GB18030', () => {
    const b = new Uint8Array(iconv.encode(SIMPLIFIED_TEXT, 'gb18030'));
    const e = detectEncoding(b);
    assert.equal(e.name, 'gb18030');
    assert.ok(e.confidence >= 0.9, String(e.confidence));
    assert.equal(decode(b, e), SIMPLIFIED_TEXT);
  });

  test('Japanese in Shift_JIS', () => {
    const b = new Uint8Array(iconv.encode(JAPANESE_TEXT, 'shiftjis'));
    const e = detectEncoding(b);
    assert.equal(e.name, 'shift_jis');
    assert.equal(decode(b, e), JAPANESE_TEXT);
  });

  test('Latin text with accents in Windows-1252', () => {
    const text = 'Name,City\r\nJosé,São Paulo\r\nFrançois,Besançon\r\nZoë,Köln\r\n';
    const e = detectEncoding(new Uint8Array(iconv.encode(text, 'windows1252')));
    assert.equal(e.name, 'windows-1252');
    assert.ok(e.confidence <= 0.5);
  });

  test('the hint settles a tie between Big5 and GB18030, and only a tie', () => {
    const tie = hex('B0AEB5D8BAC3'); // Big5 乾華疑, GB2312 爱地好: common characters either way
    assert.equal(detectEncoding(tie, { hint: 'GB18030' }).name, 'gb18030');
    assert.equal(detectEncoding(tie, { hint: 'BIG5' }).name, 'big5');
    const unhinted = detectEncoding(tie);
    assert.ok(unhinted.confidence <= 0.7, 'a tie is never confident');
    // publishers' spellings, and one value per resource
    assert.equal(detectEncoding(tie, { hint: 'GBK 簡體' }).name, 'gb18030');
    assert.equal(detectEncoding(tie, { hint: 'UTF-8;GB2312' }).name, 'gb18030');
    assert.deepEqual(hintedNames('UTF8 (無BOM);Big5 碼;MS950'), ['utf-8', 'big5']);
    assert.deepEqual(hintedNames('unknown'), []);
    assert.equal(detectEncoding(big5(TRADITIONAL_TEXT), { hint: 'GB18030' }).name, 'big5');
    assert.equal(detectEncoding(new Uint8Array(iconv.encode(SIMPLIFIED_TEXT, 'gb18030')), { hint: 'big5' }).name, 'gb18030');
  });
});

describe('binary', () => {
  test('an .xlsx (ZIP) named .csv', () => {
    const e = detectEncoding(xlsxNamedCsv());
    assert.deepEqual([e.name, e.binaryKind], ['binary', 'ZIP archive (an Excel .xlsx workbook)']);
  });

  test('a plain ZIP, PNG, PDF', () => {
    assert.equal(detectEncoding(bytes('PK', [3, 4], noise(100))).binaryKind, 'ZIP archive');
    assert.equal(detectEncoding(bytes(hex('89504E470D0A1A0A'), noise(100))).binaryKind, 'PNG image');
    assert.equal(detectEncoding(bytes('%PDF-1.7\n', noise(100))).binaryKind, 'PDF document');
  });

  test('an AppleDouble sidecar (00 05 16 07)', () => {
    const e = detectEncoding(appleDouble());
    assert.deepEqual([e.name, e.binaryKind, e.confidence], ['binary', 'macOS AppleDouble file (resource fork)', 1]);
  });

  test('random bytes, and NULs in no UTF-16 pattern', () => {
    assert.equal(detectEncoding(noise(4096)).name, 'binary');
    const nuls = bytes(...Array.from({ length: 50 }, (_, i) => bytes('abc', new Uint8Array(1 + (i % 3)))));
    assert.equal(detectEncoding(nuls).name, 'binary');
  });

  test('a text file with one stray NUL or a few control characters is still text', () => {
    assert.equal(detectEncoding(bytes(TRADITIONAL_TEXT, [0])).name, 'utf-8');
    assert.equal(detectEncoding(bytes(TRADITIONAL_TEXT, [5, 6, 0x0b, 0x16, 0x0c])).name, 'utf-8');
  });

  test('NUL padding at the end of a text file is padding, not binary content', () => {
    const e = detectEncoding(bytes(big5(TRADITIONAL_TEXT), new Uint8Array(300)));
    assert.equal(e.name, 'big5');
    assert.match(e.note ?? '', /ends with 300 NUL byte\(s\) of padding/);
    assert.equal(detectEncoding(bytes(TRADITIONAL_TEXT, new Uint8Array(4000))).name, 'utf-8');
    assert.equal(detectEncoding(bytes(new Uint8Array(300), TRADITIONAL_TEXT)).name, 'binary', 'NULs first are no padding');
  });

  test('decode refuses binary with a clear error', () => {
    assert.throws(() => decode(appleDouble(), detectEncoding(appleDouble())), /not text \(macOS AppleDouble/);
  });
});

function pick(e: { name: string; bom: boolean; confidence: number }): [string, boolean, number] {
  return [e.name, e.bom, e.confidence];
}
