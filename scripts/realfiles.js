#!/usr/bin/env node
// Rebuilds the project's own labelled set (test/realfiles/manifest.tsv) from git snapshots of its
// public source repositories: for each row, `git show COMMIT:PATH` from MIRRORS/<owner>+<name>/repo
// (the layout the workplace's fetch tool gives), written byte for byte to OUT/<file> and checked
// against the manifest's sha256. The files are public data, not stored in this repository.
//   node scripts/realfiles.js [--mirrors DIR] [--out DIR]
// defaults: ../.mirror and ../realfiles/files beside the repository. Exit 1 when a file is missing
// or differs.
'use strict';
const cp = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 && args[i + 1] ? path.resolve(args[i + 1]) : dflt; };
const mirrors = opt('mirrors', path.resolve(root, '..', '.mirror'));
const out = opt('out', path.resolve(root, '..', 'realfiles', 'files'));

const rows = fs.readFileSync(path.join(root, 'test/realfiles/manifest.tsv'), 'utf8').split('\n').filter(Boolean);
const head = rows[0].split('\t');
const col = name => head.indexOf(name);
fs.mkdirSync(out, { recursive: true });
let ok = 0;
const problems = [];
for (const line of rows.slice(1)) {
  const c = line.split('\t');
  const file = c[col('file')];
  const snapshot = path.join(mirrors, c[col('source_repo')].replace('/', '+'), 'repo');
  // a bare git directory, or a folder with one in .git
  const gitDir = fs.existsSync(path.join(snapshot, 'HEAD')) ? snapshot : path.join(snapshot, '.git');
  const target = path.join(out, file);
  if (!fs.existsSync(target)) {
    if (!fs.existsSync(gitDir)) { problems.push(`${file}: no snapshot of ${c[col('source_repo')]} at ${gitDir}`); continue; }
    const r = cp.spawnSync('git', ['--git-dir', gitDir, 'show', `${c[col('commit')]}:${c[col('source_path')]}`], { maxBuffer: 1 << 27 });
    if (r.status !== 0) { problems.push(`${file}: git show failed: ${r.stderr.toString().trim()}`); continue; }
    fs.writeFileSync(target, r.stdout);
  }
  const sha = crypto.createHash('sha256').update(fs.readFileSync(target)).digest('hex');
  if (sha !== c[col('sha256')]) { problems.push(`${file}: sha256 ${sha}, manifest ${c[col('sha256')]}`); continue; }
  ok++;
}
console.log(`${ok} of ${rows.length - 1} files in ${out} match the manifest`);
for (const p of problems) { console.log('  ' + p); }
process.exit(problems.length ? 1 : 0);
