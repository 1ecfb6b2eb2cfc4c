// The messages of the first JSON syntax error. Each names the position in its text too (the CLI's
// text output and the editor's hover show the message alone).
import { msg, type Msg } from '../messages';
import { LineIndex } from '../text/line-index';
import type { TokenTrouble } from './tokens';
import { showChar } from './show-char';

/** The first error: [offset, end) in the text and its message. */
export interface JsonFailure {
  offset: number;
  end: number;
  msg: Msg;
}

export type Expected = 'value' | 'array-next' | 'object-next' | 'colon' | 'key' | 'key-or-end' | 'nothing';

/** Built on the first error only: finding positions needs one pass over the text. */
export class FailureBuilder {
  private readonly ix: LineIndex;

  constructor(private readonly text: string) {
    this.ix = new LineIndex(text);
  }

  unexpected(i: number, expected: Expected): JsonFailure {
    const next = this.text.charCodeAt(i + 1);
    if (this.text.charCodeAt(i) === 47 && (next === 47 || next === 42)) { return this.comment(i); }
    const ch = showChar(this.text, i);
    const end = i + ((this.text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    switch (expected) {
      case 'value': return { offset: i, end, msg: msg('Unexpected {0}: expected a value', ch) };
      case 'array-next': return { offset: i, end, msg: msg("Unexpected {0}: expected ',' or ']'", ch) };
      case 'object-next': return { offset: i, end, msg: msg("Unexpected {0}: expected ',' or '}'", ch) };
      case 'colon': return { offset: i, end, msg: msg("Unexpected {0}: expected ':' after the property name", ch) };
      case 'key': return { offset: i, end, msg: msg('Unexpected {0}: expected a property name in double quotes', ch) };
      case 'key-or-end': return { offset: i, end, msg: msg("Unexpected {0}: expected a property name in double quotes or '}'", ch) };
      case 'nothing': return {
        offset: i, end,
        msg: msg('Unexpected {0} after the end of the JSON value: a JSON file holds exactly one value', ch),
      };
    }
  }

  /** The input ended inside the container opened at `openedAt` (innermost). */
  endOfInput(openedAt: number, isArray: boolean): JsonFailure {
    const n = this.text.length;
    const o = this.ix.position(openedAt);
    return {
      offset: n, end: n,
      msg: isArray
        ? msg('Unexpected end of input: the array opened at line {0}, column {1} is not closed', o.line, o.column)
        : msg('Unexpected end of input: the object opened at line {0}, column {1} is not closed', o.line, o.column),
    };
  }

  empty(): JsonFailure {
    return { offset: 0, end: 0, msg: msg('No JSON value: the file is empty or holds only whitespace') };
  }

  /** At the closing bracket, which is where a parser stops; the message names the comma. */
  trailingComma(bracket: number, comma: number): JsonFailure {
    const c = this.ix.position(comma);
    return {
      offset: bracket, end: bracket + 1,
      msg: msg("Trailing comma before {0}: remove the ',' at line {1}, column {2}", `'${this.text[bracket]}'`, c.line, c.column),
    };
  }

  /** A string or number that could not be read; `start` is where the token starts. */
  token(start: number, t: TokenTrouble): JsonFailure {
    const at = t.offset;
    switch (t.kind) {
      case 'unterminated':
        return { offset: start, end: this.text.length, msg: msg('Unterminated string: the file ends before its closing quote. Was the download cut short?') };
      case 'line-break':
        return {
          offset: start, end: at,
          msg: msg('Unterminated string: the line ends before the closing quote'),
        };
      case 'control': {
        const code = this.text.charCodeAt(at);
        return {
          offset: at, end: at + 1,
          msg: msg('Control character {0} in a string: write it as {1}', showChar(this.text, at), escapeFor(code)),
        };
      }
      case 'escape':
        return {
          offset: at, end: at + 2,
          msg: msg('Invalid escape {0} in a string: only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX are allowed', this.text.slice(at, at + 2)),
        };
      case 'unicode-escape':
        return {
          offset: at, end: Math.min(this.text.length, at + 6),
          msg: msg('Invalid escape {0}: \\u must be followed by four hexadecimal digits', this.text.slice(at, at + 6)),
        };
      default:
        return this.number(start, t);
    }
  }

  private number(start: number, t: TokenTrouble): JsonFailure {
    const end = Math.max(start + 1, numberLikeEnd(this.text, start));
    const word = this.text.slice(start, Math.min(end, start + 40));
    switch (t.kind) {
      case 'leading-zero':
        return { offset: start, end, msg: msg('Leading zeros are not allowed in numbers: {0}', word) };
      case 'hex':
        return { offset: start, end, msg: msg('Hexadecimal numbers are not allowed in JSON: {0}', word) };
      case 'non-finite':
        return nonFinite(start, start + 9, '-Infinity');
      case 'no-fraction-digit':
        return { offset: start, end, msg: msg('Invalid number {0}: expected a digit after the decimal point', word) };
      case 'no-exponent-digit':
        return { offset: start, end, msg: msg('Invalid number {0}: expected a digit in the exponent', word) };
      default:
        return { offset: start, end, msg: msg("Invalid number {0}: expected a digit after '-'", word) };
    }
  }

  /** A bare word where a value should be: NaN, Infinity, undefined, True, None, var… */
  word(start: number, end: number): JsonFailure {
    const w = this.text.slice(start, end);
    if (w === 'NaN' || w === 'Infinity' || w === 'undefined') { return nonFinite(start, end, w); }
    const lower = w.toLowerCase();
    if (lower === 'true' || lower === 'false' || lower === 'null' || w === 'None') {
      return { offset: start, end, msg: msg('{0} is not a JSON literal: write true, false or null in lower case', w) };
    }
    return this.unexpected(start, 'value');
  }

  comment(i: number): JsonFailure {
    return { offset: i, end: i + 2, msg: msg('Comments are not allowed in JSON') };
  }

  singleQuote(i: number): JsonFailure {
    return { offset: i, end: i + 1, msg: msg('Strings must be in double quotes, not single quotes') };
  }

  unquotedKey(start: number, end: number): JsonFailure {
    return {
      offset: start, end,
      msg: msg('Property names must be in double quotes: {0}', this.text.slice(start, Math.min(end, start + 40))),
    };
  }
}

function nonFinite(start: number, end: number, word: string): JsonFailure {
  return { offset: start, end, msg: msg('{0} is not allowed in JSON: use null or a string', word) };
}

/** How a control character is written inside a JSON string. */
function escapeFor(code: number): string {
  switch (code) {
    case 8: return '\\b';
    case 9: return '\\t';
    case 10: return '\\n';
    case 12: return '\\f';
    case 13: return '\\r';
    default: return '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
  }
}

/** The end of something that looks like a number, to show it whole ("007", "1.e5"). */
function numberLikeEnd(text: string, i: number): number {
  let k = i;
  for (;;) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69 || c === 120 || c === 88
      || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)) { k++; } else { return k; }
  }
}
