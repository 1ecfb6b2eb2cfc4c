// Detection speed on 40 MB files (the bounds are loose, for busy CI machines; the figures are
// printed as diagnostics). UTF-8 is checked natively and must stay in the tens of milliseconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { createSniffer, detectEncoding } from '../../src/core/encoding';

const LINE = '2024-01-01,臺北市中正區,測試資料欄位一,12345,67.89,"某某里辦公處",備註說明文字\r\n';

function repeatTo(unit: Uint8Array, size: number): Uint8Array {
  const n = Math.ceil(size / unit.length);
  const out = new Uint8Array(n * unit.length);
  for (let i = 0; i < n; i++) { out.set(unit, i * unit.length); }
  return out;
}

/** best of three, in ms */
function time(f: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = process.hrtime.bigint();
    f();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

const MB = 40 * 1024 * 1024;

test('40 MB UTF-8 CSV: detected in tens of milliseconds', t => {
  const data = repeatTo(new Uint8Array(Buffer.from(LINE, 'utf8')), MB);
  let name = '';
  const oneShot = time(() => { name = detectEncoding(data).name; });
  const streamed = time(() => {
    const s = createSniffer();
    for (let i = 0; i < data.length; i += 65536) { s.push(data.subarray(i, i + 65536)); }
    s.finish();
  });
  t.diagnostic(`UTF-8 40 MB: one-shot ${oneShot.toFixed(1)} ms (${(40 / oneShot * 1000).toFixed(0)} MB/s), 64 KB chunks ${streamed.toFixed(1)} ms`);
  assert.equal(name, 'utf-8');
  assert.ok(oneShot < 500 && streamed < 500, `${oneShot} / ${streamed} ms`);
});

test('40 MB Big5 CSV: detected at well over 20 MB/s', t => {
  const data = repeatTo(new Uint8Array(iconv.encode(LINE, 'cp950')), MB);
  let name = '';
  const ms = time(() => {
    const s = createSniffer();
    for (let i = 0; i < data.length; i += 65536) { s.push(data.subarray(i, i + 65536)); }
    name = s.finish().name;
  });
  t.diagnostic(`Big5 40 MB: ${ms.toFixed(0)} ms (${(40 / ms * 1000).toFixed(0)} MB/s)`);
  assert.equal(name, 'big5');
  assert.ok(ms < 2000, `${ms} ms`);
});
