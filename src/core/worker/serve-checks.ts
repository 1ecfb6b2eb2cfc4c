// The check worker's side, whatever thread it runs in: each request is checked off the editor's
// thread and answered by id (an OpenAPI validation is asynchronous, so answers may come out of
// order).
import { checkBytesOrApi, checkTextOrApi, checkUtf8Text } from '../engine';
import { isApiCandidatePath } from '../openapi/hint';
import { detectEncoding, UNSAVED_TEXT } from '../encoding';
import { textFixes } from '../fixes';
import { CancelledError, type EncodingInfo, type FileReport } from '../types';
import type { CheckRequest, CheckResponse } from './protocol';
import type { OwnerPort } from './thread';

export function serveChecks(owner: OwnerPort): void {
  owner.onMessage(req => { void handle(req as CheckRequest, owner); });
}

async function check(req: Exclude<CheckRequest, { kind: 'fixes' }>, signal: { readonly aborted: boolean }): Promise<{ report: FileReport; encoding: EncodingInfo }> {
  const options = { ...req.options, signal };
  if (req.kind === 'bytes') {
    const report = await checkBytesOrApi({ path: req.path, bytes: req.bytes, metadata: req.metadata }, options);
    return { report, encoding: report.encoding };
  }
  const encoding = req.encoding
    ?? (req.disk ? detectEncoding(req.disk, { hint: req.metadata?.fields['編碼格式']?.value }) : UNSAVED_TEXT);
  if (!isApiCandidatePath(req.path)) {
    return { report: checkUtf8Text({ path: req.path, utf8: req.utf8, encoding, metadata: req.metadata }, options), encoding };
  }
  // a U+FEFF at the start is the editor's text, not a byte-order mark
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(req.utf8);
  const report = await checkTextOrApi({ path: req.path, text, encoding, metadata: req.metadata }, options);
  return { report, encoding };
}

async function handle(req: CheckRequest, owner: OwnerPort): Promise<void> {
  const flag = req.cancel ? new Int32Array(req.cancel) : null;
  const signal = { get aborted() { return flag !== null && Atomics.load(flag, 0) === 1; } };
  let res: CheckResponse;
  try {
    res = req.kind === 'fixes'
      ? { id: req.id, ok: true, fixes: textFixes({ path: req.path, text: req.text, format: req.format }) }
      : { id: req.id, ok: true, ...await check(req, signal) };
  } catch (e) {
    res = { id: req.id, ok: false, cancelled: e instanceof CancelledError, error: e instanceof Error ? e.message : String(e) };
  }
  owner.postMessage(res);
}
