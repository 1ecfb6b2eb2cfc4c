// checkXml: the first XML 1.0 well-formedness error at its exact position, with its message.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkXml } from '../../src/core/xml/check';

/** "line:column-endLine:endColumn message" of the first error, or 'ok' */
function first(text: string): string {
  const e = checkXml(text).error;
  return e ? `${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.message}` : 'ok';
}

describe('well-formed XML passes', () => {
  const valid = [
    '<a/>', '<a></a>', '<a ></a >', '<?xml version="1.0"?><a/>', '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n<a/>\n',
    "<?xml version='1.1' encoding='big5'?><a/>", '<!-- c --><?pi x?><a/><!-- after --><?pi?>\n',
    '<a b="1" c=\'2\' d="x&amp;y&#38;&#x26;&lt;&gt;&quot;&apos;"/>', '<a>&#x1F600;&#128512;</a>', '<a><![CDATA[ <&>]] ]]></a>',
    '<a>x &gt; y ]] ] ></a>', '<資料><買賣 編號="1"><鄉鎮市區>大安區</鄉鎮市區></買賣></資料>', '<ns:a xmlns:ns="u"><ns:b/></ns:a>',
    '<a>\ud83d\ude00 tab\there</a>', '<a\n  b="1"\r\n  c="2"\r>\n</a>',
    '<!DOCTYPE a><a/>', '<!DOCTYPE a SYSTEM "a.dtd"><a/>', '<!DOCTYPE a PUBLIC "-//X//DTD X//EN" "x.dtd" [<!ELEMENT a ANY>]><a/>',
    '<!DOCTYPE a [<!ENTITY e "x>y"><!ATTLIST a b CDATA "1>2"><!-- ]> --><?pi ]>?>]><a b="&e;">&e;</a>',
    '<\u{10000}x/>',
  ];
  for (const v of valid) {
    test(JSON.stringify(v), () => assert.equal(first(v), 'ok'));
  }
});

describe('well-formedness errors at their exact position', () => {
  const cases: [string, string][] = [
    ['<a></b>', '1:4-1:7 End tag </b> does not match the start tag <a> at line 1, column 1'],
    ['<r>\n  <x>\n</r>', '3:1-3:4 End tag </r> does not match the start tag <x> at line 2, column 3'],
    ['<r/></r>', '1:5-1:8 End tag </r> has no matching start tag'],
    ['<a>', '1:4-1:4 Unexpected end of the file: the element <a> opened at line 1, column 1 is not closed'],
    ['<a>\n<b>text', '2:8-2:8 Unexpected end of the file: the element <b> opened at line 2, column 1 is not closed'],
    ['<a/><b/>', '1:5-1:6 A second root element <b>: an XML document has exactly one root element'],
    ['<a></a>\n<a></a>', '2:1-2:2 A second root element <a>: an XML document has exactly one root element'],
    ['<a/>x', '1:5-1:5 Text after the end of the root element'],
    ['x<a/>', '1:1-1:1 Text before the root element'],
    ['\n<?xml version="1.0"?><a/>', '2:1-2:5 The XML declaration must be at the very start of the file'],
    ['<a/><?xml version="1.0"?>', '1:5-1:9 The XML declaration must be at the very start of the file'],
    ['<a><?XML x?></a>', '1:4-1:8 The processing instruction target XML is reserved'],
    ['<a>AT&T</a>', "1:6-1:6 Unescaped '&': write &amp; for a literal '&'"],
    ['<a>?x=1&y=2</a>', "1:8-1:8 Unescaped '&': write &amp; for a literal '&'"],
    ['<a href="?x=1&y=2"/>', "1:14-1:14 Unescaped '&': write &amp; for a literal '&'"],
    ['<a>1 < 2</a>', "1:6-1:6 Unescaped '<': write &lt; for a literal '<'"],
    ['<a b="<"/>', "1:7-1:7 '<' in the value of attribute b: write &lt;"],
    ['<a>&nbsp;</a>', '1:4-1:9 Undeclared entity &nbsp; — XML predefines only &lt; &gt; &amp; &quot; &apos;; write &#160; instead'],
    ['<a>&foo;</a>', '1:4-1:8 Undeclared entity &foo; — XML predefines only &lt; &gt; &amp; &quot; &apos;'],
    ['<a>&#0;</a>', '1:4-1:7 Character reference &#0; is not a legal XML character'],
    ['<a>&#xFFFE;</a>', '1:4-1:11 Character reference &#xFFFE; is not a legal XML character'],
    ['<a>&#xZZ;</a>', '1:4-1:6 Invalid character reference &#xZZ;: expected &#digits; or &#xhex;'],
    ['<a>&#12 </a>', '1:4-1:7 Invalid character reference &#12: expected &#digits; or &#xhex;'],
    ['<a>\u0001</a>', '1:4-1:4 Illegal character U+0001: XML 1.0 does not allow it, even escaped'],
    ['<a b="\u000b"/>', '1:7-1:7 Illegal character U+000B: XML 1.0 does not allow it, even escaped'],
    ['<a>\ud800x</a>', '1:4-1:4 Illegal character U+D800: XML 1.0 does not allow it, even escaped'],
    ['<a><!-- \u0002 --></a>', '1:9-1:9 Illegal character U+0002: XML 1.0 does not allow it, even escaped'],
    ['<a b="1" b="2"/>', '1:10-1:10 Duplicate attribute b in the start tag <a>'],
    ['<a b=1/>', '1:4-1:4 The value of attribute b must be in quotes'],
    ['<option selected>', '1:9-1:16 Attribute selected has no value: write selected="…"'],
    ['<a b="1"c="2"/>', '1:9-1:9 Missing whitespace before attribute c'],
    ['<a "x"/>', `1:4-1:4 Unexpected '"' in the start tag <a>`],
    ['<a / >', "1:5-1:5 Unexpected ' ' in the start tag <a>".replace("' '", 'U+0020')],
    ['<a></a x>', "1:8-1:8 Unexpected 'x' in the end tag </a>: expected '>'"],
    ['<a>]]></a>', "1:4-1:6 ']]>' is not allowed in text: write ]]&gt;"],
    ['<a><!-- x -- y --></a>', "1:11-1:12 '--' inside a comment"],
    ['<a><!-- x</a>', '1:4-1:13 Unterminated comment'],
    ['<a><![CDATA[ x</a>', '1:4-1:18 Unterminated CDATA section'],
    ['<a><?pi x</a>', '1:4-1:13 Unterminated processing instruction'],
    ['<a><!foo></a>', "1:4-1:5 Unexpected '<!': expected a comment or a CDATA section"],
    ['<a>\n<b c="1', '2:6-2:7 Unterminated value of attribute c: the file ends inside it. Was the download cut short?'],
    ['<a>\n<b c="1"', '2:1-2:8 Unterminated start tag <b>: the file ends inside it. Was the download cut short?'],
    ['<a></a', '1:4-1:6 Unterminated end tag </a>: the file ends inside it. Was the download cut short?'],
    ['<1a/>', "1:1-1:1 Unescaped '<': write &lt; for a literal '<'"],
    ['', '1:1-1:1 No root element: the file is empty or holds no element'],
    ['<?xml version="1.0"?>\n<!-- only a comment -->\n', '3:1-3:1 No root element: the file is empty or holds no element'],
    ['<!DOCTYPE r><!DOCTYPE r><r/>', '1:13-1:21 A second document type declaration'],
    ['<r><!DOCTYPE r></r>', '1:4-1:12 A document type declaration is only allowed before the root element'],
    ['<!DOCTYPE r [<!FOO>]><r/>', "1:14-1:14 Unexpected '<' in the document type declaration"],
    ['<!DOCTYPE r [<!ENTITY e "x">', '1:1-1:28 The document type declaration is not closed'],
  ];
  for (const [text, expected] of cases) {
    test(JSON.stringify(text), () => assert.equal(first(text), expected));
  }
});

