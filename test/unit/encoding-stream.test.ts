// Streaming: the sniffer fed in any chunks gives exactly the one-shot answer, and the streaming
// decoders give exactly the one-shot text whatever the chunk boundaries cut.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { createDecoder, createSniffer, decode, detectEncoding } from '../../src/core/encoding';
import { LineIndex } from '../../src/core/text/line-index';
import type { EncodingInfo } from '../../src/core/types';
import {
  appleDouble, big5, bytes, changhuaBig5, chunked, hex, hkscsBig5, JAPANESE_TEXT, noise, SIMPLIFIED_TEXT,
  splits, tainanBig5, TRADITIONAL_TEXT, utf16be, utf16le, xlsxNamedCsv,
} from '../fixtures/encoding/samples';

const TABLE = '區別\t人口\r\n中正區\t159608\r\n大安區\t309835\r\n';

function fixtures(): [string, Uint8Array][] {
  const longAscii = 'code,value\n' + '12345,67890\n'.repeat(120_000);
  return [
    ['empty', new Uint8Array(0)],
    ['one byte', bytes('a')],
    ['ascii json', bytes('{"a":"\\u4e2d"}')],
    ['utf-8', bytes(TRADITIONAL_TEXT.repeat(20))],
    ['utf-8 bom', bytes([0xef, 0xbb, 0xbf], TRADITIONAL_TEXT)],
    ['utf-8 cut', bytes('中文中').subarray(0, 8)],
    ['utf-8 one bad byte', bytes(TRADITIONAL_TEXT.repeat(30), [0xc0], TRADITIONAL_TEXT.repeat(30))],
    ['utf-16le bom', utf16le(TABLE, true)],
    ['utf-16be', utf16be(TABLE, false)],
    ['utf-16le tab ascii', utf16le('a\tb\r\n1\t2\r\n'.repeat(50), false)],
    ['utf-16 cut', bytes(utf16le(TABLE, true), [0x41])],
    ['big5', big5(TRADITIONAL_TEXT.repeat(20))],
    ['big5 tainan', tainanBig5()],
    ['big5 changhua', changhuaBig5()],
    ['big5 hkscs', hkscsBig5()],
    ['big5 cut lead', bytes(big5(TRADITIONAL_TEXT), [0xa4])],
    ['big5 long ascii prefix', bytes(longAscii, big5('臺南市,'), hex('95CD'), big5('行里\r\n'))],
    ['utf-8 then big5', bytes(TRADITIONAL_TEXT.repeat(400), big5(TRADITIONAL_TEXT), hex('FA40'))],
    ['gb18030', new Uint8Array(iconv.encode(SIMPLIFIED_TEXT.repeat(5), 'gb18030'))],
    ['shift_jis', new Uint8Array(iconv.encode(JAPANESE_TEXT.repeat(5), 'shiftjis'))],
    ['xlsx', xlsxNamedCsv()],
    ['appledouble', appleDouble()],
    ['noise', noise(3000)],
    ['2.5 MB big5', big5(TRADITIONAL_TEXT.repeat(9000))],
  ];
}

function sniffChunks(chunks: Uint8Array[]): EncodingInfo {
  const s = createSniffer();
  for (const c of chunks) { s.push(c); }
  return s.finish();
}

describe('createSniffer == detectEncoding', () => {
  for (const [name, data] of fixtures()) {
    test(name, () => {
      const whole = detectEncoding(data);
      for (const [seed, max] of [[1, 1], [2, 3], [3, 17], [4, 4096], [5, 300_000]] as const) {
        if (max === 1 && data.length > 20_000) { continue; } // byte-by-byte only for small files
        assert.deepEqual(sniffChunks(chunked(data, splits(data.length, seed, max))), whole, `seed ${seed}, chunks <= ${max}`);
      }
    });
  }

  test('finish() twice gives the same answer; push() after finish() throws', () => {
    const s = createSniffer();
    s.push(big5(TRADITIONAL_TEXT));
    const a = s.finish();
    assert.equal(s.finish(), a);
    assert.throws(() => s.push(bytes('x')), /after finish/);
  });
});

