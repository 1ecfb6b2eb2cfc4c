// The check worker's side, whatever thread it runs in: each request is checked off the editor's
// thread and answered by id (an OpenAPI validation is asynchronous, so answers may come out of
// order).
import { checkBytesOrApi } from '../engine';
import { CancelledError } from '../types';
import type { CheckRequest, CheckResponse } from './protocol';
import type { OwnerPort } from './thread';

export function serveChecks(owner: OwnerPort): void {
  owner.onMessage(req => { void handle(req as CheckRequest, owner); });
}

async function handle(req: CheckRequest, owner: OwnerPort): Promise<void> {
  const flag = req.cancel ? new Int32Array(req.cancel) : null;
  const signal = { get aborted() { return flag !== null && Atomics.load(flag, 0) === 1; } };
  let res: CheckResponse;
  try {
    const report = await checkBytesOrApi({ path: req.path, bytes: req.bytes, metadata: req.metadata }, { ...req.options, signal });
    res = { id: req.id, ok: true, report };
  } catch (e) {
    res = { id: req.id, ok: false, cancelled: e instanceof CancelledError, error: e instanceof Error ? e.message : String(e) };
  }
  owner.postMessage(res);
}
