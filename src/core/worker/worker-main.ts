// Runs the engine off the editor's thread: a 50 MB CSV must never freeze the extension host.
import { parentPort } from 'node:worker_threads';
import { checkBytesOrApi } from '../engine';
import { CancelledError } from '../types';
import type { CheckRequest, CheckResponse } from './protocol';

parentPort?.on('message', (req: CheckRequest) => { void handle(req); });

/** an OpenAPI validation is asynchronous, so answers may come out of order: each carries its id */
async function handle(req: CheckRequest): Promise<void> {
  const flag = new Int32Array(req.cancel);
  const signal = { get aborted() { return Atomics.load(flag, 0) === 1; } };
  let res: CheckResponse;
  try {
    const report = await checkBytesOrApi({ path: req.path, bytes: req.bytes, metadata: req.metadata }, { ...req.options, signal });
    res = { id: req.id, ok: true, report };
  } catch (e) {
    res = { id: req.id, ok: false, cancelled: e instanceof CancelledError, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(res);
}
