// RFC 8259 well-formedness in one pass, without recursion: an explicit stack of open containers,
// so a 100,000-deep (or deeper) document cannot overflow the call stack. Stops at the first error.
// Containers up to `sink.maxDepth` are reported to the sink (record discovery) as they are read.
import { CancelledError, type CancellationSignal } from '../types';
import { FailureBuilder, type JsonFailure } from './errors';
import { scanNumber, scanString, wordEnd, type TokenTrouble } from './tokens';

/** Structure events for shallow containers; depth of the root container = 0. */
export interface JsonSink {
  readonly maxDepth: number;
  /** `index`: the element index when the parent is an array */
  open(isArray: boolean, depth: number, offset: number, index: number): void;
  /** a property name of the object at `depth`: text[start, end) between the quotes */
  key(depth: number, start: number, end: number, escaped: boolean): void;
  /** `offset`: the closing bracket */
  close(depth: number, offset: number): void;
}

const POLL_EVERY = 65536;

// what may come next
const VALUE = 0;
const ARRAY_FIRST = 1;   // a value or ']'
const ARRAY_NEXT = 2;    // a value after ','
const OBJECT_FIRST = 3;  // a key or '}'
const OBJECT_NEXT = 4;   // a key after ','
const COLON = 5;
const AFTER = 6;         // ',' or the closing bracket, or the end at the root

export function scanJson(text: string, sink: JsonSink | null, signal?: CancellationSignal): JsonFailure | null {
  const n = text.length;
  const kinds: number[] = [];    // 1 = array, 0 = object
  const opened: number[] = [];   // offsets of the open brackets
  const index: number[] = [];    // element index of each open array
  const sinkDepth = sink ? sink.maxDepth : -1;
  const bad: TokenTrouble = { offset: 0, kind: 'unterminated' };
  const escapes = { seen: false };
  const fail = () => new FailureBuilder(text);
  let state = VALUE;
  let comma = -1;
  let poll = POLL_EVERY;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;   // a BOM is the utf8-bom rule's business

  for (;;) {
    // (never read past the end: NaN would make the optimised code bail out)
    let c = i < n ? text.charCodeAt(i) : -1;
    while (c === 32 || c === 10 || c === 13 || c === 9) { c = ++i < n ? text.charCodeAt(i) : -1; }
    if (i >= n) { break; }
    if (i >= poll) {
      if (signal?.aborted) { throw new CancelledError(); }
      poll = i + POLL_EVERY;
    }
    const depth = kinds.length;

    if (state === AFTER) {
      if (depth === 0) { return fail().unexpected(i, 'nothing'); }
      const isArray = kinds[depth - 1] === 1;
      if (c === 44) {
        comma = i++;
        if (isArray) { index[depth - 1]++; state = ARRAY_NEXT; } else { state = OBJECT_NEXT; }
      } else if (c === (isArray ? 93 : 125)) {
        if (depth - 1 <= sinkDepth) { sink!.close(depth - 1, i); }
        kinds.pop(); opened.pop(); index.pop();
        i++;
      } else {
        return fail().unexpected(i, isArray ? 'array-next' : 'object-next');
      }
      continue;
    }

    if (state === COLON) {
      if (c !== 58) { return fail().unexpected(i, 'colon'); }
      i++;
      state = VALUE;
      continue;
    }

    if (state === OBJECT_FIRST || state === OBJECT_NEXT) {
      if (c === 34) {
        const end = scanString(text, i, bad, escapes);
        if (end < 0) { return fail().token(i, bad); }
        if (depth - 1 <= sinkDepth) { sink!.key(depth - 1, i + 1, end - 1, escapes.seen); }
        i = end;
        // the colon nearly always follows at once: skip a turn of the loop
        c = i < n ? text.charCodeAt(i) : -1;
        while (c === 32 || c === 10 || c === 13 || c === 9) { c = ++i < n ? text.charCodeAt(i) : -1; }
        if (c === 58) { i++; state = VALUE; } else { state = COLON; }
      } else if (c === 125) {
        if (state === OBJECT_NEXT) { return fail().trailingComma(i, comma); }
        if (depth - 1 <= sinkDepth) { sink!.close(depth - 1, i); }
        kinds.pop(); opened.pop(); index.pop();
        i++;
        state = AFTER;
      } else {
        return keyProblem(fail(), text, i, state === OBJECT_FIRST);
      }
      continue;
    }

    // a value is expected (or, right after '[', the closing ']')
    if (c === 34) {
      const end = scanString(text, i, bad, escapes);
      if (end < 0) { return fail().token(i, bad); }
      i = end;
      state = AFTER;
    } else if (c === 123 || c === 91) {
      const isArray = c === 91;
      if (depth <= sinkDepth) { sink!.open(isArray, depth, i, depth > 0 ? index[depth - 1] : 0); }
      kinds.push(isArray ? 1 : 0); opened.push(i); index.push(0);
      i++;
      state = isArray ? ARRAY_FIRST : OBJECT_FIRST;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      const end = scanNumber(text, i, bad);
      if (end < 0) { return fail().token(i, bad); }
      i = end;
      state = AFTER;
    } else if (c === 93 && state !== VALUE) {
      if (state === ARRAY_NEXT) { return fail().trailingComma(i, comma); }
      if (depth - 1 <= sinkDepth) { sink!.close(depth - 1, i); }
      kinds.pop(); opened.pop(); index.pop();
      i++;
      state = AFTER;
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      const end = wordEnd(text, i);
      const len = end - i;
      if (!((len === 4 && (text.startsWith('true', i) || text.startsWith('null', i))) || (len === 5 && text.startsWith('false', i)))) {
        return fail().word(i, end);
      }
      i = end;
      state = AFTER;
    } else if (c === 39) {
      return fail().singleQuote(i);
    } else {
      return fail().unexpected(i, 'value');
    }
  }

  if (kinds.length > 0) { return fail().endOfInput(opened[kinds.length - 1], kinds[kinds.length - 1] === 1); }
  if (state !== AFTER) { return fail().empty(); }
  return null;
}

function keyProblem(f: FailureBuilder, text: string, i: number, first: boolean): JsonFailure {
  const c = text.charCodeAt(i);
  if (c === 39) { return f.singleQuote(i); }
  const identifier = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 0x7f;
  if (identifier && c !== 0x3000 && c !== 0xa0 && c !== 0xfeff) {
    return f.unquotedKey(i, keyLikeEnd(text, i));
  }
  return f.unexpected(i, first ? 'key-or-end' : 'key');
}

/** The end of an unquoted name such as `name` or `名稱` (up to ':', a space or a bracket). */
function keyLikeEnd(text: string, i: number): number {
  const stop = Math.min(text.length, i + 200);
  let k = Math.max(i + 1, wordEnd(text, i));
  while (k < stop) {
    const c = text.charCodeAt(k);
    if (c === 58 || c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 125 || c === 34) { break; }
    k++;
  }
  return k;
}
