// checkJson: the first syntax error of RFC 8259 JSON, at its exact position, with its message.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkJson } from '../../src/core/json/check';

/** "line:column-endLine:endColumn message" of the first error, or 'ok' */
function first(text: string): string {
  const e = checkJson(text).error;
  return e ? `${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.message}` : 'ok';
}

describe('well-formed JSON passes', () => {
  const valid = [
    '{}', '[]', '0', '-0.5e+10', '"x"', 'true', 'null', ' \t\r\n[1, 2.5, -3e2, "a", true, false, null] \n',
    '{"a":{"b":[{"c":"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"}]}}', '["中文", "\\u4e2d"]', '[1E5, 0, 0.0, -0]',
    '["\\ud800"]',   // a lone surrogate escape: allowed by the RFC 8259 grammar
    '"\ud83d\ude00"',
  ];
  for (const v of valid) {
    test(JSON.stringify(v), () => {
      assert.equal(first(v), 'ok');
      assert.doesNotThrow(() => JSON.parse(v), 'the oracle agrees');
    });
  }
});

describe('syntax errors are reported at their exact position', () => {
  const cases: [string, string][] = [
    ['var raw = {"a": 1};', "1:1-1:1 Unexpected 'v': expected a value"],
    ['{"a": 1};', "1:9-1:9 Unexpected ';' after the end of the JSON value: a JSON file holds exactly one value"],
    ['{"a":1}\n{"b":2}', "2:1-2:1 Unexpected '{' after the end of the JSON value: a JSON file holds exactly one value"],
    ['[1,2,]', "1:6-1:6 Trailing comma before ']': remove the ',' at line 1, column 5"],
    ['{"a":1,\n}', "2:1-2:1 Trailing comma before '}': remove the ',' at line 1, column 7"],
    ['[1 2]', "1:4-1:4 Unexpected '2': expected ',' or ']'"],
    ['{"a":1 "b":2}', "1:8-1:8 Unexpected '\"': expected ',' or '}'"],
    ['[1}', "1:3-1:3 Unexpected '}': expected ',' or ']'"],
    ['{"a" 1}', "1:6-1:6 Unexpected '1': expected ':' after the property name"],
    ['{"a":}', "1:6-1:6 Unexpected '}': expected a value"],
    ['{,}', "1:2-1:2 Unexpected ',': expected a property name in double quotes or '}'"],
    ['{"a":1,,}', "1:8-1:8 Unexpected ',': expected a property name in double quotes"],
    ['[,1]', "1:2-1:2 Unexpected ',': expected a value"],
    ['{a: 1}', '1:2-1:2 Property names must be in double quotes: a'],
    ['{名稱: 1}', '1:2-1:3 Property names must be in double quotes: 名稱'],
    ["{'a': 1}", '1:2-1:2 Strings must be in double quotes, not single quotes'],
    ["['a']", '1:2-1:2 Strings must be in double quotes, not single quotes'],
    ['"abc', '1:1-1:4 Unterminated string: the file ends before its closing quote. Was the download cut short?'],
    ['["abc\n"]', '1:2-1:5 Unterminated string: the line ends before the closing quote'],
    ['["a\tb"]', '1:4-1:4 Control character U+0009 in a string: write it as \\t'],
    ['["a\u0005b"]', '1:4-1:4 Control character U+0005 in a string: write it as \\u0005'],
    ['["a\\xb"]', '1:4-1:5 Invalid escape \\x in a string: only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX are allowed'],
    ['["\\u12G4"]', '1:3-1:8 Invalid escape \\u12G4: \\u must be followed by four hexadecimal digits'],
    ['[007]', '1:2-1:4 Leading zeros are not allowed in numbers: 007'],
    ['[-01]', '1:2-1:4 Leading zeros are not allowed in numbers: -01'],
    ['[1.]', '1:2-1:3 Invalid number 1.: expected a digit after the decimal point'],
    ['[1e+]', '1:2-1:4 Invalid number 1e+: expected a digit in the exponent'],
    ['[-]', "1:2-1:2 Invalid number -: expected a digit after '-'"],
    ['[.5]', "1:2-1:2 Unexpected '.': expected a value"],
    ['[+1]', "1:2-1:2 Unexpected '+': expected a value"],
    ['[0x1F]', '1:2-1:5 Hexadecimal numbers are not allowed in JSON: 0x1F'],
    ['{"v": NaN}', '1:7-1:9 NaN is not allowed in JSON: use null or a string'],
    ['[Infinity]', '1:2-1:9 Infinity is not allowed in JSON: use null or a string'],
    ['[-Infinity]', '1:2-1:10 -Infinity is not allowed in JSON: use null or a string'],
    ['[undefined]', '1:2-1:10 undefined is not allowed in JSON: use null or a string'],
    ['[True]', '1:2-1:5 True is not a JSON literal: write true, false or null in lower case'],
    ['[None]', '1:2-1:5 None is not a JSON literal: write true, false or null in lower case'],
    ['[truex]', "1:2-1:2 Unexpected 't': expected a value"],
    ['// comment\n[]', '1:1-1:2 Comments are not allowed in JSON'],
    ['[1 /* c */]', '1:4-1:5 Comments are not allowed in JSON'],
    ['\u3000[]', '1:1-1:1 Unexpected U+3000: expected a value'],
    ['[1,\u00a02]', '1:4-1:4 Unexpected U+00A0: expected a value'],
    ['', '1:1-1:1 No JSON value: the file is empty or holds only whitespace'],
    [' \n ', '1:1-1:1 No JSON value: the file is empty or holds only whitespace'],
  ];
  for (const [text, expected] of cases) {
    test(JSON.stringify(text), () => {
      assert.equal(first(text), expected);
      assert.throws(() => JSON.parse(text), 'the oracle agrees that it is not JSON');
    });
  }
});

