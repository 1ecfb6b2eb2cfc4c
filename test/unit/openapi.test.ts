// OpenAPI documents: recognising them, validating 2.0 / 3.0 / 3.1 in JSON and YAML, and the exact
// positions of the errors.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOpenApiFile, isOpenApiText, validateOpenApi, type OpenApiResult } from '../../src/core/openapi';

const SWAGGER_JSON = `{
  "swagger": "2.0",
  "info": { "title": "職訓就業率", "version": "1.0" },
  "paths": {
    "/rates/{year}": {
      "get": {
        "parameters": [{ "name": "year", "in": "path", "required": true, "type": "integer" }],
        "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Rate" } } }
      }
    }
  },
  "definitions": { "Rate": { "type": "object", "properties": { "rate": { "type": "number" } } } }
}`;

const SWAGGER_YAML = `swagger: "2.0"
info:
  title: t
  version: "1"
paths:
  /items:
    get:
      responses:
        "200":
          description: OK
`;

const OAS30_YAML = `openapi: 3.0.3
info:
  title: 開放資料 API
  version: 1.0.0
paths:
  /datasets:
    get:
      responses:
        "200":
          $ref: '#/components/responses/List'
components:
  responses:
    List:
      description: a list
`;

const OAS30_JSON = '{"openapi":"3.0.0","info":{"title":"t","version":"1"},"paths":{}}';

const OAS31_YAML = `openapi: 3.1.0
info:
  title: t
  version: "1"
webhooks:
  newDataset:
    post:
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Dataset'
      responses:
        "200":
          description: OK
components:
  schemas:
    Dataset:
      type: [object, "null"]
      properties:
        name: { type: string }
`;

// tab-indented JSON is common and is not valid YAML indentation
const OAS31_JSON = '{\n\t"openapi": "3.1.0",\n\t"info": {"title": "t", "version": "1"},\n\t"paths": {}\n}\n';

function only(r: OpenApiResult): OpenApiResult['errors'][number] {
  assert.equal(r.errors.length, 1, JSON.stringify(r.errors));
  return r.errors[0];
}

describe('valid documents', () => {
  const cases: [string, string, string, string][] = [
    ['2.0 JSON', 'api.json', SWAGGER_JSON, '2.0'],
    ['2.0 YAML', 'api.yaml', SWAGGER_YAML, '2.0'],
    ['3.0 YAML', 'openapi.yml', OAS30_YAML, '3.0.3'],
    ['3.0 JSON', 'openapi.json', OAS30_JSON, '3.0.0'],
    ['3.1 YAML', 'openapi.yaml', OAS31_YAML, '3.1.0'],
    ['3.1 JSON with tabs', 'openapi.json', OAS31_JSON, '3.1.0'],
    ['3.1 JSON with a BOM, no extension', 'openapi', '\uFEFF' + OAS31_JSON, '3.1.0'],
  ];
  for (const [name, path, text, version] of cases) {
    test(name, async () => {
      assert.equal(isOpenApiText(text, path), true);
      const r = await validateOpenApi(text, path);
      assert.deepEqual(r.errors, []);
      assert.equal(r.valid, true);
      assert.equal(r.version, version);
    });
  }
});

describe('isOpenApiText', () => {
  test('is false for data files and other documents', () => {
    assert.equal(isOpenApiText('年度,就業率\n2023,88.1\n', 'rates.csv'), false);
    assert.equal(isOpenApiText('[{"年度":"2023","就業率":"88.1"}]', 'rates.json'), false);
    assert.equal(isOpenApiText('name: build\non: push\n', 'ci.yml'), false);
    assert.equal(isOpenApiText('{"data": {"openapi": "3.0.0"}}', 'nested.json'), false, 'not a top-level key');
    assert.equal(isOpenApiText('{"openapi": "2.0"}', 'x.json'), false, 'openapi 2.0 is not a version');
    assert.equal(isOpenApiText('', 'empty.json'), false);
    assert.equal(isOpenApiText('\u0000\u0001PK\u0003\u0004', 'x.yaml'), false);
  });

  test('is true for a broken document whose root declares a version', () => {
    assert.equal(isOpenApiText('openapi: 3.0.3\ninfo: [unclosed\n', 'a.yaml'), true);
    assert.equal(isOpenApiText('{"openapi": "3.1.0", "info": {', 'a.json'), true);
  });

  test('checkOpenApiFile: null for data, the validation with its path for a document', async () => {
    assert.equal(await checkOpenApiFile('[{"a":1}]', 'data.json'), null);
    const r = await checkOpenApiFile(OAS30_JSON, 'apis/openapi.json');
    assert.deepEqual(r, { path: 'apis/openapi.json', version: '3.0.0', valid: true, errors: [] });
  });

  test('a 10 MB single line is rejected quickly', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const t0 = Date.now();
    assert.equal(isOpenApiText(big, 'big.json'), false);
    assert.ok(Date.now() - t0 < 500);
  });
});

