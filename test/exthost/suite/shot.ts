// Screenshots of the whole workbench, taken by the driver (test/host/run-tests.js) on request.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** What the driver does before the shot: the side bar's width in px, and the side bar alone. */
export interface ShotOptions {
  sidebarWidth?: number;
  clip?: 'sidebar';
}

/** `NAME-LANG.png` in SHOT_DIR; resolves to its path, or undefined when the driver takes none. */
export async function screenshot(name: string, options: ShotOptions = {}, timeoutMs = 20000): Promise<string | undefined> {
  const dir = process.env.EXT_TEST_SHOT_DIR;
  if (!dir) { return undefined; }
  const file = `${name}-${vscode.env.language}`;
  fs.mkdirSync(dir, { recursive: true });
  const done = path.join(dir, file + '.done');
  fs.writeFileSync(path.join(dir, file + '.request'), JSON.stringify(options));
  const end = Date.now() + timeoutMs;
  while (!fs.existsSync(done)) {
    if (Date.now() > end) { throw new Error('screenshot not taken: ' + file); }
    await new Promise(r => setTimeout(r, 100));
  }
  fs.unlinkSync(done);
  return path.join(dir, file + '.png');
}
