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
    return this.at(n, n, () => msg('Unexpected end of the file'));
  }

  unclosedAtEnd(name: string, openedAt: number): XmlFailure {
    const n = this.text.length;
    const o = this.ix.position(openedAt);
    return this.at(n, n, () =>
      msg('Unexpected end of the file: the element <{0}> opened at line {1}, column {2} is not closed', name, o.line, o.column));
  }

  mismatchedEnd(lt: number, end: number, name: string, open: string, openedAt: number): XmlFailure {
    const o = this.ix.position(openedAt);
    return this.at(lt, end, () =>
      msg('End tag </{0}> does not match the start tag <{1}> at line {2}, column {3}', name, open, o.line, o.column));
  }

  strayEnd(lt: number, end: number, name: string): XmlFailure {
    return this.at(lt, end, () => msg('End tag </{0}> has no matching start tag', name));
  }

  secondRoot(lt: number, nameEndAt: number): XmlFailure {
    return this.at(lt, nameEndAt, () =>
      msg('A second root element <{0}>: an XML document has exactly one root element', this.name(lt + 1, nameEndAt)));
  }

  textOutsideRoot(i: number, before: boolean): XmlFailure {
    return this.at(i, i + 1, () => before
      ? msg('Text before the root element')
      : msg('Text after the end of the root element'));
  }

  noRoot(): XmlFailure {
    const n = this.text.length;
    return this.at(n, n, () => msg('No root element: the file is empty or holds no element'));
  }

  declarationNotAtStart(i: number): XmlFailure {
    return this.at(i, i + 5, () => msg('The XML declaration must be at the very start of the file'));
  }

  reservedTarget(i: number, end: number): XmlFailure {
    return this.at(i, end, () => msg('The processing instruction target {0} is reserved', this.name(i + 2, end)));
  }

  declaration(i: number, end: number, kind: 'version' | 'unexpected' | 'value', pseudo = ''): XmlFailure {
    if (kind === 'version') {
      return this.at(i, end, () => msg('The XML declaration must start with version="1.0"'));
    }
    if (kind === 'value') {
      return this.at(i, end, () => msg('Invalid {0} value {1} in the XML declaration', pseudo, `"${this.name(i, end)}"`));
    }
    if (i >= this.text.length) { return this.endOfFile(); }
    const what = end > i + 1 ? `'${this.name(i, end)}'` : this.char(i);
    return this.at(i, end, () => msg('Unexpected {0} in the XML declaration', what));
  }

  bareAmpersand(i: number): XmlFailure {
    return this.at(i, i + 1, () => msg("Unescaped '&': write &amp; for a literal '&'"));
  }

  bareLessThan(i: number): XmlFailure {
    return this.at(i, i + 1, () => msg("Unescaped '<': write &lt; for a literal '<'"));
  }

  lessThanInAttribute(i: number, attr: string): XmlFailure {
    return this.at(i, i + 1, () => msg("'<' in the value of attribute {0}: write &lt;", attr));
  }

  undeclaredEntity(amp: number, end: number): XmlFailure {
    const name = this.name(amp + 1, end - 1);
    const code = htmlEntityCode(name);
    return this.at(amp, end, () => code === null
      ? msg('Undeclared entity &{0}; — XML predefines only &lt; &gt; &amp; &quot; &apos;', name)
      : msg('Undeclared entity &{0}; — XML predefines only &lt; &gt; &amp; &quot; &apos;; write {1} instead', name, `&#${code};`));
  }

  entityMisuse(amp: number, end: number, kind: 'external-in-attribute' | 'unparsed' | 'lt-in-attribute'): XmlFailure {
    const name = this.name(amp + 1, end - 1);
    return this.at(amp, end, () => {
      switch (kind) {
        case 'external-in-attribute': return msg('The external entity &{0}; cannot be used in an attribute value', name);
        case 'unparsed': return msg('The unparsed entity &{0}; cannot be referenced in content', name);
        case 'lt-in-attribute': return msg("Entity &{0}; contains '<' and cannot be used in an attribute value", name);
      }
    });
  }

  charRef(amp: number, end: number, illegal: boolean): XmlFailure {
    const semi = this.text.indexOf(';', amp);
    const ref = this.name(amp, semi > 0 && semi - amp < 12 ? semi + 1 : end);
    return this.at(amp, end, () => illegal
      ? msg('Character reference {0} is not a legal XML character', ref)
      : msg('Invalid character reference {0}: expected &#digits; or &#xhex;', ref));
  }

  illegalChar(i: number): XmlFailure {
    return this.at(i, i + 1, () => msg('Illegal character {0}: XML 1.0 does not allow it, even escaped', this.char(i)));
  }

  cdataEndInText(i: number): XmlFailure {
    return this.at(i, i + 3, () => msg("']]>' is not allowed in text: write ]]&gt;"));
  }

  doubleHyphenInComment(i: number): XmlFailure {
    return this.at(i, i + 2, () => msg("'--' inside a comment"));
  }

  unterminated(start: number, kind: Unterminated): XmlFailure {
    const end = this.text.length;
    return this.at(start, end, () => {
      switch (kind) {
        case 'comment': return msg('Unterminated comment');
        case 'cdata': return msg('Unterminated CDATA section');
        case 'pi': return msg('Unterminated processing instruction');
        case 'doctype': return msg('The document type declaration is not closed');
        case 'declaration': return msg("The XML declaration is not closed with '?>'");
      }
    });
  }

  unterminatedTag(lt: number, nameEndAt: number, endTag: boolean): XmlFailure {
    const name = this.name(lt + (endTag ? 2 : 1), nameEndAt);
    return this.at(lt, this.text.length, () => endTag
      ? msg('Unterminated end tag </{0}>: the file ends inside it. Was the download cut short?', name)
      : msg('Unterminated start tag <{0}>: the file ends inside it. Was the download cut short?', name));
  }

  unterminatedValue(quote: number, attr: string): XmlFailure {
    return this.at(quote, this.text.length, () => msg('Unterminated value of attribute {0}: the file ends inside it. Was the download cut short?', attr));
  }

  attribute(i: number, end: number, attr: string, kind: 'duplicate' | 'no-value' | 'unquoted' | 'no-space', tag: string): XmlFailure {
    return this.at(i, end, () => {
      switch (kind) {
        case 'duplicate': return msg('Duplicate attribute {0} in the start tag <{1}>', attr, tag);
        case 'no-value': return msg('Attribute {0} has no value: write {0}="…"', attr);
        case 'unquoted': return msg('The value of attribute {0} must be in quotes', attr);
        case 'no-space': return msg('Missing whitespace before attribute {0}', attr);
      }
    });
  }

  inStartTag(i: number, tag: string): XmlFailure {
    if (i >= this.text.length) { return this.endOfFile(); }
    return this.at(i, i + 1, () => msg('Unexpected {0} in the start tag <{1}>', this.char(i), tag));
  }

  inEndTag(i: number, tag: string): XmlFailure {
    if (i >= this.text.length) { return this.endOfFile(); }
    return this.at(i, i + 1, () => msg("Unexpected {0} in the end tag </{1}>: expected '>'", this.char(i), tag));
  }

  inDoctype(i: number): XmlFailure {
    if (i >= this.text.length) { return this.endOfFile(); }
    return this.at(i, i + 1, () => msg('Unexpected {0} in the document type declaration', this.char(i)));
  }

  misplacedDoctype(i: number, second: boolean): XmlFailure {
    return this.at(i, i + 9, () => second
      ? msg('A second document type declaration')
      : msg('A document type declaration is only allowed before the root element'));
  }

  badMarkup(i: number): XmlFailure {
    return this.at(i, i + 2, () => msg("Unexpected '<!': expected a comment or a CDATA section"));
  }

  expectedName(i: number): XmlFailure {
    if (i >= this.text.length) { return this.endOfFile(); }
    return this.at(i, i + 1, () => msg('Unexpected {0}: expected a name', this.char(i)));
  }
}
