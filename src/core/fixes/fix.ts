// Fixes are pure edits on the decoded text (or, for the encoding, on the bytes). A fix is only
// offered after it was verified: applying it and checking the result again must remove what it
// claims to remove and keep every other character.
import type { Msg } from '../messages';
import type { FixId } from '../types';

/** Replace text[start, end) with newText; offsets in UTF-16 code units of the decoded text. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface TextFix {
  id: FixId;
  title: Msg;
  edits: TextEdit[];
  /** text the fix takes out that belongs elsewhere (title / notes rows -> the metadata's 備註) */
  removedText?: string[];
  /**
   * set when the fix restructures the table on a decision that is not certain (why): it is
   * never applied without a person — the editor shows it as a preview to accept, and
   * `fix --all` skips it
   */
  review?: Msg;
}

export type FixRefusal = { ok: false; reason: Msg };

/** Apply non-overlapping edits (any order) and return the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) {
      throw new Error(`overlapping or out-of-range edit ${e.start}-${e.end}`);
    }
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
