// Validating never touches the network or the file system: external $refs are reported, not
// followed. Every way out (DNS, fetch, http, https, net, fs reads) throws and is counted here; node:test
// runs each test file in its own process, so these stubs stay in this file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { validateOpenApi } from '../../src/core/openapi';

const attempts: string[] = [];
const restore: (() => void)[] = [];

function trap(owner: object, name: string, label: string, passThrough = false): void {
  const target = owner as Record<string, unknown>;
  const original = target[name] as (...a: unknown[]) => unknown;
  target[name] = (...args: unknown[]) => {
    attempts.push(`${label} ${String(args[0])}`);
    if (passThrough) { return original.apply(owner, args); }
    throw new Error(`${label} called during validation`);
  };
  restore.push(() => { target[name] = original; });
}

before(() => {
  trap(globalThis, 'fetch', 'fetch');
  for (const [m, label] of [[http, 'http'], [https, 'https']] as const) {
    trap(m, 'request', `${label}.request`);
    trap(m, 'get', `${label}.get`);
  }
  // the $ref resolver looks the host up with dns/promises before it fetches
  trap(dns.promises, 'lookup', 'dns.promises.lookup');
  trap(dns, 'lookup', 'dns.lookup');
  trap(net, 'connect', 'net.connect');
  trap(net, 'createConnection', 'net.createConnection');
  // file reads are allowed for node itself; any read while validating is recorded
  trap(fs.promises, 'readFile', 'fs.promises.readFile', true);
  trap(fs, 'readFile', 'fs.readFile', true);
});

after(() => { for (const r of restore.reverse()) { r(); } });

const HEAD = 'openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\npaths:\n  /x:\n    get:\n      responses:\n        "200":\n';

test('an http $ref is reported at its position and never fetched', async () => {
  attempts.length = 0;
  const r = await validateOpenApi(HEAD + '          $ref: "https://example.gov.tw/api/common.yaml#/Ok"\n', 'api.yaml');
  assert.deepEqual(attempts, []);
  assert.equal(r.valid, false, 'cannot be validated offline, so it does not count as valid');
  assert.equal(r.errors.length, 1);
  const e = r.errors[0];
  assert.match(e.message.template, /points outside this document/);
  assert.deepEqual(e.message.args, ['https://example.gov.tw/api/common.yaml#/Ok']);
  assert.equal(e.pointer, '/paths/~1x/get/responses/200/$ref');
  assert.deepEqual([e.line, e.column, e.endLine, e.endColumn], [10, 17, 10, 60]);
});

test('a relative file $ref is reported and the file is not read, even when it exists', async () => {
  attempts.length = 0;
  const r = await validateOpenApi(HEAD + `          $ref: "${__filename}"\n`, __filename + '.yaml');
  assert.deepEqual(attempts, []);
  assert.equal(r.valid, false);
  assert.match(r.errors[0].message.template, /points outside this document/);
});

test('schema errors are still reported next to an external $ref', async () => {
  attempts.length = 0;
  const text = 'openapi: 3.0.3\npaths:\n  /x:\n    $ref: "./paths/x.yaml"\n';
  const r = await validateOpenApi(text, 'api.yaml');
  assert.deepEqual(attempts, []);
  const byPointer = new Map(r.errors.map(e => [e.pointer, e]));
  assert.ok(byPointer.has('/paths/~1x/$ref'));
  assert.deepEqual(byPointer.get('')?.message.args, ['info']);
});

test('a local $ref chain still validates with the traps in place', async () => {
  attempts.length = 0;
  const text = HEAD + '          $ref: "#/components/responses/Ok"\ncomponents:\n  responses:\n    Ok:\n      description: fine\n';
  const r = await validateOpenApi(text, 'api.yaml');
  assert.deepEqual(attempts, []);
  assert.deepEqual(r.errors, []);
  assert.equal(r.valid, true);
});
