// Pure parts of the link checker: which addresses are private, and whether the first bytes of
// an answer are the data or a web page.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { declaredFormat, isPrivateAddress, looksLikeHtml, looksLikeLoginForm, sniff } from '../../src/core/links';

describe('isPrivateAddress', () => {
  const privateOnes = ['127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1',
    '169.254.169.254', '0.0.0.0', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'febf::1',
    '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:7f00:1'];
  const publicOnes = ['8.8.8.8', '172.15.0.1', '172.32.0.1', '192.169.0.1', '169.253.1.1', '11.0.0.1',
    '2001:4860:4860::8888', 'fec0::1', '::ffff:8.8.8.8', 'not-an-ip', 'localhost'];
  for (const ip of privateOnes) { test(`${ip} is private`, () => assert.equal(isPrivateAddress(ip), true)); }
  for (const ip of publicOnes) { test(`${ip} is not private`, () => assert.equal(isPrivateAddress(ip), false)); }
});

describe('declaredFormat', () => {
  test('normalises the metadata spelling', () => {
    assert.equal(declaredFormat('CSV'), 'csv');
    assert.equal(declaredFormat('.json'), 'json');
    assert.equal(declaredFormat(' XML '), 'xml');
    assert.equal(declaredFormat('TSV'), 'csv');
    assert.equal(declaredFormat('xlsx'), 'other');
    assert.equal(declaredFormat(undefined), 'other');
  });
});

describe('looksLikeHtml / looksLikeLoginForm', () => {
  test('HTML pages', () => {
    assert.equal(looksLikeHtml('\n  <!DOCTYPE html><html><body>x'), true);
    assert.equal(looksLikeHtml('<html lang="zh-TW">'), true);
    assert.equal(looksLikeHtml('<!-- a comment --><head><title>x</title>'), true);
    assert.equal(looksLikeHtml('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'), true);
  });
  test('data that is not HTML', () => {
    assert.equal(looksLikeHtml('a,b\n1,2'), false);
    assert.equal(looksLikeHtml('{"a":1}'), false);
    assert.equal(looksLikeHtml('<?xml version="1.0"?><rss><channel><title>x</title>'), false);
    assert.equal(looksLikeHtml('<records><title>x</title></records>'), false);
  });
  test('login forms', () => {
    assert.equal(looksLikeLoginForm('<input name="p" type="password">'), true);
    assert.equal(looksLikeLoginForm("<INPUT TYPE='PASSWORD'>"), true);
    assert.equal(looksLikeLoginForm('<form action="/dl">'), true);
    assert.equal(looksLikeLoginForm('<html><body><p>Hello</p>'), false);
  });
});

describe('sniff', () => {
  const b = (s: string | number[]) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s));
  const url = 'http://example.test/x';
  const direct = (fmt: string | undefined, type: string | undefined, head: Buffer) =>
    sniff({ expected: fmt, contentType: type, head, finalUrl: url }).direct;

  test('CSV fits text/csv, text/plain, octet-stream, vnd.ms-excel or no type', () => {
    for (const t of ['text/csv; charset=utf-8', 'text/plain', 'application/octet-stream', 'application/vnd.ms-excel', undefined]) {
      assert.equal(direct('csv', t, b('名稱,數量\n甲,1\n')), true, String(t));
    }
  });
  test('CSV is not HTML, binary, empty, or served as HTML/JSON', () => {
    assert.equal(direct('csv', 'text/html', b('a,b\n1,2')), false);
    assert.equal(direct('csv', 'text/csv', b('<!doctype html><html>')), false);
    assert.equal(direct('csv', 'application/octet-stream', b([0x50, 0x4b, 3, 4, 0, 0])), false);
    assert.equal(direct('csv', 'text/csv', b('a,b\0\0\0')), false);
    assert.equal(direct('csv', 'text/csv', b('')), false);
    assert.equal(direct('csv', 'application/json', b('a,b')), false);
  });
  test('a UTF-16 CSV with a BOM is not mistaken for binary', () => {
    assert.equal(direct('csv', 'text/csv', Buffer.concat([b([0xff, 0xfe]), Buffer.from('a,b\n', 'utf16le')])), true);
  });
  test('JSON starts with { or [ after a BOM and whitespace', () => {
    assert.equal(direct('json', 'application/json', b('\uFEFF \n [1,2]')), true);
    assert.equal(direct('json', 'application/vnd.api+json', b('{"a":1}')), true);
    assert.equal(direct('json', 'application/json', b('"just a string"')), false);
    assert.equal(direct('json', 'text/csv', b('{"a":1}')), false);
  });
  test('XML starts with <?xml or an element, and is not XHTML', () => {
    assert.equal(direct('xml', 'application/xml', b('<?xml version="1.0" encoding="UTF-8"?><a/>')), true);
    assert.equal(direct('xml', 'text/xml', b('  <rows><row/></rows>')), true);
    assert.equal(direct('xml', 'application/atom+xml', b('<feed/>')), true);
    assert.equal(direct('xml', 'application/xml', b('a,b\n1,2')), false);
    assert.equal(direct('xml', 'application/xhtml+xml', b('<?xml version="1.0"?><html>')), false);
  });
  test('an unknown declared format only has to avoid HTML', () => {
    assert.equal(direct('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', b([0x50, 0x4b, 3, 4])), true);
    assert.equal(direct(undefined, 'text/html', b('<html>')), false);
  });
  test('a compressed body is judged by its content type alone', () => {
    assert.equal(sniff({ expected: 'json', contentType: 'application/json', head: b([0x1f, 0x8b, 8, 0]), encoded: true, finalUrl: url }).direct, true);
    assert.equal(sniff({ expected: 'json', contentType: 'text/html', head: b([0x1f, 0x8b, 8, 0]), encoded: true, finalUrl: url }).direct, false);
  });
  test('a mislabelled attachment is judged by its bytes', () => {
    const att = (type: string, head: string) =>
      sniff({ expected: 'csv', contentType: type, head: b(head), attachment: true, finalUrl: url }).direct;
    assert.equal(att('text/html', 'a,b\n1,2'), true);
    assert.equal(att('text/html', '<html><body>x'), false);
    assert.equal(att('application/pdf', '%PDF-1.4'), false);
  });
  test('reasons name the login page and the web page apart', () => {
    assert.match(sniff({ expected: 'csv', contentType: 'text/html', head: b('<html><form><input type=password></form>'), finalUrl: url }).reason.template, /login/);
    assert.match(sniff({ expected: 'csv', contentType: 'text/html', head: b('<html><body>hi</body>'), finalUrl: url }).reason.template, /web page/);
  });
});
