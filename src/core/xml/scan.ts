// XML 1.0 well-formedness in one pass, without recursion (an explicit stack of open elements, so
// any depth is fine). Stops at the first error. Elements up to `sink.maxDepth` are reported to the
// sink (record discovery) as they are read. Entities are never expanded.
import type { CancellationSignal } from '../types';
import { illegalAt, isSpaceCode, nameEnd } from './chars';
import type { XmlFailure } from './errors';
import { readDeclaration, readDoctype, type XmlDeclaration } from './prolog';
import { XmlReader } from './reader';

/** Structure events for shallow elements; depth of the root element = 0. */
export interface XmlSink {
  readonly maxDepth: number;
  /** a start tag at `lt`; the element's name is text[lt + 1, nameEnd) */
  start(depth: number, lt: number, nameEnd: number): void;
  /** an attribute of the element just started: its name is text[start, end) */
  attribute(depth: number, start: number, end: number): void;
  end(depth: number): void;
}

export interface XmlScan {
  failure: XmlFailure | null;
  declaration: XmlDeclaration | null;
}

/** Attributes compared pairwise up to this many in one tag, then by a set of names. */
const PAIRWISE_ATTRIBUTES = 16;

export function scanXml(text: string, sink: XmlSink | null, signal?: CancellationSignal): XmlScan {
  const r = new XmlReader(text, signal);
  r.i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let declaration: XmlDeclaration | null = null;
  const c5 = text.charCodeAt(r.i + 5);
  if (r.startsWith('<?xml') && (isSpaceCode(c5) || c5 === 63)) {
    declaration = { encoding: null, standalone: false };
    if (!readDeclaration(r, declaration)) { return { failure: r.failure, declaration }; }
  }
  const elements = new ElementScanner(r, sink);
  if (prolog(r, declaration?.standalone ?? false)) {
    if (elements.run()) { epilogue(r); }
  }
  return { failure: r.failure, declaration };
}

/** Comments, PIs, white space and one document type declaration, up to the root's '<'. */
function prolog(r: XmlReader, standalone: boolean): boolean {
  const text = r.text;
  let doctype = false;
  for (;;) {
    r.skipSpace();
    r.poll();
    if (r.i >= r.n) { return r.fail(b => b.noRoot()); }
    if (text.charCodeAt(r.i) !== 60) { return r.fail(b => b.textOutsideRoot(r.i, true)); }
    let ok = true;
    if (r.startsWith('<!--')) {
      ok = r.comment();
    } else if (r.startsWith('<?')) {
      ok = r.processingInstruction();
    } else if (r.startsWith('<!DOCTYPE')) {
      ok = doctype ? r.fail(b => b.misplacedDoctype(r.i, true)) : readDoctype(r, standalone);
      doctype = true;
    } else if (text.charCodeAt(r.i + 1) === 33) {
      ok = r.fail(b => b.badMarkup(r.i));
    } else {
      return true;
    }
    if (!ok) { return false; }
  }
}

/** After the root element: only comments, PIs and white space. */
function epilogue(r: XmlReader): boolean {
  const text = r.text;
  for (;;) {
    r.skipSpace();
    r.poll();
    if (r.i >= r.n) { return true; }
    const at = r.i;
    if (text.charCodeAt(at) !== 60) { return r.fail(b => b.textOutsideRoot(at, false)); }
    let ok: boolean;
    if (r.startsWith('<!--')) {
      ok = r.comment();
    } else if (r.startsWith('<?')) {
      ok = r.processingInstruction();
    } else if (r.startsWith('<!DOCTYPE')) {
      ok = r.fail(b => b.misplacedDoctype(at, false));
    } else if (r.startsWith('</')) {
      const ne = nameEnd(text, at + 2);
      ok = r.fail(b => ne === at + 2 ? b.expectedName(at + 2) : b.strayEnd(at, text.charCodeAt(ne) === 62 ? ne + 1 : ne, text.slice(at + 2, ne)));
    } else if (text.charCodeAt(at + 1) === 33) {
      ok = r.fail(b => b.badMarkup(at));
    } else {
      const ne = nameEnd(text, at + 1);
      ok = r.fail(b => ne === at + 1 ? b.bareLessThan(at) : b.secondRoot(at, ne));
    }
    if (!ok) { return false; }
  }
}

