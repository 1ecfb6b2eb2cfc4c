// fast-xml-parser's XMLValidator (the project's XML library) as an oracle for checkXml: every error
// it finds, checkXml finds on the same line; the documents where the two disagree are listed with
// the reason, because they are why checkXml does its own complete scan (see docs/rules/invalid-xml.md).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLValidator } from 'fast-xml-parser';
import { checkXml } from '../../src/core/xml/check';

function fxpLine(text: string): number | null {
  const v = XMLValidator.validate(text, { allowBooleanAttributes: false });
  return v === true ? null : v.err.line;
}

describe('every error fast-xml-parser finds, checkXml finds on the same line', () => {
  const docs = [
    '<a></b>', '<r>\n<x>\n</r>', '<a>\n<b>', 'x<a/>', '\n<?xml version="1.0"?><a/>', '<a>AT&T</a>', '<a>\n\n1 < 2</a>',
    '<a b="1" b="2"/>', '<a\nb=1/>', '<a b/>', '<a b="1"c="2"/>', '<a>&#xZZ;</a>', '<r/></r>', '<a></a x>', '<1a/>',
    '<d>\n  <r><a>2</r>\n</d>', '<a b="x>',
  ];
  for (const doc of docs) {
    test(JSON.stringify(doc), () => {
      const expected = fxpLine(doc);
      assert.notEqual(expected, null, 'fast-xml-parser rejects it');
      const e = checkXml(doc).error;
      assert.notEqual(e, null);
      if (!doc.includes('<a>\n<b>')) { assert.equal(e!.line, expected); }   // fxp puts several unclosed tags at 1:1
    });
  }
});

describe('well-formed documents both accept', () => {
  const docs = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<d><r a="1"><x>&amp;&#20013;</x><![CDATA[<&>]]><!-- c --></r></d>',
    '<資料><買賣><鄉鎮市區>大安區</鄉鎮市區><移轉編號/></買賣></資料>',
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>',
  ];
  for (const doc of docs) {
    test(JSON.stringify(doc).slice(0, 60), () => {
      assert.equal(fxpLine(doc), null);
      assert.equal(checkXml(doc).error, null);
    });
  }
});

describe('where fast-xml-parser 5 is not enough for XML 1.0 (if it changes, revisit this list)', () => {
  const missedByFxp: [string, string][] = [
    ['<a/><b/>', 'a second root after an empty root element'],
    ['<a/>x', 'text after an empty root element'],
    ['<a>&nbsp;</a>', 'an undeclared entity'],
    ['<a b="<"/>', "'<' in an attribute value"],
    ['<a b="&"/>', "a bare '&' in an attribute value"],
    ['<a>\u0001</a>', 'a control character'],
    ['<a>&#0;</a>', 'a character reference to a character XML forbids'],
    ['<a>]]></a>', "']]>' in text"],
    ['<a><!-- x -- y --></a>', "'--' in a comment"],
    ['<a><?xml version="1.0"?></a>', 'an XML declaration inside the root'],
    ['<!DOCTYPE r><!DOCTYPE r><r/>', 'two document type declarations'],
  ];
  for (const [doc, why] of missedByFxp) {
    test(`${why}: ${JSON.stringify(doc)}`, () => {
      assert.equal(fxpLine(doc), null, 'fast-xml-parser accepts it');
      assert.notEqual(checkXml(doc).error, null, 'checkXml rejects it');
    });
  }

  const rejectedByFxp: [string, string][] = [
    ['<!DOCTYPE r [<!ENTITY e "a>b">]><r>&e;</r>', "'>' inside an entity value in the internal subset"],
    ['<!DOCTYPE r [<!ATTLIST r a CDATA "x>y">]><r/>', "'>' inside an attribute default"],
    [`<!DOCTYPE r [<!ENTITY ${'e'.repeat(25)} "x">]><r>&${'e'.repeat(25)};</r>`, 'an entity name longer than 20 characters'],
    ['<!DOCTYPE r [<!ENTITY my-entity "x">]><r>&my-entity;</r>', "an entity name with '-'"],
  ];
  for (const [doc, why] of rejectedByFxp) {
    test(`well-formed although fast-xml-parser rejects it: ${why}`, () => {
      assert.notEqual(fxpLine(doc), null, 'fast-xml-parser rejects it');
      assert.equal(checkXml(doc).error, null, 'checkXml accepts it');
    });
  }

  test('a lone CR: fast-xml-parser does not end the line there; the editor does', () => {
    const doc = '<a\r\rb="1"></b>';
    assert.equal(fxpLine(doc), 1);
    assert.equal(checkXml(doc).error?.line, 3);
  });
});
