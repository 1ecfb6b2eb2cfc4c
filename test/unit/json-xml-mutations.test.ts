// checkJson against JSON.parse (the same ECMA-404 / RFC 8259 grammar) on thousands of mutated
// documents: both must agree on validity; checkXml on mutated XML never throws or misplaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkJson } from '../../src/core/json/check';
import { checkXml } from '../../src/core/xml/check';

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JSON_SAMPLE = JSON.stringify({
  success: true, result: { records: [
    { 站名: '臺北', 值: 12.5, 備註: 'a "q" \\ b\n', ok: false, n: null, list: [1, -2e-3, 0] },
    { 站名: '新北', 值: -0.5, 備註: '', ok: true, n: null, list: [] },
  ] },
}, null, 1);
const JSON_PIECES = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', '0', '01', '-', '.', 'e', 'true', 'nul', 'NaN', '\t', '\u0001', '\\u12', '//', "'", 'x'];
const XML_SAMPLE = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE d [<!ENTITY e "x">]>\n<d a="1">\n <r id="&amp;"><名稱>臺北 &e; &#20013;</名稱><![CDATA[<&>]]><!-- c --></r>\n <r/>\n</d>\n';
const XML_PIECES = ['<', '>', '/', '&', ';', '"', "'", '=', ' ', '\n', '<!--', '-->', ']]>', '<![CDATA[', '?>', '<?', 'a', '&nbsp;', '\u0001', '#'];

function mutate(text: string, pieces: string[], rnd: () => number): string {
  let t = text;
  const edits = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(rnd() * (t.length + 1));
    const kind = rnd();
    if (kind < 0.35) {
      t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rnd() * 3));                 // delete
    } else if (kind < 0.7) {
      t = t.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)] + t.slice(at);  // insert
    } else if (kind < 0.85) {
      t = t.slice(0, at);                                                            // truncate
    } else {
      t = t.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)] + t.slice(at + 1); // replace
    }
  }
  return t;
}

test('checkJson and JSON.parse agree on 5,000 mutated documents', () => {
  const rnd = random(20261126);
  let invalid = 0;
  for (let k = 0; k < 5000; k++) {
    const text = mutate(JSON_SAMPLE, JSON_PIECES, rnd);
    let parses = true;
    try { JSON.parse(text); } catch { parses = false; }
    const r = checkJson(text);
    assert.equal(r.error === null, parses, `disagree on ${JSON.stringify(text)}: ${r.error?.message}`);
    if (r.error) {
      invalid++;
      assert.ok(r.error.line >= 1 && r.error.column >= 1 && r.error.message.length > 0);
    }
  }
  assert.ok(invalid > 2500, `the mutations break most documents (${invalid})`);
});

test('checkXml never throws on 5,000 mutated documents, and reports a position inside the text', () => {
  const rnd = random(42);
  let invalid = 0;
  for (let k = 0; k < 5000; k++) {
    const text = mutate(XML_SAMPLE, XML_PIECES, rnd);
    const r = checkXml(text);
    if (r.error) {
      invalid++;
      const lines = text.split(/\r\n|\r|\n/);
      assert.ok(r.error.line >= 1 && r.error.line <= lines.length, JSON.stringify(text));
      assert.ok(r.error.column >= 1 && r.error.column <= lines[r.error.line - 1].length + 1, JSON.stringify(text));
    }
  }
  assert.ok(invalid > 2500, `the mutations break most documents (${invalid})`);
});