/** The root element and everything inside it. */
class ElementScanner {
  private readonly text: string;
  /** the open elements: where each start tag begins and where its name ends */
  private readonly opens: number[] = [];
  private readonly nameEnds: number[] = [];
  private readonly attrStarts: number[] = [];
  private readonly attrEnds: number[] = [];
  private attrCount = 0;
  private attrNames: Set<string> | null = null;
  private readonly sinkDepth: number;

  constructor(private readonly r: XmlReader, private readonly sink: XmlSink | null) {
    this.text = r.text;
    this.sinkDepth = sink ? sink.maxDepth : -1;
  }

  /** At the root's '<'. */
  run(): boolean {
    const r = this.r;
    const text = this.text;
    if (!this.startTag()) { return false; }
    while (this.opens.length > 0) {
      if (!r.charData()) { return false; }
      if (r.i >= r.n) {
        const top = this.opens.length - 1;
        const open = this.opens[top];
        return r.fail(b => b.unclosedAtEnd(text.slice(open + 1, this.nameEnds[top]), open));
      }
      r.poll();
      const c1 = text.charCodeAt(r.i + 1);
      let ok: boolean;
      if (c1 === 47) {
        ok = this.endTag();
      } else if (c1 === 33) {
        if (r.startsWith('<!--')) { ok = r.comment(); } else if (r.startsWith('<![CDATA[')) { ok = r.cdata(); } else {
          const at = r.i;
          ok = r.fail(b => text.startsWith('<!DOCTYPE', at) ? b.misplacedDoctype(at, false) : b.badMarkup(at));
        }
      } else if (c1 === 63) {
        ok = r.processingInstruction();
      } else {
        ok = this.startTag();
      }
      if (!ok) { return false; }
    }
    return true;
  }

  private startTag(): boolean {
    const r = this.r;
    const text = this.text;
    const lt = r.i;
    const ne = nameEnd(text, lt + 1);
    if (ne === lt + 1) { return r.fail(b => b.bareLessThan(lt)); }
    const depth = this.opens.length;
    if (depth <= this.sinkDepth) { this.sink!.start(depth, lt, ne); }
    r.i = ne;
    this.attrCount = 0;
    this.attrNames = null;
    for (;;) {
      const spaced = r.skipSpace();
      const c = text.charCodeAt(r.i);
      if (c === 62) {
        r.i++;
        this.opens.push(lt);
        this.nameEnds.push(ne);
        return true;
      }
      if (c === 47) {
        if (text.charCodeAt(r.i + 1) !== 62) { return r.fail(b => r.i + 1 >= r.n ? b.unterminatedTag(lt, ne, false) : b.inStartTag(r.i + 1, text.slice(lt + 1, ne))); }
        r.i += 2;
        if (depth <= this.sinkDepth) { this.sink!.end(depth); }
        return true;
      }
      if (r.i >= r.n) { return r.fail(b => b.unterminatedTag(lt, ne, false)); }
      if (!this.attribute(lt, ne, spaced, depth)) { return false; }
    }
  }

