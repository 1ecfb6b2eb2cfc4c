// The rule invalid-json, on checkJson's results and through the engine.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkJson } from '../../src/core/json/check';
import { rule as invalidJson } from '../../src/core/rules/invalid-json';
import type { RuleContext } from '../../src/core/rules/rule';
import { render, type Msg } from '../../src/core/messages';
import type { Range } from '../../src/core/types';
import { checkBytes } from '../../src/core/engine';

function run(text: string): { range: Range; message: string }[] {
  const found: { range: Range; message: string }[] = [];
  const ctx: RuleContext = {
    path: 'data.json', format: 'json', encoding: { name: 'utf-8', bom: false, confidence: 1 }, metadata: null,
    today: '2026-01-01', graceDays: 0, firstLine: { line: 1, column: 1, endLine: 1, endColumn: 1 }, links: null, openapi: null,
    report: (range: Range, message: Msg) => { found.push({ range, message: render(message) }); },
    setCriterion: () => undefined,
  };
  invalidJson.create(ctx).json?.(checkJson(text));
  return found;
}

describe('invalid-json', () => {
  test('fires once, at the first error, with the range of the offending token', () => {
    const f = run('{"a": [1, 2], "b": NaN, "c": Infinity}');
    assert.deepEqual(f, [{
      range: { line: 1, column: 20, endLine: 1, endColumn: 22 },
      message: 'NaN is not allowed in JSON: use null or a string',
    }]);
  });

  test('the g0v budget file wrapped in a JavaScript variable: line 1, column 1', () => {
    assert.deepEqual(run('var raw = {"drilldown": []};\n').map(f => f.range), [{ line: 1, column: 1, endLine: 1, endColumn: 1 }]);
  });

  test('does not fire on well-formed JSON', () => {
    assert.deepEqual(run('{"records": [{"a": 1}]}'), []);
  });

  test('meta: an error of the structured criterion, for JSON only', () => {
    assert.deepEqual([invalidJson.id, invalidJson.defaultSeverity, invalidJson.criterion, invalidJson.formats],
      ['invalid-json', 'error', 'structured', ['json']]);
  });
});

describe('through the engine', () => {
  test('a trailing comma: the finding is at the closing bracket, the message names the comma', () => {
    const text = '[\n  {"年度": 2024, "件數": 120},\n  {"年度": 2024, "件數": 98},\n]\n';
    const report = checkBytes({ path: 'injuries.json', bytes: Buffer.from(text) });
    const f = report.findings.filter(x => x.rule === 'invalid-json');
    assert.deepEqual(f.map(x => [x.line, x.column, x.message]),
      [[4, 1, "Trailing comma before ']': remove the ',' at line 3, column 25"]]);
    assert.equal(report.badge.criteria.find(c => c.id === 'structured')?.status, 'fail');
  });

  test('a well-formed envelope reports its record fields', () => {
    const text = JSON.stringify({ success: true, result: { records: [{ 站名: '臺北', 值: 1 }, { 站名: '新北', 值: 2 }] } });
    const report = checkBytes({ path: 'aqi.json', bytes: Buffer.from(text) });
    assert.deepEqual(report.findings.filter(x => x.rule === 'invalid-json'), []);
    assert.deepEqual(report.fields, ['站名', '值']);
  });
});
