// What the browser build relies on: the node:buffer it gets answers as node's does, every
// node-only platform module has its web twin with the same exports, and the check worker works
// without shared memory (the web extension host is not cross-origin isolated).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as nodeBuffer from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isAscii, isUtf8 } from '../../src/browser/node-buffer';
import { EngineWorker } from '../../src/core/worker/pool';
import { nodeThread } from '../../src/core/worker/node-thread';
import { CancelledError } from '../../src/core/types';

const ROOT = resolve(__dirname, '..', '..', '..');

test('the browser isUtf8 / isAscii answer as node\'s on edge cases and random bytes', () => {
  const cases: number[][] = [
    [], [0x41], [0x7f], [0x80], [0xc2, 0x80], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80],
    [0xef, 0xbb, 0xbf, 0x41], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8], [0xa4, 0xa4],
  ];
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed >>> 24; };
  for (let i = 0; i < 2000; i++) {
    const n = rnd() % 24;
    // mostly ASCII with some high bytes, and some valid UTF-8 text cut anywhere
    cases.push(Array.from({ length: n }, () => (rnd() < 40 ? 0x80 | rnd() : rnd() & 0x7f)));
    const text = [...Buffer.from('縣市,男,女\n臺北市,100 ' + i, 'utf8')];
    cases.push(text.slice(rnd() % 4, text.length - (rnd() % 4)));
  }
  for (const c of cases) {
    // at every alignment: the ASCII scan reads whole words once aligned
    for (const offset of [0, 1, 3]) {
      const bytes = new Uint8Array(c.length + offset).subarray(offset);
      bytes.set(c);
      assert.equal(isUtf8(bytes), nodeBuffer.isUtf8(bytes), `isUtf8 ${c}`);
      assert.equal(isAscii(bytes), nodeBuffer.isAscii(bytes), `isAscii ${c}`);
    }
  }
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(n => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : [p];
  });
}

const exported = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^export (?:const|function|async function|class|type|interface) (\w+)/gm)].map(m => m[1]).sort();

test('every X.node.ts has an X.web.ts twin with the same exports (the browser build swaps them)', () => {
  const nodeModules = sources(join(ROOT, 'src')).filter(f => f.endsWith('.node.ts'));
  assert.ok(nodeModules.length >= 2, 'the platform and the local files');
  for (const f of nodeModules) {
    const twin = f.replace(/\.node\.ts$/, '.web.ts');
    assert.ok(existsSync(twin), twin);
    assert.deepEqual(exported(twin), exported(f), twin);
    assert.doesNotMatch(readFileSync(twin, 'utf8'), /from 'node:/, `${twin} imports no node module`);
  }
});

test('without shared memory a cancelled check is abandoned at once and the worker goes on', { skip: !existsSync(join(ROOT, 'dist', 'worker.js')) && 'dist/worker.js not built' }, async () => {
  const shared = Object.getOwnPropertyDescriptor(globalThis, 'SharedArrayBuffer')!;
  // as in the web extension host: no SharedArrayBuffer
  delete (globalThis as { SharedArrayBuffer?: unknown }).SharedArrayBuffer;
  const w = new EngineWorker(nodeThread(join(ROOT, 'dist', 'worker.js')));
  try {
    const big = new Uint8Array(Buffer.from('a,b\n' + '1,2\n'.repeat(3_000_000)));
    const signal = { aborted: false };
    const t0 = Date.now();
    const p = w.check({ path: 'big.csv', bytes: big }, { signal });
    setTimeout(() => { signal.aborted = true; }, 20);
    await assert.rejects(p, (e: unknown) => e instanceof CancelledError);
    assert.ok(Date.now() - t0 < 1000, `rejected as soon as cancelled (${Date.now() - t0} ms)`);
    // the next check is answered (after the abandoned one, whose answer is dropped)
    const r = await w.check({ path: 'w.csv', bytes: new Uint8Array(Buffer.from('a,b\n1,2\n\n')) });
    assert.ok(r.findings.some(f => f.rule === 'blank-row'));
  } finally {
    w.dispose();
    Object.defineProperty(globalThis, 'SharedArrayBuffer', shared);
  }
});
