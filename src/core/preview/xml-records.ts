// The records of an XML document as table rows: where each record element starts (a second pass
// of the engine's scanner) and, one record at a time when a page is asked for, the text of its
// child elements (or its attributes) by field. The document is known to be well-formed; only the
// five predefined entities and character references are decoded, nothing is ever expanded.
import { scanXml, type XmlSink } from '../xml/scan';

/** the start ('<') of every outermost element named `element` (records sit at depth <= 5) */
export function locateXmlRecords(text: string, element: string): number[] {
  const starts: number[] = [];
  let open = -1;
  const sink: XmlSink = {
    maxDepth: 6,
    start(depth, lt, nameEnd) {
      if (open < 0 && nameEnd - lt - 1 === element.length && text.startsWith(element, lt + 1)) { starts.push(lt); open = depth; }
    },
    attribute() { /* the attributes are read with the record */ },
    end(depth) { if (depth === open) { open = -1; } },
  };
  scanXml(text, sink);
  return starts;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlText(s: string): string {
  if (!s.includes('&')) { return s; }
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') { return PREDEFINED[ref]; }
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

interface Tag { name: string; attributes: Map<string, string>; selfClosing: boolean; end: number }

/** The start tag at text[lt] ('<'): its name, attributes and where it ends (after '>'). */
function readTag(text: string, lt: number): Tag {
  let i = lt + 1;
  while (i < text.length && !/[\s/>]/.test(text[i])) { i++; }
  const name = text.slice(lt + 1, i);
  const attributes = new Map<string, string>();
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) { i++; }
    const c = text[i];
    if (c === '>' || c === undefined) { return { name, attributes, selfClosing: false, end: i + 1 }; }
    if (c === '/') { return { name, attributes, selfClosing: true, end: text.indexOf('>', i) + 1 }; }
    const eq = text.indexOf('=', i);
    const attr = text.slice(i, eq).trim();
    let q = eq + 1;
    while (/\s/.test(text[q])) { q++; }
    const close = text.indexOf(text[q], q + 1);
    attributes.set(attr, decodeXmlText(text.slice(q + 1, close)));
    i = close + 1;
  }
}

/** The record element at text[lt]: its values in `fields` order, and where it ends. */
export function xmlRecordValues(text: string, lt: number, fields: readonly string[]): { values: string[]; end: number } {
  const tag = readTag(text, lt);
  const children = new Map<string, string>();
  let end = tag.end;
  if (!tag.selfClosing) {
    let depth = 1;
    let child: string | null = null;
    let buf = '';
    let i = tag.end;
    while (depth > 0 && i < text.length) {
      const lt2 = text.indexOf('<', i);
      if (lt2 < 0) { break; }
      if (depth >= 2) { buf += decodeXmlText(text.slice(i, lt2)); }
      if (text.startsWith('<!--', lt2)) { i = text.indexOf('-->', lt2) + 3; continue; }
      if (text.startsWith('<![CDATA[', lt2)) {
        const e = text.indexOf(']]>', lt2);
        if (depth >= 2) { buf += text.slice(lt2 + 9, e); }
        i = e + 3;
        continue;
      }
      if (text.startsWith('<?', lt2)) { i = text.indexOf('?>', lt2) + 2; continue; }
      if (text[lt2 + 1] === '/') {
        depth--;
        i = text.indexOf('>', lt2) + 1;
        if (depth === 1 && child !== null) {
          // a repeated child keeps every value
          const prev = children.get(child);
          children.set(child, prev === undefined ? buf.trim() : `${prev}; ${buf.trim()}`);
          child = null;
        }
        continue;
      }
      const t = readTag(text, lt2);
      i = t.end;
      if (depth === 1) {
        child = t.name;
        buf = '';
        if (t.selfClosing) { if (!children.has(t.name)) { children.set(t.name, ''); } child = null; continue; }
      }
      if (!t.selfClosing) { depth++; }
    }
    end = i;
  }
  const from = children.size > 0 ? children : tag.attributes;
  return { values: fields.map(f => from.get(f) ?? ''), end };
}