describe('truncated documents name what is left open', () => {
  const cases: [string, string][] = [
    ['[1,2', '1:5-1:5 Unexpected end of input: the array opened at line 1, column 1 is not closed'],
    ['{"a":[1,{"b":', '1:14-1:14 Unexpected end of input: the object opened at line 1, column 9 is not closed'],
    ['{"a"', '1:5-1:5 Unexpected end of input: the object opened at line 1, column 1 is not closed'],
    ['[\n  {"name": "臺北", "v": 1},\n  {"name": "新', '3:12-3:13 Unterminated string: the file ends before its closing quote. Was the download cut short?'],
    ['[1, tr', "1:5-1:5 Unexpected 't': expected a value"],
    ['[1, 2.', '1:5-1:6 Invalid number 2.: expected a digit after the decimal point'],
  ];
  for (const [text, expected] of cases) {
    test(JSON.stringify(text), () => assert.equal(first(text), expected));
  }
});

describe('positions follow the editor: \\r\\n, \\r and \\n end lines; columns count UTF-16 units', () => {
  test('CRLF', () => assert.match(first('[\r\n1,\r\n]'), /^3:1-3:1 Trailing comma/));
  test('a lone CR', () => assert.match(first('[\r1,\r]'), /^3:1-3:1 Trailing comma/));
  test('a character outside the BMP counts two columns', () => {
    assert.match(first('["😀", x]'), /^1:8-1:8 Unexpected 'x'/);
  });
  test('the error range covers the whole offending token', () => {
    const e = checkJson('{"a": 1, "b": NaN }').error!;
    assert.deepEqual([e.line, e.column, e.endLine, e.endColumn], [1, 15, 1, 17]);
  });
  test('the message is also given as a template and arguments for translation', () => {
    const e = checkJson('[1,]').error!;
    assert.equal(e.l10n.template, "Trailing comma before {0}: remove the ',' at line {1}, column {2}");
    assert.deepEqual(e.l10n.args, ["']'", 1, 3]);
  });
});
