// The cursor the XML scanner moves over the text, and the constructs found anywhere in a
// document: character data, references, comments, processing instructions, CDATA sections.
// Every method returns false after recording the first error in `failure`.
import { CancelledError, type CancellationSignal } from '../types';
import { firstIllegalChar, illegalAt, isSpaceCode, isXmlChar, nameEnd } from './chars';
import { isPredefinedAt, type EntityDecl } from './entities';
import { XmlFailureBuilder, type XmlFailure } from './errors';

const POLL_EVERY = 65536;

export class XmlReader {
  readonly n: number;
  i = 0;
  failure: XmlFailure | null = null;
  /** general entities declared in the internal subset (first declaration wins) */
  readonly entities = new Map<string, EntityDecl>();
  /** an external DTD subset or parameter entities may declare entities we cannot see */
  undeclaredAllowed = false;
  private nextPoll = POLL_EVERY;
  private builder: XmlFailureBuilder | null = null;

  constructor(readonly text: string, private readonly signal?: CancellationSignal) {
    this.n = text.length;
  }

  /** Record the first error; always returns false. */
  fail(make: (b: XmlFailureBuilder) => XmlFailure): false {
    this.builder ??= new XmlFailureBuilder(this.text);
    this.failure ??= make(this.builder);
    return false;
  }

  poll(): void {
    if (this.i >= this.nextPoll) {
      if (this.signal?.aborted) { throw new CancelledError(); }
      this.nextPoll = this.i + POLL_EVERY;
    }
  }

  /** Skips S; true when there was some. */
  skipSpace(): boolean {
    const start = this.i;
    while (isSpaceCode(this.text.charCodeAt(this.i))) { this.i++; }
    return this.i > start;
  }

  startsWith(s: string): boolean {
    return this.text.startsWith(s, this.i);
  }

  /** Character data up to the next '<' (or the end); checks references, ']]>' and characters. */
  charData(): boolean {
    const text = this.text;
    const n = this.n;
    let i = this.i;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x3d) {
        if (c === 0x3c) { break; }
        if (c === 0x26) {
          this.i = i;
          if (!this.reference(false)) { return false; }
          i = this.i - 1;
        } else if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) {
          return this.fail(b => b.illegalChar(i));
        }
      } else if (c === 0x5d) {
        if (text.charCodeAt(i + 1) === 0x5d && text.charCodeAt(i + 2) === 0x3e) { return this.fail(b => b.cdataEndInText(i)); }
      } else if (c >= 0xd800) {
        const bad = illegalAt(text, i, c);
        if (bad < 0) { return this.fail(b => b.illegalChar(i)); }
        i += bad;
      }
    }
    this.i = i;
    return true;
  }

  /** A reference at '&' (this.i): &name; or &#N; or &#xH;. */
  reference(inAttribute: boolean): boolean {
    const text = this.text;
    const amp = this.i;
    if (text.charCodeAt(amp + 1) === 35) { return this.charReference(amp); }
    const ns = amp + 1;
    const ne = nameEnd(text, ns);
    if (ne === ns || text.charCodeAt(ne) !== 59) { return this.fail(b => b.bareAmpersand(amp)); }
    this.i = ne + 1;
    if (isPredefinedAt(text, ns, ne)) { return true; }
    const decl = this.entities.get(text.slice(ns, ne));
    if (!decl) { return this.undeclaredAllowed || this.fail(b => b.undeclaredEntity(amp, ne + 1)); }
    if (inAttribute && decl.external) { return this.fail(b => b.entityMisuse(amp, ne + 1, 'external-in-attribute')); }
    if (inAttribute && decl.hasLessThan) { return this.fail(b => b.entityMisuse(amp, ne + 1, 'lt-in-attribute')); }
    if (decl.unparsed) { return this.fail(b => b.entityMisuse(amp, ne + 1, 'unparsed')); }
    return true;
  }

  private charReference(amp: number): boolean {
    const text = this.text;
    let k = amp + 2;
    const hex = text.charCodeAt(k) === 120;
    if (hex) { k++; }
    const digits = k;
    for (;;) {
      const c = text.charCodeAt(k);
      if ((c >= 48 && c <= 57) || (hex && ((c >= 97 && c <= 102) || (c >= 65 && c <= 70)))) { k++; } else { break; }
    }
    if (k === digits || text.charCodeAt(k) !== 59) { return this.fail(b => b.charRef(amp, Math.max(k, amp + 2), false)); }
    // more than 8 digits cannot be a character, and must not overflow
    const cp = k - digits > 8 ? -1 : parseInt(text.slice(digits, k), hex ? 16 : 10);
    if (!isXmlChar(cp)) { return this.fail(b => b.charRef(amp, k + 1, true)); }
    this.i = k + 1;
    return true;
  }

  /** At '<!--'. */
  comment(): boolean {
    const start = this.i;
    const close = this.text.indexOf('--', start + 4);
    if (close < 0) { return this.fail(b => b.unterminated(start, 'comment')); }
    if (this.text.charCodeAt(close + 2) !== 0x3e) { return this.fail(b => b.doubleHyphenInComment(close)); }
    if (!this.legalChars(start + 4, close)) { return false; }
    this.i = close + 3;
    return true;
  }

  /** At '<?' (not the XML declaration at the start of the file). */
  processingInstruction(): boolean {
    const text = this.text;
    const start = this.i;
    const ne = nameEnd(text, start + 2);
    if (ne === start + 2) { return this.fail(b => b.expectedName(start + 2)); }
    if (ne - start - 2 === 3 && text.slice(start + 2, ne).toLowerCase() === 'xml') {
      return this.fail(b => text.startsWith('<?xml', start) ? b.declarationNotAtStart(start) : b.reservedTarget(start, ne));
    }
    if (!text.startsWith('?>', ne) && !isSpaceCode(text.charCodeAt(ne))) {
      return this.fail(b => ne >= this.n ? b.unterminated(start, 'pi') : b.expectedName(ne));
    }
    const close = text.indexOf('?>', ne);
    if (close < 0) { return this.fail(b => b.unterminated(start, 'pi')); }
    if (!this.legalChars(ne, close)) { return false; }
    this.i = close + 2;
    return true;
  }

  /** At '<![CDATA['. */
  cdata(): boolean {
    const start = this.i;
    const close = this.text.indexOf(']]>', start + 9);
    if (close < 0) { return this.fail(b => b.unterminated(start, 'cdata')); }
    if (!this.legalChars(start + 9, close)) { return false; }
    this.i = close + 3;
    return true;
  }

  legalChars(from: number, to: number): boolean {
    const bad = firstIllegalChar(this.text, from, to);
    return bad < 0 || this.fail(b => b.illegalChar(bad));
  }
}
