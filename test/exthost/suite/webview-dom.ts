// The real DOM of the workbench and its webviews, through the driver (test/host/run-tests.js):
// read the text of elements, click one, or focus one and press a key, as a user would.
import { domIn, type DomAnswer, type DomQuery } from './driver-channel';
import { nodeStore } from './shot';

export type { DomAnswer };

export async function dom(q: DomQuery, timeoutMs = 20000): Promise<DomAnswer> {
  const store = nodeStore();
  if (!store) { throw new Error('no driver: EXT_TEST_SHOT_DIR is not set'); }
  return domIn(store, q, timeoutMs);
}

/**
 * The answer once `ok` accepts it, else the last one after `timeoutMs` (for the assertion to
 * show): a webview that draws a new state (a re-check of the file) shows its rows as pending for
 * a moment, so one query can fall between two drawings.
 */
export async function domUntil(q: DomQuery, ok: (a: DomAnswer) => boolean = a => a.count > 0, timeoutMs = 10000): Promise<DomAnswer> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const a = await dom(q);
    if (ok(a) || Date.now() > end) { return a; }
    await new Promise(r => setTimeout(r, 100));
  }
}

/** Presses keys one after another in the element (focused first). */
export async function press(selector: string, ...keys: string[]): Promise<void> {
  for (const key of keys) { await dom({ selector, action: 'press', key }); }
}
