// The messages of the first XML well-formedness error, each with its position in the text.
// Built on the first error only (finding a position indexes the lines once).
import { msg, type Msg } from '../messages';
import { LineIndex } from '../text/line-index';
import { showChar } from '../json/show-char';
import { htmlEntityCode } from './entities';

export interface XmlFailure {
  offset: number;
  /** exclusive */
  end: number;
  msg: Msg;
}

export type Unterminated = 'comment' | 'cdata' | 'pi' | 'doctype' | 'declaration';

export class XmlFailureBuilder {
  private readonly ix: LineIndex;

  constructor(private readonly text: string) {
    this.ix = new LineIndex(text);
  }

  private at(offset: number, end: number, make: (line: number, column: number) => Msg): XmlFailure {
    const p = this.ix.position(offset);
    return { offset, end: Math.max(end, offset), msg: make(p.line, p.column) };
  }

  private name(start: number, end: number): string {
    return this.text.slice(start, Math.min(end, start + 80));
  }

  private char(i: number): string {
    return showChar(this.text, i);
  }

  /** For the "Unexpected {0}" messages when there is no character left to name. */
  private endOfFile(): XmlFailure {
    const n = this.text.length;
    return this.at(n, n, (l, c) => msg('Unexpected end of the file at line {0}, column {1}', l, c));
  }

  unclosedAtEnd(name: string, openedAt: number): XmlFailure {
    const n = this.text.length;
    const o = this.ix.position(openedAt);
    return this.at(n, n, (l, c) =>
      msg('Unexpected end of the file at line {0}, column {1}: the element <{2}> opened at line {3}, column {4} is not closed', l, c, name, o.line, o.column));
  }

  mismatchedEnd(lt: number, end: number, name: string, open: string, openedAt: number): XmlFailure {
    const o = this.ix.position(openedAt);
    return this.at(lt, end, (l, c) =>
      msg('End tag </{0}> at line {1}, column {2} does not match the start tag <{3}> at line {4}, column {5}', name, l, c, open, o.line, o.column));
  }

  strayEnd(lt: number, end: number, name: string): XmlFailure {
    return this.at(lt, end, (l, c) => msg('End tag </{0}> at line {1}, column {2} has no matching start tag', name, l, c));
  }

  secondRoot(lt: number, nameEndAt: number): XmlFailure {
    return this.at(lt, nameEndAt, (l, c) =>
      msg('A second root element <{0}> at line {1}, column {2}: an XML document has exactly one root element', this.name(lt + 1, nameEndAt), l, c));
  }

  textOutsideRoot(i: number, before: boolean): XmlFailure {
    return this.at(i, i + 1, (l, c) => before
      ? msg('Text before the root element at line {0}, column {1}', l, c)
      : msg('Text after the end of the root element at line {0}, column {1}', l, c));
  }

  noRoot(): XmlFailure {
    const n = this.text.length;
    return this.at(n, n, () => msg('No root element: the file is empty or holds no element'));
  }

  declarationNotAtStart(i: number): XmlFailure {
    return this.at(i, i + 5, (l, c) => msg('The XML declaration must be at the very start of the file, but it is at line {0}, column {1}', l, c));
  }

  reservedTarget(i: number, end: number): XmlFailure {
    return this.at(i, end, (l, c) => msg('The processing instruction target {0} at line {1}, column {2} is reserved', this.name(i + 2, end), l, c));
  }

  declaration(i: number, end: number, kind: 'version' | 'unexpected' | 'value', pseudo = ''): XmlFailure {
    if (kind === 'version') {
      return this.at(i, end, (l, c) => msg('The XML declaration at line {0}, column {1} must start with version="1.0"', l, c));
    }
    if (kind === 'value') {
      return this.at(i, end, (l, c) => msg('Invalid {0} value {1} in the XML declaration at line {2}, column {3}', pseudo, `"${this.name(i, end)}"`, l, c));
    }
    if (i >= this.text.length) { return this.endOfFile(); }
    const what = end > i + 1 ? `'${this.name(i, end)}'` : this.char(i);
    return this.at(i, end, (l, c) => msg('Unexpected {0} in the XML declaration at line {1}, column {2}', what, l, c));
  }

  bareAmpersand(i: number): XmlFailure {
    return this.at(i, i + 1, (l, c) => msg("Unescaped '&' at line {0}, column {1}: write &amp; for a literal '&'", l, c));
  }

  bareLessThan(i: number): XmlFailure {
    return this.at(i, i + 1, (l, c) => msg("Unescaped '<' at line {0}, column {1}: write &lt; for a literal '<'", l, c));
  }

  lessThanInAttribute(i: number, attr: string): XmlFailure {
    return this.at(i, i + 1, (l, c) => msg("'<' in the value of attribute {0} at line {1}, column {2}: write &lt;", attr, l, c));
  }

  undeclaredEntity(amp: number, end: number): XmlFailure {
    const name = this.name(amp + 1, end - 1);
    const code = htmlEntityCode(name);
    return this.at(amp, end, (l, c) => code === null
      ? msg('Undeclared entity &{0}; at line {1}, column {2}: XML predefines only &lt; &gt; &amp; &quot; &apos;', name, l, c)
      : msg('Undeclared entity &{0}; at line {1}, column {2}: XML predefines only &lt; &gt; &amp; &quot; &apos;; write {3} instead', name, l, c, `&#${code};`));
  }

