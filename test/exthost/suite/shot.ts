// Screenshots of the whole workbench, taken by the driver (test/host/run-tests.js) on request.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { screenshotIn, type DriverStore } from './driver-channel';

/** The driver's folder on disk (EXT_TEST_SHOT_DIR); undefined when the driver takes none. */
export function nodeStore(): DriverStore | undefined {
  const dir = process.env.EXT_TEST_SHOT_DIR;
  if (!dir) { return undefined; }
  fs.mkdirSync(dir, { recursive: true });
  const at = (name: string) => path.join(dir, name);
  return {
    write: async (name, text) => {
      fs.writeFileSync(at(name + '.tmp'), text);
      fs.renameSync(at(name + '.tmp'), at(name));
    },
    read: async name => (fs.existsSync(at(name)) ? fs.readFileSync(at(name), 'utf8') : undefined),
    remove: async name => fs.rmSync(at(name), { force: true }),
  };
}

/** What the driver does before the shot: the side bar's width in px, and the side bar alone. */
export interface ShotOptions {
  sidebarWidth?: number;
  clip?: 'sidebar';
}

/** `NAME-LANG.png` in SHOT_DIR; resolves to its path, or undefined when the driver takes none. */
export async function screenshot(name: string, options: ShotOptions = {}, timeoutMs = 20000): Promise<string | undefined> {
  const store = nodeStore();
  if (!store) { return undefined; }
  return path.join(process.env.EXT_TEST_SHOT_DIR!, await screenshotIn(store, name, vscode.env.language, timeoutMs, JSON.stringify(options)));
}
