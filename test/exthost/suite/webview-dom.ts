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

/** Presses keys one after another in the element (focused first). */
export async function press(selector: string, ...keys: string[]): Promise<void> {
  for (const key of keys) { await dom({ selector, action: 'press', key }); }
}
