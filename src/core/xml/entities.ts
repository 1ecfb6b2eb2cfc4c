// Entities as declared, never expanded: a reference is only checked against its declaration, so a
// "billion laughs" document or an external entity (SYSTEM "file:///etc/passwd") costs nothing
// and reads nothing.

export interface EntityDecl {
  /** declared with SYSTEM or PUBLIC: its text is elsewhere */
  external: boolean;
  /** NDATA: not XML at all */
  unparsed: boolean;
  /** its literal value contains '<' (a reference to it inside an attribute value is an error) */
  hasLessThan: boolean;
}

export const PREDEFINED = ['lt', 'gt', 'amp', 'quot', 'apos'];

/** HTML names that publishers type into XML, and the numeric reference to write instead. */
const HTML: Record<string, number> = {
  nbsp: 160, copy: 169, reg: 174, deg: 176, plusmn: 177, middot: 183, times: 215, divide: 247,
  laquo: 171, raquo: 187, yen: 165, pound: 163, euro: 8364, cent: 162, sect: 167, para: 182,
  ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, ldquo: 8220, rdquo: 8221, bull: 8226,
  hellip: 8230, trade: 8482, larr: 8592, rarr: 8594, uarr: 8593, darr: 8595, ensp: 8194, emsp: 8195,
  thinsp: 8201, shy: 173, iexcl: 161, iquest: 191, micro: 181, frac12: 189, frac14: 188, frac34: 190,
  sup2: 178, sup3: 179, ordm: 186, ordf: 170, acute: 180, uml: 168, cedil: 184, not: 172,
};

export function htmlEntityCode(name: string): number | null {
  return Object.prototype.hasOwnProperty.call(HTML, name) ? HTML[name] : null;
}

/** Is text[start, end) one of the five predefined entity names? (no string is made) */
export function isPredefinedAt(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 2 || len > 4) { return false; }
  for (const p of PREDEFINED) {
    if (p.length === len && text.startsWith(p, start)) { return true; }
  }
  return false;
}
