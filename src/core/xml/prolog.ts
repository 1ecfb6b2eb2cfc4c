// The XML declaration (§2.8) and the document type declaration with its internal subset: entity
// declarations are recorded (never expanded); the other declarations are skipped.
import { isSpaceCode, nameEnd } from './chars';
import type { XmlReader } from './reader';

export interface XmlDeclaration {
  encoding: { name: string; start: number; end: number } | null;
  standalone: boolean;
}

const PSEUDO = ['version', 'encoding', 'standalone'];

/** At '<?xml' + space, at the very start; fills `decl` as it reads, even when it fails. */
export function readDeclaration(r: XmlReader, decl: XmlDeclaration): boolean {
  const text = r.text;
  const start = r.i;
  r.i += 5;
  let next = 0;   // index in PSEUDO of the first pseudo-attribute still allowed
  for (;;) {
    const spaced = r.skipSpace();
    if (r.i >= r.n) { return r.fail(b => b.unterminated(start, 'declaration')); }
    if (r.startsWith('?>')) {
      if (next === 0) { return r.fail(b => b.declaration(start, r.i + 2, 'version')); }
      r.i += 2;
      return true;
    }
    const ns = r.i;
    const ne = nameEnd(text, ns);
    const which = PSEUDO.indexOf(text.slice(ns, ne));
    if (!spaced || which < next || (next === 0 && which !== 0)) {
      return r.fail(b => next === 0 ? b.declaration(start, ns, 'version') : b.declaration(ns, Math.max(ne, ns + 1), 'unexpected'));
    }
    r.i = ne;
    r.skipSpace();
    if (text.charCodeAt(r.i) !== 61) { return r.fail(b => b.declaration(r.i, r.i + 1, 'unexpected')); }
    r.i++;
    r.skipSpace();
    const q = text.charCodeAt(r.i);
    if (q !== 34 && q !== 39) { return r.fail(b => b.declaration(r.i, r.i + 1, 'unexpected')); }
    const vs = r.i + 1;
    const ve = text.indexOf(q === 34 ? '"' : "'", vs);
    if (ve < 0 || text.lastIndexOf('?>', ve) > vs) { return r.fail(b => b.unterminated(start, 'declaration')); }
    const value = text.slice(vs, ve);
    const ok = which === 0 ? /^1\.[0-9]+$/.test(value)
      : which === 1 ? /^[A-Za-z][A-Za-z0-9._-]*$/.test(value) : value === 'yes' || value === 'no';
    if (!ok) { return r.fail(b => b.declaration(vs, ve, 'value', PSEUDO[which])); }
    if (which === 1) { decl.encoding = { name: value, start: vs, end: ve }; }
    if (which === 2) { decl.standalone = value === 'yes'; }
    next = which + 1;
    r.i = ve + 1;
  }
}

/** At '<!DOCTYPE'. */
export function readDoctype(r: XmlReader, standalone: boolean): boolean {
  const text = r.text;
  const start = r.i;
  r.i += 9;
  if (!r.skipSpace()) { return r.fail(b => r.i >= r.n ? b.unterminated(start, 'doctype') : b.inDoctype(r.i)); }
  const ne = nameEnd(text, r.i);
  if (ne === r.i) { return r.fail(b => b.expectedName(r.i)); }
  r.i = ne;
  let spaced = r.skipSpace();
  let external = false;
  if (spaced && (r.startsWith('SYSTEM') || r.startsWith('PUBLIC'))) {
    if (!externalId(r, start)) { return false; }
    external = true;
    spaced = r.skipSpace();
  }
  let peRefs = false;
  if (text.charCodeAt(r.i) === 91) {
    r.i++;
    const subset = internalSubset(r, start);
    if (subset === null) { return false; }
    peRefs = subset;
    r.skipSpace();
  }
  if (r.i >= r.n) { return r.fail(b => b.unterminated(start, 'doctype')); }
  if (text.charCodeAt(r.i) !== 62) { return r.fail(b => b.inDoctype(r.i)); }
  r.i++;
  // WFC Entity Declared: only binding when every declaration is visible, or standalone="yes"
  r.undeclaredAllowed = (external || peRefs) && !standalone;
  return true;
}

