// The rules invalid-xml and xml-encoding-mismatch, on checkXml's results and through the engine.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { checkXml } from '../../src/core/xml/check';
import { rule as invalidXml } from '../../src/core/rules/invalid-xml';
import { rule as encodingMismatch } from '../../src/core/rules/xml-encoding-mismatch';
import type { ReportExtra, Rule, RuleContext } from '../../src/core/rules/rule';
import { render, type Msg } from '../../src/core/messages';
import type { EncodingInfo, EncodingName, Range } from '../../src/core/types';
import { checkBytes } from '../../src/core/engine';

interface Reported { range: Range; message: string; extra?: ReportExtra; template: string }

function run(rule: Rule, text: string, encoding: EncodingName, variant?: string): Reported[] {
  const found: Reported[] = [];
  const info: EncodingInfo = { name: encoding, bom: false, confidence: 1, ...(variant ? { variant } : {}) };
  const ctx: RuleContext = {
    path: 'data.xml', format: 'xml', encoding: info, metadata: null, today: '2026-01-01', graceDays: 0, firstLine: { line: 1, column: 1, endLine: 1, endColumn: 1 }, links: null, openapi: null,
    report: (range: Range, message: Msg, extra?: ReportExtra) => { found.push({ range, message: render(message), extra, template: message.template }); },
    setCriterion: () => undefined,
  };
  rule.create(ctx).xml?.(checkXml(text));
  return found;
}

describe('invalid-xml', () => {
  test('fires once, at the first error, with its range', () => {
    const f = run(invalidXml, '<?xml version="1.0"?>\n<d>\n  <r><a>1</a></r>\n  <r><a>2</r>\n</d>', 'utf-8');
    assert.equal(f.length, 1);
    assert.deepEqual(f[0].range, { line: 4, column: 10, endLine: 4, endColumn: 13 });
    assert.equal(f[0].message, 'End tag </r> does not match the start tag <a> at line 4, column 6');
  });

  test('does not fire on a well-formed document', () => {
    assert.deepEqual(run(invalidXml, '<d><r><a>1</a></r></d>', 'utf-8'), []);
  });

  test('meta: an error of the structured criterion, for XML only', () => {
    assert.deepEqual([invalidXml.id, invalidXml.defaultSeverity, invalidXml.criterion, invalidXml.formats], ['invalid-xml', 'error', 'structured', ['xml']]);
  });
});

describe('xml-encoding-mismatch', () => {
  const decl = (enc: string) => `<?xml version="1.0" encoding="${enc}"?>\n<d><r>臺北</r></d>`;

  test('declared UTF-8, the bytes are Big5: at the declared value, with the UTF-8 fix', () => {
    const f = run(encodingMismatch, decl('UTF-8'), 'big5', 'cp950');
    assert.equal(f.length, 1);
    assert.deepEqual(f[0].range, { line: 1, column: 31, endLine: 1, endColumn: 35 });
    assert.equal(f[0].message, 'Wrong XML encoding: the declaration says encoding="UTF-8", the file is Big5 (CP950); convert the file to UTF-8 (the declaration is rewritten too).');
    assert.deepEqual(f[0].extra?.fixes, ['convert-utf8']);
  });

  test('declared Big5, the bytes are UTF-8', () => {
    assert.equal(run(encodingMismatch, decl('Big5'), 'utf-8').length, 1);
  });

  test('declared UTF-8 on a UTF-16 file', () => {
    assert.equal(run(encodingMismatch, decl('UTF-8'), 'utf-16le').length, 1);
  });

  test('the same family does not fire: Big5, big5-hkscs, cp950, MS950 on Big5; utf-8 spellings on UTF-8', () => {
    for (const name of ['Big5', 'big5-hkscs', 'CP950', 'MS950']) { assert.deepEqual(run(encodingMismatch, decl(name), 'big5', 'cp950'), [], name); }
    for (const name of ['UTF-8', 'utf-8', 'utf8']) { assert.deepEqual(run(encodingMismatch, decl(name), 'utf-8'), [], name); }
  });

  test('UTF-16 names both byte orders; UTF-16LE on a big-endian file fires', () => {
    assert.deepEqual(run(encodingMismatch, decl('UTF-16'), 'utf-16be'), []);
    assert.deepEqual(run(encodingMismatch, decl('UTF-16'), 'utf-16le'), []);
    assert.equal(run(encodingMismatch, decl('UTF-16LE'), 'utf-16be').length, 1);
  });

  test('pure ASCII fits any ASCII-compatible declaration', () => {
    assert.deepEqual(run(encodingMismatch, '<?xml version="1.0" encoding="Big5"?><d>abc</d>', 'utf-8'), []);
  });

  test('an encoding name we do not know is not judged', () => {
    assert.deepEqual(run(encodingMismatch, decl('x-unknown-enc'), 'utf-8'), []);
  });

  test('no declaration on a Big5 file: XML means UTF-8, so it fires at line 1', () => {
    const f = run(encodingMismatch, '<d><r>臺北</r></d>', 'big5', 'cp950');
    assert.equal(f.length, 1);
    assert.deepEqual(f[0].range, { line: 1, column: 1, endLine: 1, endColumn: 1 });
    assert.equal(f[0].template, 'Misread as UTF-8: the file is {0} and has no XML declaration; convert the file to UTF-8.');
  });

  test('a declaration without encoding on a Big5 file', () => {
    const f = run(encodingMismatch, '<?xml version="1.0"?><d>臺北</d>', 'big5', 'cp950');
    assert.equal(f[0]?.template, 'Misread as UTF-8: the file is {0} and its XML declaration names no encoding; convert the file to UTF-8.');
  });

  test('no declaration on UTF-8 or UTF-16 files, or on binary: nothing', () => {
    for (const enc of ['utf-8', 'utf-16le', 'utf-16be', 'binary'] as const) {
      assert.deepEqual(run(encodingMismatch, '<d>臺北</d>', enc), [], enc);
    }
  });
});

describe('through the engine', () => {
  test('a Big5 file that declares UTF-8', () => {
    const text = '<?xml version="1.0" encoding="UTF-8"?>\n<資料>\n' + '  <站><名稱>臺北市信義區</名稱><值>12</值></站>\n'.repeat(40) + '</資料>\n';
    const report = checkBytes({ path: 'stations.xml', bytes: iconv.encode(text, 'cp950') });
    assert.equal(report.encoding.name, 'big5');
    const f = report.findings.filter(x => x.rule === 'xml-encoding-mismatch');
    assert.deepEqual(f.map(x => [x.line, x.column, x.endColumn, x.fixes]), [[1, 31, 35, ['convert-utf8']]]);
    assert.deepEqual(report.fields, ['名稱', '值']);
  });

  test('a broken XML file fails the structured criterion', () => {
    const report = checkBytes({ path: 'broken.xml', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<d><r>AT&T</r></d>\n') });
    const f = report.findings.filter(x => x.rule === 'invalid-xml');
    assert.deepEqual(f.map(x => [x.line, x.column]), [[2, 9]]);
    assert.equal(report.badge.criteria.find(c => c.id === 'structured')?.status, 'fail');
  });
});
