// checkJson finds the records: the root array, an envelope, CKAN, a map keyed by id, GeoJSON.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkJson } from '../../src/core/json/check';

function records(text: string): [string | null, number, string[]] {
  const r = checkJson(text);
  assert.equal(r.error, null, r.error?.message);
  return [r.recordPath, r.recordCount, r.fields];
}

describe('record detection', () => {
  test('a root array of objects: the union of keys in first-seen order', () => {
    assert.deepEqual(records('[{"年度":2021,"職類":"a"},{"年度":2022,"備註":"x","職類":"b"},{"年度":2023}]'),
      ['', 3, ['年度', '職類', '備註']]);
  });

  test('an envelope {"result":{"records":[…]}}', () => {
    const doc = { success: true, result: { resource_id: 'x', limit: 2, records: [{ a: 1, b: 2 }, { a: 3, b: 4 }] } };
    assert.deepEqual(records(JSON.stringify(doc, null, 2)), ['result.records', 2, ['a', 'b']]);
  });

  test('{"data":[…]} next to smaller arrays of objects: the largest array wins', () => {
    const doc = { links: [{ href: 'x' }], data: [{ id: 1 }, { id: 2 }, { id: 3 }] };
    assert.deepEqual(records(JSON.stringify(doc)), ['data', 3, ['id']]);
  });

  test('CKAN {"fields":[…],"records":[…]}: the records, even when the field list is longer', () => {
    const doc = {
      fields: [{ id: 'SiteName', type: 'text' }, { id: 'AQI', type: 'text' }, { id: 'Status', type: 'text' }],
      records: [{ SiteName: '基隆', AQI: '35', Status: '良好' }, { SiteName: '汐止', AQI: '40', Status: '良好' }],
    };
    assert.deepEqual(records(JSON.stringify(doc)), ['records', 2, ['SiteName', 'AQI', 'Status']]);
  });

  test('a map of objects keyed by id (the YouBike feed)', () => {
    const doc = { retCode: 1, retVal: { '0001': { sno: '0001', sna: '市府' }, '0002': { sno: '0002', sna: '國父', tot: '48' } } };
    assert.deepEqual(records(JSON.stringify(doc)), ['retVal', 2, ['sno', 'sna', 'tot']]);
  });

  test('an object that mixes objects and scalars is not a map of records', () => {
    assert.deepEqual(records('{"meta":{"a":1},"count":2,"info":{"b":2}}'), [null, 0, []]);
  });

  test('one record whose values are mostly its own, with a small object among them', () => {
    assert.deepEqual(records('{"工廠名稱":"甲","工廠登記編號":"01000006","產業類別":{"19":"化學製品製造業"}}'),
      ['', 1, ['工廠名稱', '工廠登記編號', '產業類別']]);
    assert.deepEqual(records('{"a":1,"b":"x","tags":["p","q"]}'), ['', 1, ['a', 'b', 'tags']]);
    // an envelope: its object holds containers, or its list is empty
    assert.deepEqual(records('{"success":true,"count":0,"records":[]}'), [null, 0, []]);
    assert.deepEqual(records('{"ok":true,"n":1,"result":{"list":[1,2]}}'), [null, 0, []]);
  });

  test('an envelope around an empty record list has no records (not the envelope keys)', () => {
    assert.deepEqual(records('{"success":true,"result":{"records":[]}}'), [null, 0, []]);
  });

  test('GeoJSON: the features, with the keys of their properties', () => {
    const doc = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
      features: [
        { type: 'Feature', properties: { NAME: '淡水站', LOC: 'x' }, geometry: { type: 'Point', coordinates: [121.4, 25.1] } },
        { type: 'Feature', properties: { NAME: '紅樹林站', AREA: 0 }, geometry: { type: 'Point', coordinates: [121.4, 25.1] } },
      ],
    };
    assert.deepEqual(records(JSON.stringify(doc, null, 1)), ['features', 2, ['NAME', 'LOC', 'AREA']]);
  });

  test('nested deeper: {"cwbopendata":{"dataset":{"location":[…]}}}', () => {
    const loc = (n: string) => ({ locationName: n, weatherElement: [{ elementName: 'Wx', time: [{ startTime: 't' }] }] });
    const doc = { cwbopendata: { '@xmlns': 'urn:cwb', dataset: { datasetInfo: { issueTime: 't' }, location: [loc('臺北市'), loc('新北市')] } } };
    assert.deepEqual(records(JSON.stringify(doc)), ['cwbopendata.dataset.location', 2, ['locationName', 'weatherElement']]);
  });

  test('an array inside an array element is named by its index', () => {
    assert.deepEqual(records('{"dataSets":[{"rows":[{"a":1},{"a":2}]}]}'), ['dataSets[0].rows', 2, ['a']]);
  });

  test('an array inside each record is a part of the records, however long (each city\'s districts)', () => {
    const city = (name: string, n: number) => ({ CityName: name, CityEngName: name, AreaList: Array.from({ length: n }, (_, i) => ({ ZipCode: String(i), AreaName: `區${i}` })) });
    assert.deepEqual(records(JSON.stringify([city('臺北市', 12), city('高雄市', 38), city('連江縣', 4)])),
      ['', 3, ['CityName', 'CityEngName', 'AreaList']]);
    // the same in an envelope, and as a map keyed by code
    assert.deepEqual(records(JSON.stringify({ success: true, data: [city('臺北市', 12), city('高雄市', 38)] })),
      ['data', 2, ['CityName', 'CityEngName', 'AreaList']]);
    assert.deepEqual(records(JSON.stringify({ A: city('臺北市', 12), E: city('高雄市', 38) })), ['', 2, ['CityName', 'CityEngName', 'AreaList']]);
  });

  test('one record alone is an envelope: the array inside it is the records', () => {
    assert.deepEqual(records('[{"total":2,"rows":[{"a":1},{"a":2}]}]'), ['[0].rows', 2, ['a']]);
    assert.deepEqual(records('{"result":{"total":2,"records":[{"a":1},{"a":2}]},"ok":true}'), ['result.records', 2, ['a']]);
  });

  test('objects that only group arrays are no records: the largest group\'s rows win', () => {
    const doc = { 北區: { list: [{ a: 1 }, { a: 2 }, { a: 3 }] }, 南區: { list: [{ a: 4 }] } };
    assert.deepEqual(records(JSON.stringify(doc)), ['北區.list', 3, ['a']]);
  });

  test('a field list named "fields" beside records under another name ("data"): the records', () => {
    const doc = {
      fields: [{ id: 'sitename', type: 'text' }, { id: 'county', type: 'text' }, { id: 'aqi', type: 'text' }],
      total: '1', data: [{ sitename: '基隆', county: '基隆市', aqi: '51' }],
    };
    assert.deepEqual(records(JSON.stringify(doc)), ['data', 1, ['sitename', 'county', 'aqi']]);
  });

  test('TopoJSON: the geometries, with the keys of their properties', () => {
    const doc = {
      type: 'Topology', arcs: [[[0, 0], [1, 1]]],
      objects: { county: { type: 'GeometryCollection', geometries: [
        { type: 'Polygon', arcs: [[0]], properties: { COUNTYCODE: '63000', COUNTYNAME: '臺北市' } },
        { type: 'Polygon', arcs: [[1]], properties: { COUNTYCODE: '65000', COUNTYNAME: '新北市' } },
      ] } },
    };
    assert.deepEqual(records(JSON.stringify(doc)), ['objects.county.geometries', 2, ['COUNTYCODE', 'COUNTYNAME']]);
  });

  test("OData's per-record __metadata and @odata keys are no fields", () => {
    const doc = { d: { results: [{ __metadata: { uri: 'x', type: 'T' }, 站名: '甲', 值: 1 }, { __metadata: { uri: 'y' }, 站名: '乙', 值: 2 }] } };
    assert.deepEqual(records(JSON.stringify(doc)), ['d.results', 2, ['站名', '值']]);
    const v4 = { '@odata.context': 'x', value: [{ '@odata.etag': 'W/1', 站名: '甲' }, { '@odata.etag': 'W/2', 站名: '乙' }] };
    assert.deepEqual(records(JSON.stringify(v4)), ['value', 2, ['站名']]);
  });

  test('escaped keys are decoded', () => {
    assert.deepEqual(records('[{"\\u5e74\\u5ea6":1,"a\\"b":2}]'), ['', 1, ['年度', 'a"b']]);
  });

  test('a single flat object: one record whose fields are its keys', () => {
    assert.deepEqual(records('{"name":"x","updated":"2024-01-01"}'), ['', 1, ['name', 'updated']]);
    assert.deepEqual(checkJson('\n {"name":"x"}').firstRecord, { line: 2, column: 2, endLine: 2, endColumn: 13 });
  });

  test('no records: scalars, arrays of scalars or of arrays, empty containers', () => {
    for (const doc of ['1', '"x"', '[1,2,3]', '[[1,2],[3,4]]', '[]', '{}']) {
      assert.deepEqual(records(doc), [null, 0, []], doc);
    }
  });

  test('a syntax error gives no records', () => {
    const r = checkJson('[{"a":1},{"a":2},]');
    assert.notEqual(r.error, null);
    assert.deepEqual([r.recordPath, r.recordCount, r.fields, r.firstRecord], [null, 0, [], null]);
  });

  test('firstRecord spans the first record object', () => {
    const r = checkJson('{\n "data": [\n  {"a": 1,\n   "b": 2},\n  {"a": 3}\n ]\n}');
    assert.deepEqual(r.firstRecord, { line: 3, column: 3, endLine: 4, endColumn: 10 });
  });
});
