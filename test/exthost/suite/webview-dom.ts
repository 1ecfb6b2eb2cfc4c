// The real DOM of the workbench and its webviews, through the driver (test/host/run-tests.js):
// read the text of elements, click one, or focus one and press a key, as a user would.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface DomAnswer {
  count: number;
  texts?: (string | null)[];
  error?: string;
}

export async function dom(q: { selector: string; action: 'texts' | 'click' | 'press'; key?: string }, timeoutMs = 20000): Promise<DomAnswer> {
  const dir = process.env.EXT_TEST_SHOT_DIR;
  if (!dir) { throw new Error('no driver: EXT_TEST_SHOT_DIR is not set'); }
  fs.mkdirSync(dir, { recursive: true });
  const name = `dom-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const answer = path.join(dir, name + '.answer');
  fs.writeFileSync(path.join(dir, name + '.query.tmp'), JSON.stringify(q));
  fs.renameSync(path.join(dir, name + '.query.tmp'), path.join(dir, name + '.query'));
  const end = Date.now() + timeoutMs;
  while (!fs.existsSync(answer)) {
    if (Date.now() > end) { throw new Error('the driver did not answer ' + JSON.stringify(q)); }
    await new Promise(r => setTimeout(r, 50));
  }
  const a = JSON.parse(fs.readFileSync(answer, 'utf8')) as DomAnswer;
  fs.unlinkSync(answer);
  if (a.error) { throw new Error(`driver: ${a.error}`); }
  return a;
}

/** Presses keys one after another in the element (focused first). */
export async function press(selector: string, ...keys: string[]): Promise<void> {
  for (const key of keys) { await dom({ selector, action: 'press', key }); }
}
