// The table preview's worker side, whatever thread it runs in: decoding, the engine's check and
// the row index of a big file happen here, never on the extension host's thread; pages are then
// cut from the kept text.
import type { OwnerPort } from '../worker/thread';
import type { PreviewCalls, PreviewProgress, PreviewRequest, PreviewResponse } from './worker-protocol';
import { openPreview, type PreviewSession } from './session';

/** answers requests with the sessions of this thread, one per open preview */
export function servePreviews(port: OwnerPort): void {
  const sessions = new Map<number, PreviewSession>();

  const answer = (req: PreviewRequest): PreviewCalls[PreviewRequest['call']]['result'] => {
    if (req.call === 'open') {
      // a new version of the file replaces the session (and frees the old text first)
      sessions.delete(req.session);
      const s = openPreview(req.args.input, req.args.options, head => port.postMessage({ id: req.id, head } satisfies PreviewProgress));
      sessions.set(req.session, s);
      return s.summary;
    }
    if (req.call === 'close') { sessions.delete(req.session); return null; }
    const s = sessions.get(req.session);
    if (!s) { throw new Error(`no preview session ${req.session}`); }
    switch (req.call) {
      case 'page': return s.page(req.args.from, req.args.count);
      case 'locate': return s.locate(req.args.row, req.args.column);
      case 'find': return s.find(req.args.role, req.args.from, req.args.step);
    }
  };

  port.onMessage(data => {
    const req = data as PreviewRequest;
    let res: PreviewResponse;
    try {
      res = { id: req.id, ok: true, result: answer(req) };
    } catch (e) {
      res = { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(res);
  });
}
