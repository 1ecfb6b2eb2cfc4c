// checkJson / checkXml on the real government files of ../shared/corpus (read in place, never
// copied): the well-formed ones pass, 039 fails at line 1 column 1, and the records are sensible.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { checkJson } from '../../src/core/json/check';
import { checkXml } from '../../src/core/xml/check';
import { CORPUS_SKIP } from '../corpus/manifest';

const ROOT = resolve(__dirname, '..', '..', '..');
const FILES = resolve(ROOT, '..', 'shared', 'corpus', 'files');
const present = existsSync(FILES);
const skip = present ? false : CORPUS_SKIP;

/** 036 is Big5 (a JSON file that breaks RFC 8259's UTF-8 rule), 047 is a binary AppleDouble file */
const BIG5 = '036_';
const BINARY = '047_';

function read(name: string): string {
  const bytes = readFileSync(join(FILES, name));
  const text = name.startsWith(BIG5) ? iconv.decode(bytes, 'cp950') : bytes.toString('utf8');
  return text.replace(/^\uFEFF/, '');
}

function files(ext: string): string[] {
  return present ? readdirSync(FILES).filter(n => n.endsWith(ext) && !n.startsWith(BINARY)).sort() : [];
}

describe('corpus JSON', { skip }, () => {
  for (const name of files('.json')) {
    test(name, t => {
      const r = checkJson(read(name));
      t.diagnostic(`${name}: ${r.error ? r.error.message : `${r.recordCount} records at "${r.recordPath}": ${r.fields.join(', ')}`}`);
      if (name.startsWith('039_')) {
        assert.equal(r.error?.message, "Unexpected 'v': expected a value");
        return;
      }
      assert.equal(r.error, null);
      assert.ok(r.recordCount > 0 && r.fields.length > 0, 'records found');
    });
  }

  test('the records found are the ones a person would name', () => {
    const found = (prefix: string) => {
      const name = files('.json').find(n => n.startsWith(prefix))!;
      const r = checkJson(read(name));
      return { path: r.recordPath, count: r.recordCount, fields: r.fields };
    };
    const aqi = found('033_');
    assert.equal(aqi.path, 'records');
    assert.equal(aqi.count, 85);
    assert.ok(aqi.fields.includes('SiteName') && aqi.fields.includes('AQI'), aqi.fields.join());
    assert.deepEqual(found('034_'), { path: 'cwbopendata.dataset.location', count: 22, fields: ['locationName', 'weatherElement'] });
    const bike = found('035_');
    assert.deepEqual([bike.path, bike.fields.slice(0, 3)], ['retVal', ['sno', 'sna', 'tot']]);
    assert.deepEqual(found('036_').fields, ['t', 'ts', 's', 'c']);
    assert.deepEqual(found('037_'), { path: 'features', count: 103, fields: ['AREA', 'PERIMETER', 'NAME', 'LOC'] });
    assert.ok(found('038_').fields.includes('STATIONID'));
  });
});

describe('corpus XML', { skip }, () => {
  for (const name of files('.xml')) {
    test(name, t => {
      const r = checkXml(read(name));
      t.diagnostic(`${name}: ${r.error ? r.error.message : `${r.recordCount} <${r.recordElement}> records: ${r.fields.join(', ')}`}`);
      assert.equal(r.error, null);
      assert.equal(r.declaredEncoding?.name.toLowerCase(), 'utf-8');
      assert.ok(r.recordCount > 0 && r.fields.length > 0, 'records found');
    });
  }

  test('the records found are the ones a person would name', () => {
    const found = (prefix: string) => {
      const r = checkXml(read(files('.xml').find(n => n.startsWith(prefix))!));
      return { element: r.recordElement, count: r.recordCount, fields: r.fields };
    };
    const land = found('041_');
    assert.equal(land.element, '買賣');
    assert.ok(land.count > 100);
    assert.deepEqual(land.fields.slice(0, 3), ['鄉鎮市區', '交易標的', '土地位置建物門牌']);
    assert.deepEqual(found('040_'), { element: 'location', count: 22, fields: ['locationName', 'weatherElement'] });
    assert.equal(found('045_').element, 'location');
  });

  test('the binary AppleDouble sidecar (047) is not XML', () => {
    const name = readdirSync(FILES).find(n => n.startsWith(BINARY));
    if (!name) { return; }
    const r = checkXml(readFileSync(join(FILES, name)).toString('latin1'));
    assert.equal(r.error?.line, 1);
    assert.equal(r.error?.column, 1);
  });
});