describe('the XML declaration', () => {
  const cases: [string, string][] = [
    ['<?xml encoding="UTF-8"?><a/>', '1:1-1:6 The XML declaration must start with version="1.0"'],
    ['<?xml?><a/>', '1:1-1:7 The XML declaration must start with version="1.0"'],
    ['<?xml version="1.0" standalone="yes" encoding="UTF-8"?><a/>', "1:38-1:45 Unexpected 'encoding' in the XML declaration"],
    ['<?xml version="1.0" encoding="UTF-8"><a/>', "1:37-1:37 Unexpected '>' in the XML declaration"],
    ['<?xml version="2.0"?><a/>', '1:16-1:18 Invalid version value "2.0" in the XML declaration'],
    ['<?xml version="1.0" encoding="big 5"?><a/>', '1:31-1:35 Invalid encoding value "big 5" in the XML declaration'],
    ['<?xml version="1.0" standalone="maybe"?><a/>', '1:33-1:37 Invalid standalone value "maybe" in the XML declaration'],
    ['<?xml version="1.0"', "1:1-1:19 The XML declaration is not closed with '?>'"],
  ];
  for (const [text, expected] of cases) {
    test(JSON.stringify(text), () => assert.equal(first(text), expected));
  }

  test('the declared encoding and where its value is', () => {
    const r = checkXml('<?xml version="1.0" encoding="Big5"?>\r\n<a/>');
    assert.deepEqual(r.declaredEncoding, { name: 'Big5', line: 1, column: 31, endColumn: 34 });
    assert.equal(r.hasDeclaration, true);
  });

  test('a declaration without encoding; no declaration at all', () => {
    assert.deepEqual([checkXml('<?xml version="1.0"?><a/>').declaredEncoding, checkXml('<?xml version="1.0"?><a/>').hasDeclaration], [null, true]);
    assert.deepEqual([checkXml('<a/>').declaredEncoding, checkXml('<a/>').hasDeclaration], [null, false]);
  });

  test('the declared encoding is kept when the document has an error further on', () => {
    const r = checkXml('<?xml version="1.0" encoding="UTF-8"?><a>');
    assert.notEqual(r.error, null);
    assert.equal(r.declaredEncoding?.name, 'UTF-8');
  });

  test('asciiOnly tells whether an ASCII-compatible declaration fits any encoding', () => {
    assert.equal(checkXml('<?xml version="1.0" encoding="Big5"?><a>x</a>').asciiOnly, true);
    assert.equal(checkXml('<?xml version="1.0" encoding="Big5"?><a>臺</a>').asciiOnly, false);
  });
});

describe('positions follow the editor', () => {
  test('a lone CR ends a line (fast-xml-parser counts it in the column)', () => {
    assert.match(first('<a\r\rb="1"></b>'), /^3:7-3:10 End tag <\/b>/);
  });
  test('CRLF', () => assert.match(first('<a>\r\n<b>\r\n</a>'), /^3:1-3:4 End tag <\/a> does not match the start tag <b> at line 2, column 1/));
  test('a character outside the BMP counts two columns', () => assert.match(first('<a>😀&</a>'), /^1:6-1:6 Unescaped '&'/));
  test('the message is also a template with arguments', () => {
    const e = checkXml('<a>&nbsp;</a>').error!;
    assert.equal(e.l10n.template, 'Undeclared entity &{0}; — XML predefines only &lt; &gt; &amp; &quot; &apos;; write {1} instead');
    assert.deepEqual(e.l10n.args, ['nbsp', '&#160;']);
  });
});
