// dist/cli.js: loads the command line (dist/cli-main.js) with V8's code cache of it, written by
// the build (esbuild.mjs): compiling half a megabyte of JavaScript is most of a start-up, and CI
// jobs start the CLI once per file. A cache from another node version is rejected by V8 and the
// code is compiled as usual.
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

const main = join(__dirname, 'cli-main.js');
const cacheFile = join(__dirname, 'cli-main.cache');
let cachedData: Buffer | undefined;
try { cachedData = readFileSync(cacheFile); } catch { cachedData = undefined; }
const script = new Script(Module.wrap(readFileSync(main, 'utf8')), { filename: main, cachedData });
const mod = new Module(main, module);
mod.filename = main;
const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
run.call(mod.exports, mod.exports, createRequire(main), mod, main, __dirname);
if (process.env.OPENDATA_BADGE_WRITE_CODE_CACHE) {
  // the build's run: the functions it compiled go into the cache
  process.on('exit', () => { writeFileSync(cacheFile, script.createCachedData()); });
}
