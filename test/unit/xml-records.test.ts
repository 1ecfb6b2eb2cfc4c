// checkXml finds the record element: the outermost repeated element with children (or attributes).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkXml } from '../../src/core/xml/check';

function records(text: string): [string | null, number, string[]] {
  const r = checkXml(text);
  assert.equal(r.error, null, r.error?.message);
  return [r.recordElement, r.recordCount, r.fields];
}

describe('record detection', () => {
  test('children of the root (MOI lvr_land: 買賣 with Chinese child names, empty elements)', () => {
    const doc = `<?xml version="1.0" encoding="utf-8"?>

<lvr_land>
  <買賣><鄉鎮市區>大安區</鄉鎮市區><交易標的>房地</交易標的><移轉編號/></買賣>
  <買賣><鄉鎮市區>信義區</鄉鎮市區><總價元>100</總價元></買賣>
</lvr_land>`;
    assert.deepEqual(records(doc), ['買賣', 2, ['鄉鎮市區', '交易標的', '移轉編號', '總價元']]);
  });

  test('grandchildren (CWB: location inside dataset); elements repeated inside a record do not compete', () => {
    const loc = (n: string) => `<location><locationName>${n}</locationName>
      <weatherElement><elementName>Wx</elementName><time><startTime>t</startTime></time><time><startTime>u</startTime></time></weatherElement>
      <weatherElement><elementName>MaxT</elementName></weatherElement></location>`;
    const doc = `<cwbopendata xmlns="urn:cwb:gov:tw:cwbcommon:0.1"><identifier >x</identifier><dataset><datasetInfo><issueTime>t</issueTime></datasetInfo>
      ${loc('臺北市')}${loc('新北市')}${loc('桃園市')}</dataset></cwbopendata>`;
    assert.deepEqual(records(doc), ['location', 3, ['locationName', 'weatherElement']]);
  });

  test('deeper still (CWB F-D0047: locations > location)', () => {
    const doc = '<c><dataset><locations><locationsName>x</locationsName><location><n>1</n></location><location><n>2</n><g>3</g></location></locations></dataset></c>';
    assert.deepEqual(records(doc), ['location', 2, ['n', 'g']]);
  });

  test('the most repeated of several candidates', () => {
    const doc = '<r><link><href>a</href></link><link><href>b</href></link><data><row><a>1</a></row><row><a>2</a></row><row><b>3</b></row></data></r>';
    assert.deepEqual(records(doc), ['row', 3, ['a', 'b']]);
  });

  test('records written as attributes only', () => {
    const doc = '<rows xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><row id="1" name="a" xsi:nil="true"/><row id="2" name="b" note="c"/></rows>';
    assert.deepEqual(records(doc), ['row', 2, ['id', 'name', 'note']]);
  });

  test('a .NET DataSet diffgram: its diffgr:id and msdata:rowOrder attributes are no fields', () => {
    const doc = `<DataSet xmlns="http://twd.water.gov.tw/opendata/wqb">
  <diffgr:diffgram xmlns:msdata="urn:schemas-microsoft-com:xml-msdata" xmlns:diffgr="urn:schemas-microsoft-com:xml-diffgram-v1">
    <NewDataSet xmlns="">
      <qua_data diffgr:id="qua_data1" msdata:rowOrder="0"><qua_id>YM06</qua_id><qua_ph>6.9</qua_ph></qua_data>
      <qua_data diffgr:id="qua_data2" msdata:rowOrder="1"><qua_id>YM07</qua_id><qua_ph>7.1</qua_ph></qua_data>
    </NewDataSet>
  </diffgr:diffgram>
</DataSet>`;
    assert.deepEqual(records(doc), ['qua_data', 2, ['qua_id', 'qua_ph']]);
  });

  test('a repeated leaf element is not a record', () => {
    assert.deepEqual(records('<list><item>a</item><item>b</item></list>'), ['list', 1, ['item']]);
  });

  test('a single record: the root and its children', () => {
    assert.deepEqual(records('<station><name>臺北</name><value>1</value></station>'), ['station', 1, ['name', 'value']]);
  });

  test('one record inside a container is a record (<資料集><資料>…</資料></資料集>), through wrappers too', () => {
    const one = '<?xml version="1.0"?><資料集><資料><年度>2023</年度><縣市>臺北市</縣市><人數>3</人數><比率>0.5</比率></資料></資料集>';
    assert.deepEqual(records(one), ['資料', 1, ['年度', '縣市', '人數', '比率']]);
    assert.deepEqual(records('<response><body><items><item><a>1</a><b>2</b></item></items></body></response>'), ['item', 1, ['a', 'b']]);
    // a container with one leaf child: the container is the record, the leaf its field
    assert.deepEqual(records('<資料集><年度>2023</年度></資料集>'), ['資料集', 1, ['年度']]);
  });

  test('one record written as attributes', () => {
    assert.deepEqual(records('<rows><row 年度="2023" 縣市="臺北市"/></rows>'), ['row', 1, ['年度', '縣市']]);
  });

  test('attributes are fields beside child elements, in the order first seen, each once', () => {
    const doc = '<rows><row 年度="2023" 縣市="臺北市"><人數>3</人數></row><row 年度="2024" 縣市="新北市" 縣市代碼="65"><人數>4</人數><年度>x</年度></row></rows>';
    assert.deepEqual(records(doc), ['row', 2, ['年度', '縣市', '縣市代碼', '人數']]);
  });

  test('no records: an empty root', () => {
    assert.deepEqual(records('<root/>'), [null, 0, []]);
  });

  test('firstRecord is the first record start tag', () => {
    const r = checkXml('<?xml version="1.0"?>\n<d>\n  <rec><a>1</a></rec>\n  <rec><a>2</a></rec>\n</d>');
    assert.deepEqual(r.firstRecord, { line: 3, column: 3, endLine: 3, endColumn: 6 });
  });

  test('an error gives no records', () => {
    const r = checkXml('<d><rec><a>1</a></rec><rec><a>2</rec></d>');
    assert.notEqual(r.error, null);
    assert.deepEqual([r.recordElement, r.recordCount, r.fields], [null, 0, []]);
  });
});