  entityMisuse(amp: number, end: number, kind: 'external-in-attribute' | 'unparsed' | 'lt-in-attribute'): XmlFailure {
    const name = this.name(amp + 1, end - 1);
    return this.at(amp, end, (l, c) => {
      switch (kind) {
        case 'external-in-attribute': return msg('The external entity &{0}; cannot be used in an attribute value (line {1}, column {2})', name, l, c);
        case 'unparsed': return msg('The unparsed entity &{0}; cannot be referenced in content (line {1}, column {2})', name, l, c);
        case 'lt-in-attribute': return msg("Entity &{0}; contains '<' and cannot be used in an attribute value (line {1}, column {2})", name, l, c);
      }
    });
  }

  charRef(amp: number, end: number, illegal: boolean): XmlFailure {
    const semi = this.text.indexOf(';', amp);
    const ref = this.name(amp, semi > 0 && semi - amp < 12 ? semi + 1 : end);
    return this.at(amp, end, (l, c) => illegal
      ? msg('Character reference {0} at line {1}, column {2} is not a legal XML character', ref, l, c)
      : msg('Invalid character reference {0} at line {1}, column {2}: expected &#digits; or &#xhex;', ref, l, c));
  }

  illegalChar(i: number): XmlFailure {
    return this.at(i, i + 1, (l, c) => msg('Illegal character {0} at line {1}, column {2}: XML 1.0 does not allow it, even escaped', this.char(i), l, c));
  }

  cdataEndInText(i: number): XmlFailure {
    return this.at(i, i + 3, (l, c) => msg("']]>' at line {0}, column {1} is not allowed in text: write ]]&gt;", l, c));
  }

  doubleHyphenInComment(i: number): XmlFailure {
    return this.at(i, i + 2, (l, c) => msg("'--' inside a comment at line {0}, column {1}", l, c));
  }

  unterminated(start: number, kind: Unterminated): XmlFailure {
    const end = this.text.length;
    return this.at(start, end, (l, c) => {
      switch (kind) {
        case 'comment': return msg('Unterminated comment starting at line {0}, column {1}', l, c);
        case 'cdata': return msg('Unterminated CDATA section starting at line {0}, column {1}', l, c);
        case 'pi': return msg('Unterminated processing instruction starting at line {0}, column {1}', l, c);
        case 'doctype': return msg('The document type declaration starting at line {0}, column {1} is not closed', l, c);
        case 'declaration': return msg("The XML declaration starting at line {0}, column {1} is not closed with '?>'", l, c);
      }
    });
  }

  unterminatedTag(lt: number, nameEndAt: number, endTag: boolean): XmlFailure {
    const name = this.name(lt + (endTag ? 2 : 1), nameEndAt);
    return this.at(lt, this.text.length, (l, c) => endTag
      ? msg('Unterminated end tag </{0}> at line {1}, column {2}', name, l, c)
      : msg('Unterminated start tag <{0}> starting at line {1}, column {2}', name, l, c));
  }

  unterminatedValue(quote: number, attr: string): XmlFailure {
    return this.at(quote, this.text.length, (l, c) => msg('Unterminated value of attribute {0} starting at line {1}, column {2}', attr, l, c));
  }

  attribute(i: number, end: number, attr: string, kind: 'duplicate' | 'no-value' | 'unquoted' | 'no-space', tag: string): XmlFailure {
    return this.at(i, end, (l, c) => {
      switch (kind) {
        case 'duplicate': return msg('Duplicate attribute {0} at line {1}, column {2} in the start tag <{3}>', attr, l, c, tag);
        case 'no-value': return msg('Attribute {0} at line {1}, column {2} has no value: write {0}="…"', attr, l, c);
        case 'unquoted': return msg('The value of attribute {0} at line {1}, column {2} must be in quotes', attr, l, c);
        case 'no-space': return msg('Missing whitespace before attribute {0} at line {1}, column {2}', attr, l, c);
      }
    });
  }

  inStartTag(i: number, tag: string): XmlFailure {
    if (i >= this.text.length) { return this.endOfFile(); }
    return this.at(i, i + 1, (l, c) => msg('Unexpected {0} at line {1}, column {2} in the start tag <{3}>', this.char(i), l, c, tag));
  }

  inEndTag(i: number, tag: string): XmlFailure {
    if (i >= this.text.length) { return this.endOfFile(); }
    return this.at(i, i + 1, (l, c) => msg("Unexpected {0} at line {1}, column {2} in the end tag </{3}>: expected '>'", this.char(i), l, c, tag));
  }

  inDoctype(i: number): XmlFailure {
    if (i >= this.text.length) { return this.endOfFile(); }
    return this.at(i, i + 1, (l, c) => msg('Unexpected {0} at line {1}, column {2} in the document type declaration', this.char(i), l, c));
  }

  misplacedDoctype(i: number, second: boolean): XmlFailure {
    return this.at(i, i + 9, (l, c) => second
      ? msg('A second document type declaration at line {0}, column {1}', l, c)
      : msg('A document type declaration is only allowed before the root element (line {0}, column {1})', l, c));
  }

  badMarkup(i: number): XmlFailure {
    return this.at(i, i + 2, (l, c) => msg("Unexpected '<!' at line {0}, column {1}: expected a comment or a CDATA section", l, c));
  }

  expectedName(i: number): XmlFailure {
    if (i >= this.text.length) { return this.endOfFile(); }
    return this.at(i, i + 1, (l, c) => msg('Unexpected {0} at line {1}, column {2}: expected a name', this.char(i), l, c));
  }
}