/** After '['; returns whether parameter entity references were used, or null on error. */
function internalSubset(r: XmlReader, start: number): boolean | null {
  const text = r.text;
  let peRefs = false;
  for (;;) {
    r.skipSpace();
    r.poll();
    if (r.i >= r.n) { return r.fail(b => b.unterminated(start, 'doctype')) || null; }
    const c = text.charCodeAt(r.i);
    if (c === 93) { r.i++; return peRefs; }
    let ok: boolean;
    if (c === 37) {
      const ne = nameEnd(text, r.i + 1);
      ok = ne > r.i + 1 && text.charCodeAt(ne) === 59;
      if (ok) { r.i = ne + 1; peRefs = true; } else { r.fail(b => b.inDoctype(r.i)); }
    } else if (r.startsWith('<!--')) {
      ok = r.comment();
    } else if (r.startsWith('<?')) {
      ok = r.processingInstruction();
    } else if (r.startsWith('<!ENTITY')) {
      ok = entityDecl(r, start);
    } else if (r.startsWith('<!ELEMENT') || r.startsWith('<!ATTLIST') || r.startsWith('<!NOTATION')) {
      ok = skipDecl(r, start);
    } else {
      ok = r.fail(b => b.inDoctype(r.i));
    }
    if (!ok) { return null; }
  }
}

/** <!ENTITY [%] name (literal | ExternalID [NDATA name])> */
function entityDecl(r: XmlReader, start: number): boolean {
  const text = r.text;
  r.i += 8;
  if (!r.skipSpace()) { return r.fail(b => b.inDoctype(r.i)); }
  let parameter = false;
  if (text.charCodeAt(r.i) === 37) {
    parameter = true;
    r.i++;
    if (!r.skipSpace()) { return r.fail(b => b.inDoctype(r.i)); }
  }
  const ns = r.i;
  const ne = nameEnd(text, ns);
  if (ne === ns) { return r.fail(b => b.expectedName(ns)); }
  r.i = ne;
  if (!r.skipSpace()) { return r.fail(b => b.inDoctype(r.i)); }
  const q = text.charCodeAt(r.i);
  let external = false;
  let unparsed = false;
  let hasLessThan = false;
  if (q === 34 || q === 39) {
    const vs = r.i + 1;
    const ve = text.indexOf(q === 34 ? '"' : "'", vs);
    if (ve < 0) { return r.fail(b => b.unterminated(start, 'doctype')); }
    if (!r.legalChars(vs, ve)) { return false; }
    const lt = text.indexOf('<', vs);
    hasLessThan = lt >= 0 && lt < ve;
    r.i = ve + 1;
  } else if (r.startsWith('SYSTEM') || r.startsWith('PUBLIC')) {
    if (!externalId(r, start)) { return false; }
    external = true;
    const before = r.i;
    if (r.skipSpace() && r.startsWith('NDATA')) {
      r.i += 5;
      if (!r.skipSpace()) { return r.fail(b => b.inDoctype(r.i)); }
      const ne2 = nameEnd(text, r.i);
      if (ne2 === r.i) { return r.fail(b => b.expectedName(r.i)); }
      r.i = ne2;
      unparsed = !parameter;
    } else {
      r.i = before;
    }
  } else {
    return r.fail(b => b.inDoctype(r.i));
  }
  r.skipSpace();
  if (text.charCodeAt(r.i) !== 62) { return r.fail(b => r.i >= r.n ? b.unterminated(start, 'doctype') : b.inDoctype(r.i)); }
  r.i++;
  const name = text.slice(ns, ne);
  if (!parameter && !r.entities.has(name)) { r.entities.set(name, { external, unparsed, hasLessThan }); }
  return true;
}

/** SYSTEM "uri" | PUBLIC "id" "uri" */
function externalId(r: XmlReader, start: number): boolean {
  const pub = r.startsWith('PUBLIC');
  r.i += 6;
  const literals = pub ? 2 : 1;
  for (let k = 0; k < literals; k++) {
    if (!r.skipSpace()) { return r.fail(b => r.i >= r.n ? b.unterminated(start, 'doctype') : b.inDoctype(r.i)); }
    const q = r.text.charCodeAt(r.i);
    if (q !== 34 && q !== 39) { return r.fail(b => b.inDoctype(r.i)); }
    const end = r.text.indexOf(q === 34 ? '"' : "'", r.i + 1);
    if (end < 0) { return r.fail(b => b.unterminated(start, 'doctype')); }
    if (!r.legalChars(r.i + 1, end)) { return false; }
    r.i = end + 1;
  }
  return true;
}

/** <!ELEMENT …>, <!ATTLIST …>, <!NOTATION …>: up to the '>' outside quotes. */
function skipDecl(r: XmlReader, start: number): boolean {
  const text = r.text;
  for (let k = r.i + 2; k < r.n; k++) {
    const c = text.charCodeAt(k);
    if (c === 62) { r.i = k + 1; return true; }
    if (c === 34 || c === 39) {
      const end = text.indexOf(c === 34 ? '"' : "'", k + 1);
      if (end < 0) { break; }
      k = end;
    } else if (c === 60) {
      return r.fail(b => b.inDoctype(k));
    } else if (!isSpaceCode(c) && c < 0x20) {
      return r.fail(b => b.illegalChar(k));
    }
  }
  return r.fail(b => b.unterminated(start, 'doctype'));
}
