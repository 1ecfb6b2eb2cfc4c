// The text a file will have in UTF-8, or why it cannot be had without loss: undecodable bytes
// (each would become U+FFFD), a cut-off last character, or Big5 user-defined characters (造字)
// whose reading nobody chose.
import { asBuffer, incompleteUtf8Tail } from '../encoding/byte-search';
import { createBig5Decoder, decode } from '../encoding/decode';
import type { Big5Reading } from '../encoding/decode-big5';
import type { DetectedEncoding } from '../encoding/detected';
import { encodingLabel } from '../encoding/names';
import { msg, plural, type Msg } from '../messages';
import type { EudcChar } from '../types';

export type EudcChoice = 'refuse' | 'pua' | 'hkscs' | 'cp950';

export type SourceText =
  | { ok: true; text: string; eudcReading: Big5Reading | null }
  | { ok: false; reason: Msg; eudc?: EudcChar[] };

/** Decode `bytes` (detected as `from`, with the full EUDC list) for conversion, or refuse. */
export function sourceText(bytes: Uint8Array, from: DetectedEncoding, eudc: EudcChoice): SourceText {
  let text: string;
  let eudcReading: Big5Reading | null = null;
  if (from.name === 'big5') {
    const chars = from.eudc ?? [];
    if (chars.length > 0) {
      const picked = pickReading(chars, eudc);
      if (!picked.ok) { return picked; }
      eudcReading = picked.reading;
    }
    const d = createBig5Decoder(eudcReading ?? (from.variant === 'big5-hkscs' ? 'hkscs' : 'cp950'));
    text = d.write(bytes) + d.end();
  } else {
    text = decode(bytes, from);
  }
  const replaced = countChar(text, 0xfffd) - encodedReplacementChars(bytes, from);
  if (replaced > 0) { return { ok: false, reason: lossReason(bytes, from, replaced) }; }
  return { ok: true, text, eudcReading };
}

function pickReading(chars: EudcChar[], choice: EudcChoice): { ok: true; reading: Big5Reading } | { ok: false; reason: Msg; eudc: EudcChar[] } {
  if (choice === 'refuse') {
    return {
      ok: false, eudc: chars,
      reason: plural(chars.length, '{0} Big5 user-defined character (造字) has no certain reading: choose one (pua, hkscs or cp950), or correct it at the source.',
        '{0} Big5 user-defined characters (造字) have no certain reading: choose one (pua, hkscs or cp950), or correct them at the source.'),
    };
  }
  if (choice === 'hkscs') {
    const missing = chars.filter(c => c.readings.hkscs === null);
    if (missing.length > 0) {
      return {
        ok: false, eudc: missing,
        reason: plural(missing.length, '{0} Big5 user-defined character (造字) has no Big5-HKSCS reading: choose pua or cp950 instead.',
          '{0} Big5 user-defined characters (造字) have no Big5-HKSCS reading: choose pua or cp950 instead.'),
      };
    }
    return { ok: true, reading: 'hkscs' };
  }
  // Windows reads user-defined characters as their private-use code points, which are also what
  // keeps them recoverable: 'cp950' and 'pua' are the same reading.
  return { ok: true, reading: 'cp950' };
}

function lossReason(bytes: Uint8Array, from: DetectedEncoding, replaced: number): Msg {
  const cutUtf8 = from.name === 'utf-8' && incompleteUtf8Tail(bytes, 0, bytes.length) > 0;
  const cutUtf16 = (from.name === 'utf-16le' || from.name === 'utf-16be') && bytes.length % 2 === 1;
  if ((cutUtf8 || cutUtf16) && replaced === 1) {
    return msg('The file ends inside a multi-byte character (it was probably cut off): converting would lose that character.');
  }
  return plural(replaced, '{0} byte sequence is not valid {1}: converting would replace it with U+FFFD and lose the character.',
    '{0} byte sequences are not valid {1}: converting would replace them with U+FFFD and lose the characters.',
    replaced, encodingLabel(from.name, from.variant));
}

function countChar(text: string, code: number): number {
  let n = 0;
  const c = String.fromCharCode(code);
  for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1)) { n++; }
  return n;
}

/** U+FFFD characters that the source really contains (not produced by decoding errors). */
function encodedReplacementChars(bytes: Uint8Array, from: DetectedEncoding): number {
  const pattern = ({
    'utf-8': [0xef, 0xbf, 0xbd],
    'utf-16le': [0xfd, 0xff],
    'utf-16be': [0xff, 0xfd],
    'gb18030': [0x84, 0x31, 0xa4, 0x37],
  } as Partial<Record<string, number[]>>)[from.name];
  if (!pattern) { return 0; }
  const buf = asBuffer(bytes);
  const needle = Buffer.from(pattern);
  const even = pattern.length === 2;
  let n = 0;
  for (let i = buf.indexOf(needle); i !== -1; i = buf.indexOf(needle, i + 1)) {
    if (!even || i % 2 === 0) { n++; }
  }
  return n;
}
