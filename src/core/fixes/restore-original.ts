// "Restore original" after Convert to UTF-8: the bytes kept in FILE.orig go back only while the
// file still holds exactly what a conversion of them writes, so that restoring loses no edit
// made since. Pure: the adapters read the bytes and write the result atomically.
import { msg, type Msg } from '../messages';
import type { FileFormat } from '../types';
import { convertToUtf8, type EudcChoice } from './convert-utf8';

const EUDC: readonly EudcChoice[] = ['refuse', 'pua', 'hkscs', 'cp950'];

export type RestoreVerdict = { ok: true } | { ok: false; reason: Msg };

/**
 * May `original` (FILE.orig) replace `current` (FILE)? Yes when some conversion of the original
 * (with or without a BOM, any reading of 造字) gives exactly the current bytes.
 */
export function canRestore(original: Uint8Array, current: Uint8Array, format: FileFormat, name: string): RestoreVerdict {
  if (sameBytes(original, current)) { return { ok: false, reason: msg('{0} already holds the original bytes: nothing to restore.', name) }; }
  for (const eudc of EUDC) {
    for (const bom of [true, false]) {
      const r = convertToUtf8(original, { format, bom, eudc });
      if (r.ok && sameBytes(r.bytes, current)) { return { ok: true }; }
    }
  }
  return { ok: false, reason: msg('{0} changed since it was converted: restoring {1} would lose those changes. Nothing was written.', name, name + '.orig') };
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) { return false; }
  for (let i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return false; } }
  return true;
}