  /** name = "value" (or 'value') at r.i, inside the start tag at `lt`. */
  private attribute(lt: number, tagEnd: number, spaced: boolean, depth: number): boolean {
    const r = this.r;
    const text = this.text;
    const as = r.i;
    const ae = nameEnd(text, as);
    if (ae === as) { return r.fail(b => b.inStartTag(as, text.slice(lt + 1, tagEnd))); }
    if (!spaced) { return r.fail(b => b.attribute(as, ae, text.slice(as, ae), 'no-space', text.slice(lt + 1, tagEnd))); }
    r.i = ae;
    r.skipSpace();
    if (text.charCodeAt(r.i) !== 61) {
      return r.fail(b => r.i >= r.n ? b.unterminatedTag(lt, tagEnd, false) : b.attribute(as, ae, text.slice(as, ae), 'no-value', text.slice(lt + 1, tagEnd)));
    }
    r.i++;
    r.skipSpace();
    const q = text.charCodeAt(r.i);
    if (q !== 34 && q !== 39) {
      return r.fail(b => r.i >= r.n ? b.unterminatedTag(lt, tagEnd, false) : b.attribute(as, ae, text.slice(as, ae), 'unquoted', text.slice(lt + 1, tagEnd)));
    }
    const quote = r.i;
    let k = quote + 1;
    for (; k < r.n; k++) {
      const c = text.charCodeAt(k);
      if (c === q) { break; }
      if (c === 60) { const at = k; return r.fail(b => b.lessThanInAttribute(at, text.slice(as, ae))); }
      if (c === 38) {
        r.i = k;
        if (!r.reference(true)) { return false; }
        k = r.i - 1;
      } else if (c < 0x20 || c >= 0xd800) {
        const bad = illegalAt(text, k, c);
        if (bad < 0) { const at = k; return r.fail(b => b.illegalChar(at)); }
        k += bad;
      }
    }
    if (k >= r.n) { return r.fail(b => b.unterminatedValue(quote, text.slice(as, ae))); }
    r.i = k + 1;
    if (this.isDuplicate(as, ae)) { return r.fail(b => b.attribute(as, ae, text.slice(as, ae), 'duplicate', text.slice(lt + 1, tagEnd))); }
    if (depth <= this.sinkDepth) { this.sink!.attribute(depth, as, ae); }
    return true;
  }

  private isDuplicate(start: number, end: number): boolean {
    const starts = this.attrStarts;
    const ends = this.attrEnds;
    const text = this.text;
    const count = this.attrCount;
    if (count >= PAIRWISE_ATTRIBUTES) {
      // an unusual tag with many attributes: a set keeps the check linear
      if (!this.attrNames) { this.attrNames = new Set(starts.slice(0, count).map((s, a) => text.slice(s, ends[a]))); }
      const name = text.slice(start, end);
      if (this.attrNames.has(name)) { return true; }
      this.attrNames.add(name);
      return false;
    }
    const len = end - start;
    for (let a = 0; a < count; a++) {
      if (ends[a] - starts[a] === len && sameText(text, starts[a], start, len)) { return true; }
    }
    starts[count] = start;
    ends[count] = end;
    this.attrCount = count + 1;
    return false;
  }

  /** At '</'. */
  private endTag(): boolean {
    const r = this.r;
    const text = this.text;
    const lt = r.i;
    const top = this.opens.length - 1;
    const open = this.opens[top];
    const openEnd = this.nameEnds[top];
    const len = openEnd - open - 1;
    // the usual case: the open element's name, then '>' (no name to scan, no string to make)
    if (sameText(text, open + 1, lt + 2, len) && text.charCodeAt(lt + 2 + len) === 62) {
      r.i = lt + 3 + len;
      this.close(top);
      return true;
    }
    const ne = nameEnd(text, lt + 2);
    if (ne === lt + 2) {
      return r.fail(b => lt + 2 >= r.n ? b.unclosedAtEnd(text.slice(open + 1, openEnd), open) : b.expectedName(lt + 2));
    }
    r.i = ne;
    r.skipSpace();
    if (text.charCodeAt(r.i) !== 62) {
      return r.fail(b => r.i >= r.n ? b.unterminatedTag(lt, ne, true) : b.inEndTag(r.i, text.slice(lt + 2, ne)));
    }
    r.i++;
    if (ne - lt - 2 !== len || !sameText(text, open + 1, lt + 2, len)) {
      return r.fail(b => b.mismatchedEnd(lt, r.i, text.slice(lt + 2, ne), text.slice(open + 1, openEnd), open));
    }
    this.close(top);
    return true;
  }

  private close(top: number): void {
    this.opens.pop();
    this.nameEnds.pop();
    if (top <= this.sinkDepth) { this.sink!.end(top); }
  }
}

function sameText(text: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) {
    if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) { return false; }
  }
  return true;
}
