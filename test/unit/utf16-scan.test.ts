// The UTF-16 scan's counts (controls, unpaired surrogates, both byte orders) are those of the
// plain definition, unit by unit, however the bytes are chunked: its two-units-at-a-time skip
// must never skip a unit that counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Utf16Scan } from '../../src/core/encoding/scan-bytes';

/** the counts, one unit at a time, straight from the definitions */
function reference(bytes: Uint8Array, start: number): number[] {
  const counts = [0, 0, 0, 0];
  let high = [false, false];
  for (let i = start; i + 1 < bytes.length; i += 2) {
    const units = [bytes[i] | (bytes[i + 1] << 8), (bytes[i] << 8) | bytes[i + 1]];
    for (const order of [0, 1]) {
      const u = units[order];
      if (u < 0x20 && ![9, 10, 12, 13].includes(u)) { counts[order]++; }
      const low = u >= 0xdc00 && u <= 0xdfff;
      if (high[order] !== low) { counts[2 + order]++; }
      high[order] = u >= 0xd800 && u <= 0xdbff;
    }
  }
  counts[2] += high[0] ? 1 : 0;
  counts[3] += high[1] ? 1 : 0;
  return counts;
}

test('UTF-16 counts equal the unit-by-unit definition, in any chunks', () => {
  let x = 17;
  const rnd = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
  // the bytes that matter (controls, surrogate halves, line breaks) among CJK and ASCII
  const pool = [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x1f, 0x20, 0x41, 0x4e, 0x81, 0xd7, 0xd8, 0xdb, 0xdc, 0xdf, 0xe0, 0xfa, 0xff];
  for (let iter = 0; iter < 3000; iter++) {
    const len = rnd(300);
    const data = new Uint8Array(len + 3);
    // runs of plain text, so that the skip runs and stops inside them
    for (let i = 0; i < data.length; i++) { data[i] = rnd(4) === 0 ? pool[rnd(pool.length)] : 0x21 + rnd(0x50); }
    const bytes = data.subarray(rnd(3), rnd(3) + len);
    const cut = rnd(bytes.length + 1);
    const s = new Utf16Scan();
    s.scan(bytes, 0, cut, 0);
    s.scan(bytes, cut, bytes.length, cut);
    s.finish();
    assert.deepEqual([s.controlsLe, s.controlsBe, s.badSurrogatesLe, s.badSurrogatesBe], reference(bytes, 0), `iteration ${iter}`);
    assert.equal(s.units, bytes.length >> 1);
  }
});
