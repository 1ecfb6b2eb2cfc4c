// extensionTestsPath of the editor benchmark (`npm run bench:editor`), not part of `npm test`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runMocha } from '../suite/mocha-run';

export function run(): Promise<void> {
  return runMocha(fs.readdirSync(__dirname).filter(f => f.endsWith('.exthost.js')).map(f => path.join(__dirname, f)));
}
