// 主要欄位說明 (main field descriptions) as publishers write it. Three forms are seen in real
// exports: `no(序);area_name(區域)` (with a description suffix that may hold commas and brackets),
// `序號、補習班名稱、地址` and `欄位A,欄位B`. The separator is whichever occurs outside brackets.

export interface FieldListItem {
  name: string;
  description?: string;
  /** offsets of the name within the text, [start, end) */
  start: number;
  end: number;
  /** the description as written after the name, brackets included: `(序)`, `（區域）` */
  suffix?: string;
}

const OPEN = '(（[［【〔「『{｛';
const CLOSE = ')）]］】〕」』}｝';
/** separators by preference: a `;` list may hold commas and 、 inside its descriptions */
const SEPARATORS: readonly string[][] = [[';', '；'], ['、'], [',', '，'], ['\n', '\r'], ['|', '｜']];
const SPACE = /[\s\u3000\uFEFF]/;

const OPEN_SET = new Set(OPEN);
const CLOSE_SET = new Set(CLOSE);
const FAMILY_OF = new Map<string, number>(SEPARATORS.flatMap((f, k) => f.map(c => [c, k] as [string, number])));

/**
 * Top-level separator positions per family, in one pass; bracket depth is tracked so that
 * separators inside `(…)` are not taken. null when the brackets do not balance.
 */
function topLevelPositions(text: string, brackets: boolean): number[][] | null {
  const at: number[][] = SEPARATORS.map(() => []);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (brackets && OPEN_SET.has(c)) { depth++; continue; }
    if (brackets && CLOSE_SET.has(c)) {
      if (depth === 0) { return null; }
      depth--;
      continue;
    }
    if (depth === 0) {
      const k = FAMILY_OF.get(c);
      if (k !== undefined) { at[k].push(i); }
    }
  }
  return depth === 0 ? at : null;
}

/** The separator the list uses as written, with a following space if it has one (';' by default). */
export function detectFieldSeparator(text: string): string {
  const { family, at } = splitPoints(text);
  if (at.length === 0) { return ';'; }
  if (family[0] === '\n') { return text.includes('\r\n') ? '\r\n' : '\n'; }
  const spaced = at.filter(i => text[i + 1] === ' ').length * 2 > at.length;
  return text[at[0]] + (spaced ? ' ' : '');
}

/** The first family (by preference) found outside brackets; brackets ignored if unbalanced. */
function splitPoints(text: string): { family: readonly string[]; at: number[] } {
  const found = topLevelPositions(text, true) ?? topLevelPositions(text, false)!;
  const k = found.findIndex(p => p.length > 0);
  return k >= 0 ? { family: SEPARATORS[k], at: found[k] } : { family: SEPARATORS[0], at: [] };
}

/** Split an item into its name and a trailing bracketed description: `就業率(%)` -> 就業率, %. */
function splitDescription(text: string, from: number, to: number): { nameEnd: number; description?: string } {
  let end = to;
  while (end > from && SPACE.test(text[end - 1])) { end--; }
  const close = CLOSE.indexOf(text[end - 1]);
  if (close < 0) { return { nameEnd: to }; }
  let depth = 0;
  for (let i = end - 1; i >= from; i--) {
    const c = text[i];
    if (CLOSE.includes(c)) { depth++; } else if (OPEN.includes(c)) {
      depth--;
      if (depth === 0) {
        // a name that is all brackets ("(空白)") keeps them as its name
        if (text.slice(from, i).trim() === '') { return { nameEnd: to }; }
        return { nameEnd: i, description: text.slice(i + 1, end - 1).trim() };
      }
    }
  }
  return { nameEnd: to };
}

export function parseFieldList(text: string): FieldListItem[] {
  const { at } = splitPoints(text);
  const bounds = [-1, ...at, text.length];
  const items: FieldListItem[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k] + 1;
    const to = bounds[k + 1];
    const { nameEnd, description } = splitDescription(text, from, to);
    let s = from;
    let e = nameEnd;
    while (s < e && SPACE.test(text[s])) { s++; }
    while (e > s && SPACE.test(text[e - 1])) { e--; }
    // quotes around a name are not part of it
    if (e - s >= 2 && /^["'「『]$/.test(text[s]) && /^["'」』]$/.test(text[e - 1])) { s++; e--; }
    if (s >= e) { continue; }
    const item: FieldListItem = { name: text.slice(s, e), start: s, end: e };
    if (description !== undefined) {
      item.description = description;
      item.suffix = text.slice(nameEnd, to).trim();
    }
    items.push(item);
  }
  return items;
}

/** The comparison key of a field name: NFKC (full-width -> ASCII), spaces collapsed, lower case. */
export function normaliseFieldName(name: string): string {
  return name.normalize('NFKC').replace(/[\s\u3000\uFEFF]+/g, ' ').trim().toLowerCase();
}

// an XML element or attribute name with a namespace prefix: cwb:locationName
const QNAME = /^[a-z_][\w.-]*:([a-z_\u0080-\uffff][^:]*)$/i;

function keysOf(raw: string): string[] {
  const full = normaliseFieldName(raw);
  const items = parseFieldList(raw);
  const bare = items.length === 1 ? normaliseFieldName(items[0].name) : full;
  const keys = bare === full ? [full] : [full, bare];
  // the same field whether the file's XML uses a prefix or a default namespace
  const local = QNAME.exec(bare)?.[1];
  if (local) { keys.push(local); }
  return keys;
}

interface Entry { raw: string; keys: string[]; used: boolean }

function entries(list: string[]): Entry[] {
  return list.filter(x => x.trim() !== '').map(x => ({ raw: x, keys: keysOf(x), used: false }));
}

function indexBy(list: Entry[], keys: (e: Entry) => string[]): Map<string, Entry[]> {
  const m = new Map<string, Entry[]>();
  for (const e of list) {
    for (const k of keys(e)) {
      const l = m.get(k);
      if (l) { l.push(e); } else { m.set(k, [e]); }
    }
  }
  return m;
}

/**
 * Both ways, as the platform checks: every declared name must be a field of the file, and every
 * field of the file must be declared. A declared `年度(西元年)` matches a column `年度` and a column
 * `年度(西元年)`, and `cwb:locationName` matches `locationName` (an XML namespace prefix); exact
 * matches are paired first so that a suffix never steals another's match.
 */
export function compareFields(declared: string[], actual: string[]): { missing: string[]; extra: string[]; matched: number } {
  const d = entries(declared);
  const a = entries(actual);
  let matched = 0;
  const pair = (index: Map<string, Entry[]>, keys: (e: Entry) => string[]) => {
    for (const x of d) {
      if (x.used) { continue; }
      for (const k of keys(x)) {
        const y = index.get(k)?.find(c => !c.used);
        if (y) { x.used = y.used = true; matched++; break; }
      }
    }
  };
  pair(indexBy(a, e => [e.keys[0]]), e => [e.keys[0]]);
  pair(indexBy(a, e => e.keys), e => e.keys);
  return { missing: d.filter(x => !x.used).map(x => x.raw), extra: a.filter(x => !x.used).map(x => x.raw), matched };
}
