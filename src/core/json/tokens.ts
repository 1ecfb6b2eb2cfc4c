// The JSON tokens that are scanned character by character: strings and numbers (RFC 8259 §6-7).
// Both return the index just past the token, or -1 after recording what went wrong in `bad`.

/** What a failed token scan found; one per check, reused. */
export interface TokenTrouble {
  /** where the problem is */
  offset: number;
  kind: 'control' | 'escape' | 'unicode-escape' | 'unterminated' | 'line-break'
    | 'leading-zero' | 'no-digit' | 'no-fraction-digit' | 'no-exponent-digit' | 'hex' | 'non-finite';
}

/** A string starting at the quote `i`: returns the index after its closing quote. */
export function scanString(text: string, i: number, bad: TokenTrouble, escapes: { seen: boolean }): number {
  const n = text.length;
  let escaped = false;
  for (let k = i + 1; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c > 92) { continue; }                 // most characters, CJK included
    if (c === 34) { escapes.seen = escaped; return k + 1; }
    if (c === 92) {
      escaped = true;
      const e = text.charCodeAt(k + 1);
      if (e === 117) {                         // \uXXXX (lone surrogates are allowed by the grammar)
        if (!(isHex(text.charCodeAt(k + 2)) && isHex(text.charCodeAt(k + 3))
          && isHex(text.charCodeAt(k + 4)) && isHex(text.charCodeAt(k + 5)))) {
          return fail(bad, k, k + 1 >= n ? 'unterminated' : 'unicode-escape');
        }
        k += 5;
      } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
        k++;
      } else {
        return fail(bad, k, k + 1 >= n ? 'unterminated' : 'escape');
      }
    } else if (c < 32) {
      // a raw line break inside a string nearly always means the closing quote is missing
      return fail(bad, k, c === 10 || c === 13 ? 'line-break' : 'control');
    }
  }
  return fail(bad, i, 'unterminated');
}

/** A number starting at `i` (a '-' or a digit): returns the index after it. */
export function scanNumber(text: string, i: number, bad: TokenTrouble): number {
  let k = i;
  if (text.charCodeAt(k) === 45) { k++; }
  const first = text.charCodeAt(k);
  if (first === 48) {
    k++;
    const next = text.charCodeAt(k);
    if (isDigit(next)) { return fail(bad, i, 'leading-zero'); }
    if (next === 120 || next === 88) { return fail(bad, i, 'hex'); }
  } else if (first >= 49 && first <= 57) {
    k++;
    while (isDigit(text.charCodeAt(k))) { k++; }
  } else {
    return fail(bad, k, text.startsWith('Infinity', k) ? 'non-finite' : 'no-digit');
  }
  if (text.charCodeAt(k) === 46) {
    k++;
    if (!isDigit(text.charCodeAt(k))) { return fail(bad, k, 'no-fraction-digit'); }
    while (isDigit(text.charCodeAt(k))) { k++; }
  }
  const e = text.charCodeAt(k);
  if (e === 101 || e === 69) {
    k++;
    const sign = text.charCodeAt(k);
    if (sign === 43 || sign === 45) { k++; }
    if (!isDigit(text.charCodeAt(k))) { return fail(bad, k, 'no-exponent-digit'); }
    while (isDigit(text.charCodeAt(k))) { k++; }
  }
  return k;
}

/** The end of a run of identifier-like characters (for words such as NaN, var, True). */
export function wordEnd(text: string, i: number): number {
  let k = i;
  for (;;) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 || c === 36) { k++; } else { return k; }
  }
}

function fail(bad: TokenTrouble, offset: number, kind: TokenTrouble['kind']): number {
  bad.offset = offset;
  bad.kind = kind;
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
