// Entities are checked by their declarations and never expanded; nothing outside the text is
// read. (No timings are asserted: an expansion would exhaust memory or hang the test runner.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { checkXml } from '../../src/core/xml/check';

/** A billion laughs: each level references the previous one ten times (10^levels "lol"s). */
function billionLaughs(levels: number, use: string): string {
  const decls = ['<!ENTITY lol0 "lol">'];
  for (let k = 1; k <= levels; k++) { decls.push(`<!ENTITY lol${k} "${`&lol${k - 1};`.repeat(10)}">`); }
  return `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n ${decls.join('\n ')}\n]>\n${use.replace(/LAST/g, `lol${levels}`)}`;
}

/** Runs `fn` with file and network access made to throw, and restores them. */
function withoutIo<T>(fn: () => T): T {
  const saved = {
    readFileSync: fs.readFileSync, openSync: fs.openSync, readFile: fs.readFile, createReadStream: fs.createReadStream,
    httpGet: http.get, httpRequest: http.request, httpsGet: https.get, httpsRequest: https.request,
  };
  const boom = () => { throw new Error('I/O during an XML check'); };
  const f = fs as unknown as Record<string, unknown>;
  const h = http as unknown as Record<string, unknown>;
  const hs = https as unknown as Record<string, unknown>;
  f.readFileSync = boom; f.openSync = boom; f.readFile = boom; f.createReadStream = boom;
  h.get = boom; h.request = boom; hs.get = boom; hs.request = boom;
  try {
    return fn();
  } finally {
    f.readFileSync = saved.readFileSync; f.openSync = saved.openSync; f.readFile = saved.readFile;
    f.createReadStream = saved.createReadStream;
    h.get = saved.httpGet; h.request = saved.httpRequest; hs.get = saved.httpsGet; hs.request = saved.httpsRequest;
  }
}

describe('entity expansion attacks are harmless', () => {
  test('a billion laughs in content: well-formed, nothing expanded', () => {
    const r = withoutIo(() => checkXml(billionLaughs(9, '<lolz>&LAST;</lolz>')));
    assert.equal(r.error, null);
    assert.deepEqual([r.recordElement, r.recordCount, r.fields], [null, 0, []]);
  });

  test('a billion laughs in an attribute value', () => {
    const r = checkXml(billionLaughs(9, '<lolz a="&LAST;"><x/><x/></lolz>'));
    assert.equal(r.error, null);
  });

  test('a hundred laughs levels deep, referenced a thousand times', () => {
    const r = checkXml(billionLaughs(100, `<lolz>${'&LAST;'.repeat(1000)}</lolz>`));
    assert.equal(r.error, null);
  });

  test('quadratic blowup: a 100 KB entity referenced 10,000 times (1 GB if expanded)', () => {
    const doc = `<!DOCTYPE r [<!ENTITY a "${'x'.repeat(100_000)}">]><r>${'&a;'.repeat(10_000)}</r>`;
    assert.equal(checkXml(doc).error, null);
  });

  test('an entity that references itself is not followed', () => {
    assert.equal(checkXml('<!DOCTYPE r [<!ENTITY a "&a;">]><r>&a;</r>').error, null);
  });

  test('an undeclared entity in the middle of the laughs is still found', () => {
    const r = checkXml(billionLaughs(3, '<lolz>&LAST;&lol99;</lolz>'));
    assert.match(r.error!.message, /^Undeclared entity &lol99; — /);
    assert.deepEqual([r.error!.line, r.error!.column], [8, 13]);
  });
});

describe('external entities are never fetched', () => {
  test('SYSTEM "file:///etc/passwd" referenced in content: declared, so well-formed, and not read', () => {
    const r = withoutIo(() => checkXml('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<r><a>&x;</a><a>b</a></r>'));
    assert.equal(r.error, null);
    assert.deepEqual([r.recordElement, r.fields], ['r', ['a']]);   // nothing of the entity shows
  });

  test('a PUBLIC entity on the network: not fetched', () => {
    const r = withoutIo(() => checkXml('<!DOCTYPE r [<!ENTITY x PUBLIC "-//X//E" "http://example.com/x.ent">]><r>&x;</r>'));
    assert.equal(r.error, null);
  });

  test('an external entity inside an attribute value is an error (WFC: No External Entity References)', () => {
    const r = withoutIo(() => checkXml('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r a="&x;"/>'));
    assert.equal(r.error?.message, 'The external entity &x; cannot be used in an attribute value');
  });

  test('an external DTD subset is not fetched, and may declare what we cannot see', () => {
    const r = withoutIo(() => checkXml('<!DOCTYPE r SYSTEM "http://example.com/r.dtd"><r>&nbsp;</r>'));
    assert.equal(r.error, null);
  });

  test('with standalone="yes" every entity must be declared in the document', () => {
    const r = checkXml('<?xml version="1.0" standalone="yes"?><!DOCTYPE r SYSTEM "r.dtd"><r>&nbsp;</r>');
    assert.match(r.error!.message, /^Undeclared entity &nbsp;/);
  });

  test('parameter entity references in the internal subset hide declarations too', () => {
    assert.equal(checkXml('<!DOCTYPE r [<!ENTITY % ext SYSTEM "x.ent"> %ext;]><r>&y;</r>').error, null);
  });

  test('an unparsed (NDATA) entity cannot be referenced in content', () => {
    const r = checkXml('<!DOCTYPE r [<!NOTATION gif SYSTEM "gif"><!ENTITY pic SYSTEM "a.gif" NDATA gif>]><r>&pic;</r>');
    assert.equal(r.error?.message, 'The unparsed entity &pic; cannot be referenced in content');
  });

  test("an internal entity whose value holds '<' cannot be used in an attribute value", () => {
    const r = checkXml('<!DOCTYPE r [<!ENTITY e "<b/>">]><r x="&e;"/>');
    assert.match(r.error!.message, /^Entity &e; contains '<'/);
  });
});