describe('createDecoder == decode', () => {
  const cases: [string, Uint8Array][] = fixtures().filter(([n]) => !['xlsx', 'appledouble', 'noise', 'empty'].includes(n));
  for (const [name, data] of cases) {
    test(name, () => {
      const info = detectEncoding(data);
      const whole = decode(data, info);
      for (const [seed, max] of [[11, 1], [12, 2], [13, 5], [14, 1000]] as const) {
        if (max <= 2 && data.length > 20_000) { continue; }
        const d = createDecoder(info);
        const parts: string[] = [];
        for (const c of chunked(data, splits(data.length, seed, max))) { parts.push(d.write(c)); }
        parts.push(d.end());
        assert.equal(parts.join(''), whole, `seed ${seed}`);
      }
    });
  }

  test('a BOM split across chunks is still stripped (UTF-8, UTF-16LE, UTF-16BE)', () => {
    for (const data of [bytes([0xef, 0xbb, 0xbf], 'ab'), utf16le('ab', true), utf16be('ab', true)]) {
      const d = createDecoder(detectEncoding(data));
      const out = [...data].map(b => d.write(new Uint8Array([b]))).join('') + d.end();
      assert.equal(out, 'ab');
    }
  });

  test('a Big5 pair cut by a chunk boundary decodes once', () => {
    const data = bytes(big5('中'), hex('95CD'), big5('文'));
    const info = detectEncoding(data, { hint: 'big5' });
    const d = createDecoder(info);
    assert.equal(d.write(data.subarray(0, 1)) + d.write(data.subarray(1, 3)) + d.write(data.subarray(3)) + d.end(), '中䋴文');
  });

  test('a lone lead byte at the end becomes one U+FFFD', () => {
    const info = detectEncoding(bytes(big5(TRADITIONAL_TEXT), [0xa4]));
    assert.equal(info.name, 'big5');
    assert.ok(decode(bytes(big5('中'), [0xa4]), info).endsWith('中\ufffd'));
  });
});

describe('mixed and broken inputs (deterministic fuzz)', () => {
  const parts: Uint8Array[] = [
    big5(TRADITIONAL_TEXT), bytes(TRADITIONAL_TEXT), hex('95CD'), hex('FA40'), hex('8E40'), hex('00'), hex('FFFE'),
    hex('EFBBBF'), utf16le('ab\tc', false), hex('0D'), hex('0A'), hex('A4'), hex('80'),
    new Uint8Array(iconv.encode(SIMPLIFIED_TEXT, 'gb18030')),
  ];
  test('never throws; streaming == one-shot; decoders agree; EUDC positions point at the character', () => {
    let x = 1;
    const rnd = (n: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x % n;
    };
    const seen = new Set<string>();
    for (let iter = 0; iter < 600; iter++) {
      const pieces: Uint8Array[] = [];
      for (let j = 1 + rnd(8); j > 0; j--) {
        const r = rnd(parts.length + 1);
        pieces.push(r === parts.length ? noise(rnd(200), iter * 7 + j) : parts[r]);
      }
      const data = bytes(...pieces);
      const e = detectEncoding(data);
      seen.add(e.name);
      const chunks = chunked(data, splits(data.length, iter, 1 + rnd(50)));
      assert.deepEqual(sniffChunks(chunks), e, `iteration ${iter}`);
      if (e.name === 'binary') { continue; }
      const whole = decode(data, e);
      const d = createDecoder(e);
      assert.equal(chunks.map(c => d.write(c)).join('') + d.end(), whole, `decoding, iteration ${iter}`);
      const index = new LineIndex(whole);
      for (const c of e.eudc ?? []) {
        const o = index.offset(c.line, c.column);
        const reading = e.variant === 'big5-hkscs' && c.readings.hkscs ? c.readings.hkscs : c.readings.pua;
        assert.equal(whole.slice(o, o + reading.length), reading, `EUDC ${c.bytes} at ${c.line}:${c.column}, iteration ${iter}`);
      }
    }
    assert.ok(seen.size >= 6, `varied verdicts: ${[...seen].join(', ')}`);
  });
});
