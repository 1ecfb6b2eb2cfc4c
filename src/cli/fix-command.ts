// `opendata-badge fix`: the safe fixes, each verified by the engine before it is offered; the
// file is written once, atomically, after the final bytes decode back to exactly the intended text.
import { promises as fsp } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { dirname, join } from 'node:path';
import { detectEncoding, decode } from '../core/encoding';
import { detectFormat } from '../core/engine';
import { convertToUtf8 } from '../core/fixes/convert-utf8';
import { applyEdits } from '../core/fixes/fix';
import { textFixes, FIX_ORDER } from '../core/fixes';
import { appendMetadataNote } from '../core/fixes/metadata-update';
import { msg, render } from '../core/messages';
import type { FixId } from '../core/types';
import type { FixArgs } from './args';
import { collectFiles, writeAtomically } from './files';
import { say, translator, type Translate } from './translate';
import { W } from './words';
import { sidecarNameOf } from '../core/metadata/paths';

export async function runFix(a: FixArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const t = translator(a.lang);
  const { files, missing } = await collectFiles(a.paths);
  for (const m of missing) { err(`opendata-badge: ${render(W.cannotRead(m), t)}`); }
  let status = missing.length ? 2 : 0;
  for (const path of files) {
    try {
      status = Math.max(status, await fixFile(path, a, t, out, err));
    } catch (e) {
      err(`opendata-badge: ${render(W.cannotFix(path, (e as Error).message), t)}`);
      status = 2;
    }
  }
  return status;
}

async function fixFile(path: string, a: FixArgs, t: Translate, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const original = new Uint8Array(await fsp.readFile(path));
  const encoding = detectEncoding(original);
  if (encoding.name === 'binary') {
    err(render(W.notText(path, encoding.binaryKind ?? msg('binary file').template), t));
    return 1;
  }
  const format = detectFormat(path, decode(original, encoding).slice(0, 65536));
  const done: string[] = [];
  let text: string;
  let bom: boolean;
  if (a.utf8 || a.all) {
    const r = convertToUtf8(original, { format, eudc: a.eudc });
    if (!r.ok) {
      err(`${path}: ${say(t, r.reason, render(r.reason))}`);
      for (const e of r.eudc ?? []) {
        err(`  ${e.line}:${e.column}  0x${e.bytes}  hkscs=${e.readings.hkscs ?? '-'}  cp950=${e.readings.cp950 ?? '-'}  pua=U+${e.readings.pua.codePointAt(0)?.toString(16).toUpperCase()}`);
      }
      return 1;
    }
    text = r.text;
    bom = r.bytes[0] === 0xef && r.bytes[1] === 0xbb && r.bytes[2] === 0xbf;
    done.push(...r.changes.map(c => say(t, c, render(c))));
  } else {
    text = decode(original, encoding);
    bom = encoding.bom;
  }
  const moved: string[] = [];
  const before = text;
  if (a.all) {
    const applied = new Set<FixId>();
    for (let round = 0; round < FIX_ORDER.length; round++) {
      const next = textFixes({ path, text, format })
        .filter(f => !applied.has(f.id))
        .sort((x, y) => FIX_ORDER.indexOf(x.id) - FIX_ORDER.indexOf(y.id))[0];
      if (!next) { break; }
      applied.add(next.id);
      if (next.review) {
        // a restructuring on an uncertain decision is never applied without a person
        out(render(W.skippedReview(path, say(t, next.title, render(next.title)), say(t, next.review, render(next.review))), t));
        continue;
      }
      text = applyEdits(text, next.edits);
      moved.push(...(next.removedText ?? []));
      done.push(say(t, next.title, render(next.title)));
    }
  }
  const bytes = encodeUtf8(text, bom);
  if (bytesEqual(bytes, original)) {
    out(render(W.nothingToFix(path), t));
    return 0;
  }
  // the last check before writing: the bytes must read back as exactly the intended text
  if (decode(bytes, detectEncoding(bytes)) !== text) {
    err(render(W.verificationFailed(path), t));
    return 1;
  }
  if (a.dryRun) {
    out(render(W.wouldFix(path, done.join('; ')), t));
    if (text !== before) { out(textDiff(path, before, text)); }
    return 0;
  }
  const kept = await writeAtomically(path, bytes, a.backup);
  out(render(kept ? W.fixedKept(path, done.join('; '), kept) : W.fixed(path, done.join('; ')), t));
  if (moved.length) { await moveToMetadata(path, moved, a, out, t); }
  return 0;
}

/** Title and notes rows belong in the metadata's 備註: append them to the sidecar if there is one. */
async function moveToMetadata(path: string, lines: string[], a: FixArgs, out: (s: string) => void, t: Translate): Promise<void> {
  const sidecar = join(dirname(path), sidecarNameOf(path));
  let current: string;
  try { current = await fsp.readFile(sidecar, 'utf8'); } catch {
    out(`  ${render(W.removedRows, t)}\n${lines.map(l => '    ' + l).join('\n')}`);
    return;
  }
  const fix = appendMetadataNote(current, lines);
  if (!fix) { return; }
  await writeAtomically(sidecar, encodeUtf8(applyEdits(current, fix.edits), false), a.backup);
  out(`  ${render(W.notesAdded(sidecar, lines.length), t)}`);
}

/** what --dry-run would change in the text, as a unified diff (the encoding is said above it) */
function textDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(path, path, before, after, undefined, undefined, { context: 1 }).replace(/^Index: .*\n=+\n/, '').trimEnd();
}

function encodeUtf8(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}