describe('robustness', () => {
  test('100,000 nested elements, closed: well-formed', () => {
    const r = checkXml('<a>'.repeat(100_000) + '</a>'.repeat(100_000));
    assert.equal(r.error, null);
  });

  test('100,000 nested elements, never closed: the innermost is named', () => {
    const r = checkXml('<a>'.repeat(100_000));
    assert.equal(r.error?.message,
      'Unexpected end of the file: the element <a> opened at line 1, column 299998 is not closed');
  });

  test('a 10 MB single line of records', () => {
    const rec = '<r><名稱>臺北 &amp; 新北</名稱><值 unit="mm">12.5</值></r>';
    const n = Math.ceil(10_000_000 / rec.length);
    const r = checkXml('<d>' + rec.repeat(n) + '</d>');
    assert.equal(r.error, null);
    assert.deepEqual([r.recordElement, r.recordCount, r.fields], ['r', n, ['名稱', '值']]);
  });

  test('a truncated download', () => {
    const full = '<?xml version="1.0"?>\n<d>\n' + '<r><a>1</a></r>\n'.repeat(1000) + '</d>\n';
    const r = checkXml(full.slice(0, 5000));
    assert.match(r.error!.message, /^(Unexpected end of the file|Unterminated)/);
  });

  test('binary decoded as text', () => {
    assert.notEqual(checkXml('\u0000\u0005\u0016\u0007\u0000\u0002Mac OS X').error, null);
  });

  test('a tag with many attributes, one of them repeated at the end', () => {
    const attrs = Array.from({ length: 500 }, (_, k) => `a${k}="${k}"`).join(' ');
    assert.match(checkXml(`<r ${attrs} a7="x"/>`).error!.message, /^Duplicate attribute a7/);
    assert.equal(checkXml(`<r ${attrs}/>`).error, null);
  });
});
