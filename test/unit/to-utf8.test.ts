// The bytes the CSV analyzer reads (to-utf8.ts) decode to exactly the text decode() gives, and are
// valid UTF-8, whatever the input and however it is chunked; valid UTF-8 passes through as is.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { decode } from '../../src/core/encoding';
import { Utf8Pass, type Utf8Stream } from '../../src/core/encoding/to-utf8';
import { Big5ToUtf8, type Big5Reading } from '../../src/core/encoding/big5-utf8';
import { createBig5Decoder } from '../../src/core/encoding';
import { ReferenceBig5Decoder } from '../fixtures/encoding/big5-reference';
import type { EncodingInfo } from '../../src/core/types';
import { big5, bytes, chunked, hex, hkscsBig5, noise, splits, TRADITIONAL_TEXT } from '../fixtures/encoding/samples';

function through(stream: Utf8Stream, chunks: Uint8Array[]): Buffer {
  const out: Uint8Array[] = [];
  for (const c of chunks) { stream.write(c, b => out.push(new Uint8Array(b))); }
  stream.end(b => out.push(new Uint8Array(b)));
  return Buffer.concat(out);
}

const UTF8: EncodingInfo = { name: 'utf-8', bom: false, confidence: 1 };

describe('UTF-8 -> the bytes the analyzer reads', () => {
  const parts = [
    bytes(TRADITIONAL_TEXT), bytes('😀a'), hex('EFBBBF'), hex('C0'), hex('E080'), hex('E4B8'), hex('F0'), hex('ED A0 80'.replace(/ /g, '')),
    hex('80'), hex('FF'), hex('C2A0'), bytes('\r\n'), noise(30, 5),
  ];
  test('any bytes, any chunking: the text of decode(), as valid UTF-8', () => {
    let x = 3;
    const rnd = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x % n; };
    let fellBack = 0;
    for (let iter = 0; iter < 800; iter++) {
      const pieces: Uint8Array[] = [];
      for (let j = rnd(7); j > 0; j--) { pieces.push(parts[rnd(parts.length)]); }
      const data = bytes(...pieces);
      const want = decode(data, UTF8);
      const ones = Array.from(data, (_, i) => data.subarray(i, i + 1));
      for (const chunks of [[data], ones, chunked(data, splits(data.length, iter, 1 + rnd(20)))]) {
        const got = through(new Utf8Pass(), chunks);
        assert.ok(isUtf8(got), `valid, iteration ${iter}`);
        assert.equal(got.toString('utf8'), want, `iteration ${iter}: ${Buffer.from(data).toString('hex')}`);
      }
      if (!isUtf8(data)) { fellBack++; }
    }
    assert.ok(fellBack > 100, 'invalid inputs were tried');
  });

  test('valid UTF-8 comes out byte for byte, without its BOM, in the pieces it came in', () => {
    const data = bytes([0xef, 0xbb, 0xbf], TRADITIONAL_TEXT.repeat(50));
    const pieces: Uint8Array[] = [];
    new Utf8Pass().write(data, b => pieces.push(b));
    assert.equal(pieces.length, 1);
    assert.equal(pieces[0].buffer, data.buffer, 'no copy');
    assert.deepEqual(Buffer.from(pieces[0]), Buffer.from(data.subarray(3)));
  });
});

describe('Big5 -> the bytes the analyzer reads', () => {
  const reference = (data: Uint8Array, reading: Big5Reading) => {
    const d = new ReferenceBig5Decoder(reading);
    return d.write(data) + d.end();
  };

  test('every lead and trail byte, both readings: the text of the reference decoder, as valid UTF-8', () => {
    // each pair followed by a line feed (never a trail), and every lead with every byte after it
    const all: number[] = [];
    for (let lead = 0x80; lead <= 0xff; lead++) {
      for (let trail = 0; trail <= 0xff; trail++) { all.push(lead, trail, 0x0a); }
    }
    const data = new Uint8Array(all);
    for (const reading of ['cp950', 'hkscs'] as Big5Reading[]) {
      const got = through(new Big5ToUtf8(reading), [data]);
      assert.ok(isUtf8(got));
      assert.equal(got.toString('utf8'), reference(data, reading), reading);
      const d = createBig5Decoder(reading);
      assert.equal(d.write(data) + d.end(), reference(data, reading), `decode(), ${reading}`);
    }
  });

  test('mixed and broken Big5 in any chunks (a chunk may end after a lead byte)', () => {
    const parts = [big5(TRADITIONAL_TEXT), hkscsBig5(), hex('95CD'), hex('FA40'), hex('A4'), hex('80'), hex('FF'), hex('A441'), bytes('\r\n'), noise(40, 9)];
    let x = 5;
    const rnd = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x % n; };
    for (let iter = 0; iter < 400; iter++) {
      const pieces: Uint8Array[] = [];
      for (let j = rnd(8); j > 0; j--) { pieces.push(parts[rnd(parts.length)]); }
      const data = bytes(...pieces);
      for (const reading of ['cp950', 'hkscs'] as Big5Reading[]) {
        const want = reference(data, reading);
        const ones = Array.from(data, (_, i) => data.subarray(i, i + 1));
        for (const chunks of [[data], ones, chunked(data, splits(data.length, iter, 1 + rnd(30)))]) {
          assert.equal(through(new Big5ToUtf8(reading), chunks).toString('utf8'), want, `${reading}, iteration ${iter}`);
          const d = createBig5Decoder(reading);
          assert.equal(chunks.map(c => d.write(c)).join('') + d.end(), want, `decode(), ${reading}, iteration ${iter}`);
        }
      }
    }
  });
});
