// Loaded by the extension host as extensionTestsPath: runs every suite/*.exthost.js with mocha.
// (The *.exthost.ts names keep node --test, which runs out/test/unit and out/test/corpus, away.)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runMocha } from './mocha-run';

export function run(): Promise<void> {
  const files = fs.readdirSync(__dirname).filter(f => f.endsWith('.exthost.js')).sort()
    .map(f => path.join(__dirname, f));
  return runMocha(files);
}
