// OpenAPI validation of text that does not parse, or is not an OpenAPI document at all: errors at
// their positions, never a crash or a hang.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateOpenApi, type OpenApiResult } from '../../src/core/openapi';

function only(r: OpenApiResult): OpenApiResult['errors'][number] {
  assert.equal(r.errors.length, 1, JSON.stringify(r.errors));
  return r.errors[0];
}

describe('syntax errors and non-documents', () => {
  test('a YAML syntax error at its position', async () => {
    const r = await validateOpenApi('openapi: 3.0.3\ninfo:\n  title: t: u\n', 'a.yaml');
    assert.equal(r.valid, false);
    assert.equal(r.version, '3.0.3', 'read from the partial tree');
    const e = only(r);
    assert.match(e.message.template, /^YAML syntax error/);
    assert.deepEqual([e.line, e.column], [3, 10]);
  });

  test('an unclosed quote is reported where the parser gives up (quoted scalars may span lines)', async () => {
    const r = await validateOpenApi('openapi: 3.0.3\ninfo:\n  title: "unclosed\n  version: 1\n', 'a.yaml');
    assert.equal(r.valid, false);
    assert.match(r.errors[0].message.template, /^YAML syntax error/);
    assert.equal(r.errors[0].line, 5);
  });

  test('a duplicate key in YAML is an error', async () => {
    const r = await validateOpenApi('openapi: 3.0.3\ninfo:\n  title: t\n  title: u\n  version: "1"\npaths: {}\n', 'a.yaml');
    assert.equal(r.valid, false);
    assert.equal(r.errors[0].line, 4);
  });

  test('a JSON syntax error at its position', async () => {
    const r = await validateOpenApi('{\n  "openapi": "3.0.0",\n  "info": {"title": "t",}\n}', 'a.json');
    assert.equal(r.valid, false);
    assert.match(r.errors[0].message.template, /^JSON syntax error/);
    assert.deepEqual([r.errors[0].line, r.errors[0].column], [3, 25]);
  });

  test('a document that is not OpenAPI', async () => {
    const r = await validateOpenApi('{"records": []}', 'a.json');
    assert.equal(r.valid, false);
    assert.equal(r.version, null);
    assert.equal(only(r).pointer, '');
  });

  test('empty, binary and a 10 MB single line do not crash', async () => {
    for (const text of ['', '\u0000\u0001\u0002\uFFFD', '{"a":"' + 'x'.repeat(10 * 1024 * 1024)]) {
      const r = await validateOpenApi(text, 'x.json');
      assert.equal(r.valid, false);
      assert.ok(r.errors.length >= 1);
    }
  });

  test('an alias bomb is refused, not expanded', async () => {
    const lines = ['openapi: 3.0.3', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) {
      const p = String.fromCharCode(96 + i);
      const n = String.fromCharCode(97 + i);
      lines.push(`${n}: &${n} [*${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}]`);
    }
    const r = await validateOpenApi(lines.join('\n') + '\n', 'bomb.yaml');
    assert.equal(r.valid, false);
    assert.equal(only(r).message.template, 'YAML error: {0}');
  });
});
