// The preview worker (dist/preview-worker.js): sessions by id, a big table's first rows before
// the answer, pages, cell positions and finds answered from the kept text; the same findings as
// the engine's own check of the bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { checkBytes } from '../../src/core/engine';
import type { PreviewHead } from '../../src/core/preview/model';
import { openPreview } from '../../src/core/preview/session';
import { PreviewWorker } from '../../src/core/preview/worker-client';
import { nodeThread } from '../../src/core/worker/node-thread';

const SCRIPT = join(resolve(__dirname, '..', '..', '..'), 'dist', 'preview-worker.js');

function table(rows: number): Uint8Array {
  const lines = ['113年統計表', '縣市,人數', ...Array.from({ length: rows }, (_, i) => `市${i},${i}`), '小計,0', '資料來源：某局'];
  return new Uint8Array(iconv.encode(lines.join('\r\n') + '\r\n', 'big5'));
}

test('a session in the worker: first rows early, then pages, cells and finds by index', async () => {
  const w = new PreviewWorker(nodeThread(SCRIPT));
  try {
    const session = w.newSession();
    const heads: PreviewHead[] = [];
    const bytes = table(5000);
    const summary = await w.call(session, 'open', { input: { path: '/d/t.csv', bytes, metadata: null }, options: {} }, h => heads.push(h));
    assert.equal(bytes.byteLength, 0, 'the bytes moved to the worker, not copied');
    assert.equal(heads.length, 1);
    assert.deepEqual(heads[0].rows.slice(0, 2).map(r => [r.role, r.cells[0]]), [['title', '113年統計表'], ['header', '縣市']]);
    assert.equal(summary.rows, 5004);
    assert.equal(summary.encoding.name, 'big5');
    assert.deepEqual([summary.roles.title, summary.roles.header, summary.roles.notes], [1, 1, 1]);
    const page = await w.call(session, 'page', { from: 4999, count: 10 });
    assert.deepEqual(page.map(r => r.cells[0]), ['市4997', '市4998', '市4999', '小計', '資料來源：某局']);
    assert.equal(await w.call(session, 'find', { role: 'notes', from: 0, step: 1 }), 5003);
    assert.deepEqual(await w.call(session, 'locate', { row: 2, column: 1 }), { line: 3, column: 4, endLine: 3, endColumn: 4 });
    await w.call(session, 'close', {});
    await assert.rejects(w.call(session, 'page', { from: 0, count: 1 }), /no preview session/);
  } finally {
    w.dispose();
  }
});

test('the preview finds what the engine finds in the same bytes', () => {
  const bytes = table(30);
  const engine = checkBytes({ path: '/d/t.csv', bytes, metadata: null });
  const s = openPreview({ path: '/d/t.csv', bytes: bytes.slice(), metadata: null });
  const rows = s.page(0, 100).flatMap(r => r.findings ?? []);
  const all = [...s.summary.fileFindings, ...rows].map(f => `${f.rule}@${f.line}:${f.column}`).sort();
  assert.deepEqual(all, engine.findings.map(f => `${f.rule}@${f.line}:${f.column}`).sort());
  assert.deepEqual(s.summary.badge, engine.badge);
});