describe('invalid documents, with positions', () => {
  test('missing info: the root, marked on its first line', async () => {
    const r = await validateOpenApi('openapi: 3.0.3\npaths: {}\n', 'a.yaml');
    assert.equal(r.valid, false);
    const e = only(r);
    assert.equal(e.pointer, '');
    assert.deepEqual(e.message, { template: 'Missing required property "{0}".', args: ['info'] });
    assert.deepEqual([e.line, e.column, e.endLine, e.endColumn], [1, 1, 1, 14]);
  });

  test('a wrong type under paths: the offending value', async () => {
    const r = await validateOpenApi('openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\npaths:\n  /x: hello\n', 'a.yaml');
    const e = only(r);
    assert.equal(e.pointer, '/paths/~1x');
    assert.deepEqual(e.message.args, ['object']);
    assert.deepEqual([e.line, e.column, e.endLine, e.endColumn], [6, 7, 6, 11]);
  });

  test('an empty value under paths: marked on its name', async () => {
    const e = only(await validateOpenApi('openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\npaths:\n  /x:\n', 'a.yaml'));
    assert.equal(e.pointer, '/paths/~1x');
    assert.deepEqual([e.line, e.column, e.endLine, e.endColumn], [6, 3, 6, 4]);
  });

  test('a wrong type under paths in JSON', async () => {
    const text = '{\n  "swagger": "2.0",\n  "info": {"title": "t", "version": "1"},\n  "paths": {"/x": 42}\n}';
    const e = only(await validateOpenApi(text, 'a.json'));
    assert.equal(e.pointer, '/paths/~1x');
    assert.deepEqual([e.line, e.column, e.endLine, e.endColumn], [4, 19, 4, 20]);
  });

  test('columns count UTF-16 code units after CJK text and an emoji', async () => {
    const text = '{"swagger":"2.0","info":{"title":"職訓😀","version":"1"},"paths":{"/x":42}}';
    const e = only(await validateOpenApi(text, 'a.json'));
    assert.deepEqual([e.line, e.column, e.endColumn], [1, text.indexOf('42') + 1, text.indexOf('42') + 2]);
  });

  test('a response without description: marked on its status code', async () => {
    const text = 'openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\npaths:\n  /x:\n    get:\n      responses:\n        "200":\n          content: {}\n';
    const e = only(await validateOpenApi(text, 'a.yaml'));
    assert.equal(e.pointer, '/paths/~1x/get/responses/200');
    assert.deepEqual(e.message.args, ['description']);
    assert.deepEqual([e.line, e.column, e.endLine, e.endColumn], [9, 9, 9, 13]);
  });

  test('a property that is not allowed: marked on its name', async () => {
    const e = only(await validateOpenApi('openapi: 3.1.0\ninfo:\n  title: t\n  version: "1"\npaths: {}\nfoo: 1\n', 'a.yaml'));
    assert.equal(e.pointer, '/foo');
    assert.deepEqual([e.line, e.column, e.endLine, e.endColumn], [6, 1, 6, 3]);
  });

  test('a $ref to nothing in the document: marked on the reference', async () => {
    const text = OAS30_YAML.replace("'#/components/responses/List'", "'#/components/responses/Missing'");
    const e = only(await validateOpenApi(text, 'a.yaml'));
    assert.equal(e.pointer, '/paths/~1datasets/get/responses/200/$ref');
    assert.deepEqual(e.message.args, ['#/components/responses/Missing', '/components/responses/Missing']);
    assert.deepEqual([e.line, e.column, e.endLine, e.endColumn], [10, 17, 10, 48]);
  });

  test('a Swagger 2.0 semantic error is placed on the node its message names', async () => {
    const text = SWAGGER_YAML.replace('description: OK', 'description: OK\n          schema:\n            type: array');
    const e = only(await validateOpenApi(text, 'a.yaml'));
    assert.equal(e.pointer, '/paths/~1items/get/responses/200/schema');
    assert.equal(e.line, 11);
    assert.match(String(e.message.args[0]), /items/);
  });

  test('an unquoted version is a number in YAML: marked on the version', async () => {
    const r = await validateOpenApi('openapi: 3.0\ninfo:\n  title: t\n  version: "1"\npaths: {}\n', 'a.yaml');
    const e = only(r);
    assert.equal(r.version, '3');
    assert.equal(e.pointer, '/openapi');
    assert.deepEqual([e.line, e.column, e.endLine, e.endColumn], [1, 10, 1, 12]);
  });

  test('a bad schema type deep down: one error on the value, no oneOf noise', async () => {
    const text = 'openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\npaths:\n  /x:\n    get:\n      responses:\n'
      + '        "200":\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: strin\n';
    const e = only(await validateOpenApi(text, 'a.yaml'));
    assert.equal(e.pointer, '/paths/~1x/get/responses/200/content/application~1json/schema/type');
    assert.deepEqual([e.line, e.column, e.endLine, e.endColumn], [14, 23, 14, 27]);
  });

  test('a numeric info.version: marked on it', async () => {
    const e = only(await validateOpenApi('openapi: 3.0.3\ninfo:\n  title: t\n  version: 1\npaths: {}\n', 'a.yaml'));
    assert.equal(e.pointer, '/info/version');
    assert.deepEqual([e.line, e.column, e.endLine, e.endColumn], [4, 12, 4, 12]);
  });

  test('a numeric swagger version', async () => {
    const r = await validateOpenApi('swagger: 2.0\ninfo:\n  title: t\n  version: "1"\npaths: {}\n', 'a.yaml');
    assert.equal(only(r).pointer, '/swagger');
  });

  test('3.1 without paths or webhooks', async () => {
    const e = only(await validateOpenApi('openapi: 3.1.0\ninfo:\n  title: t\n  version: "1"\n', 'a.yaml'));
    assert.deepEqual(e.message.args, ['paths']);
    assert.equal(e.line, 1);
  });

  test('an unsupported version', async () => {
    const r = await validateOpenApi('openapi: 3.2.0\ninfo:\n  title: t\n  version: "1"\npaths: {}\n', 'a.yaml');
    assert.equal(r.valid, false);
    assert.equal(only(r).pointer, '/openapi');
  });

  test('several errors are all reported', async () => {
    const r = await validateOpenApi('openapi: 3.0.3\npaths:\n  /x: hello\n', 'a.yaml');
    assert.deepEqual(r.errors.map(e => e.pointer).sort(), ['', '/paths/~1x']);
  });
});
