// Finds the records of a JSON document while the scanner reads it, without building the tree:
// the largest array of objects at depth <= 4 (the root array, or an envelope such as
// {"result":{"records":[…]}}), or a map of objects keyed by id ({"retVal":{"0001":{…},…}}).
// An array inside records (each city's list of districts) is a part of them, not the records:
// a candidate inside an object that has values of its own (a record), of a container that holds
// two or more such objects, is dropped. Objects that only group arrays ({"北區":{"list":[…]}})
// are no records, and a single object is an envelope: what is inside them can still win.
// GeoJSON and TopoJSON features give their properties' keys. Only containers up to depth 6
// are seen.
import type { JsonSink } from './scan';
import { decodeKey, KeyUnion } from './key-union';

const CANDIDATE_MAX_DEPTH = 4;
const SERVICE_KEY = /^(?:__metadata$|@?odata\.)/;
/** the best few candidates are kept, enough to apply the preferences below */
const KEEP = 8;

const ROLE_NONE = 0;
const ROLE_ELEMENT = 1;     // an object inside a candidate: its keys are fields
const ROLE_PROPERTIES = 2;  // the "properties" object of an element (GeoJSON)

class Frame {
  isArray = false;
  start = 0;
  /** where this container sits in its parent: an element index, or a member name text[nameStart, nameEnd) */
  index = 0;
  nameStart = -1;
  nameEnd = -1;
  nameEscaped = false;
  members = 0;
  objects = 0;
  arrays = 0;
  /** a member whose value is not an object was seen: not a map of records */
  notMap = false;
  keyStart = -1;
  keyEnd = -1;
  keyEscaped = false;
  role = ROLE_NONE;
  keys: KeyUnion | null = null;
  props: KeyUnion | null = null;
  first = -1;
  firstEnd = -1;
  /** candidates inside this object (an element of a container), until it closes */
  held: RecordCandidate[] | null = null;
  /** candidates inside this container's first element, a record: dropped if more records follow */
  heldSub: RecordCandidate[] | null = null;
}

export interface RecordCandidate {
  path: string;
  /** the last name of the path and the path of the parent, for the CKAN preference */
  name: string;
  parentPath: string;
  depth: number;
  isArray: boolean;
  count: number;
  keys: KeyUnion | null;
  props: KeyUnion | null;
  first: number;
  firstEnd: number;
}

export interface FoundRecords {
  path: string;
  count: number;
  fields: string[];
  /** the root object's keys, when the records are inside it and it has values of its own */
  outerFields?: string[];
  /** offsets of the first record's brackets */
  first: number;
  firstEnd: number;
}

export class RecordFinder implements JsonSink {
  readonly maxDepth = CANDIDATE_MAX_DEPTH + 2;
  private readonly frames: Frame[] = [];
  private readonly best: RecordCandidate[] = [];
  private readonly rootKeys: KeyUnion;
  private rootIsObject = false;
  private rootEnd = -1;   // the root's closing bracket
  /** a container inside a member of the root: the root is an envelope, not one record */
  private deep = false;
  /** an empty array as a member of the root ({"records":[]}): an envelope around nothing */
  private emptyMember = false;

  constructor(private readonly text: string) {
    this.rootKeys = new KeyUnion(text);
    for (let d = 0; d <= this.maxDepth; d++) { this.frames.push(new Frame()); }
  }

  open(isArray: boolean, depth: number, offset: number, index: number): void {
    const f = this.frames[depth];
    f.isArray = isArray; f.start = offset; f.index = index;
    f.members = 0; f.objects = 0; f.arrays = 0; f.notMap = false;
    f.keys = null; f.props = null; f.first = -1; f.firstEnd = -1; f.role = ROLE_NONE;
    f.nameStart = -1; f.nameEnd = -1; f.nameEscaped = false;
    f.held = null; f.heldSub = null;
    if (depth === 0) { this.rootIsObject = !isArray; return; }
    if (depth >= 2) { this.deep = true; }
    const parent = this.frames[depth - 1];
    if (!parent.isArray) {
      f.nameStart = parent.keyStart; f.nameEnd = parent.keyEnd; f.nameEscaped = parent.keyEscaped;
    }
    if (isArray) { parent.arrays++; return; }
    parent.objects++;
    if (parent.first < 0) { parent.first = offset; }
    if (depth >= 2 && parent.role === ROLE_ELEMENT && this.frames[depth - 2].isArray && this.isKey(parent, 'properties')) {
      f.role = ROLE_PROPERTIES;
    } else if (depth - 1 <= CANDIDATE_MAX_DEPTH && (parent.isArray || !parent.notMap)) {
      f.role = ROLE_ELEMENT;
    }
  }

  key(depth: number, start: number, end: number, escaped: boolean): void {
    const f = this.frames[depth];
    if (f.members > f.objects) { f.notMap = true; }   // the previous member's value was not an object
    const ordinal = f.members++;
    f.keyStart = start; f.keyEnd = end; f.keyEscaped = escaped;
    if (f.role === ROLE_ELEMENT) {
      const parent = this.frames[depth - 1];
      (parent.keys ??= new KeyUnion(this.text)).add(start, end, escaped, ordinal);
    } else if (f.role === ROLE_PROPERTIES) {
      const owner = this.frames[depth - 2];
      (owner.props ??= new KeyUnion(this.text)).add(start, end, escaped, ordinal);
    } else if (depth === 0) {
      this.rootKeys.add(start, end, escaped, ordinal);
    }
  }

  close(depth: number, offset: number): void {
    const f = this.frames[depth];
    if (depth === 0) { this.rootEnd = offset; }
    if (depth === 1 && f.isArray && f.objects + f.arrays === 0 && this.blankUntil(f.start + 1, offset)) { this.emptyMember = true; }
    if (depth > 0 && !f.isArray && this.frames[depth - 1].first === f.start) { this.frames[depth - 1].firstEnd = offset; }
    if (depth > CANDIDATE_MAX_DEPTH) { return; }
    if (f.members > f.objects) { f.notMap = true; }
    const isCandidate = f.isArray ? f.objects >= 1 : !f.notMap && f.objects >= 2;
    // the first element's parts: kept only when this container is no table of two or more
    let inside = f.heldSub !== null && !(isCandidate && f.objects >= 2) ? f.heldSub : null;
    if (f.role === ROLE_ELEMENT) {
      inside = f.held === null ? inside : inside === null ? f.held : merge(f.held, inside);
      if (inside !== null) { this.settleElement(depth, f, inside); }
    } else if (inside !== null) {
      this.offer(depth, inside);
    }
    if (isCandidate) { this.offer(depth, [this.candidate(depth, f)]); }
    f.keys = null; f.props = null; f.held = null; f.heldSub = null;
  }

  /** candidates inside element `f` when it closes: parts of a record, or of a mere grouping */
  private settleElement(depth: number, f: Frame, inside: RecordCandidate[]): void {
    const hasValues = f.members > f.objects + f.arrays;
    if (!hasValues) { this.offer(depth, inside); return; }
    const container = this.frames[depth - 1];
    // a record among others of an array: its arrays are its parts; the first record's wait
    // for the container's end (one record alone is an envelope, a map may turn out to be none)
    if (container.isArray && container.objects >= 2) { return; }
    container.heldSub = container.heldSub === null ? inside : merge(container.heldSub, inside);
  }

  /** candidates found at `depth` or below go to the nearest element around them, or are final */
  private offer(depth: number, found: RecordCandidate[]): void {
    for (let e = depth - 1; e >= 1; e--) {
      const f = this.frames[e];
      if (f.role === ROLE_ELEMENT) { f.held = f.held === null ? found : merge(f.held, found); return; }
    }
    for (const c of found) { this.submit(c); }
  }

  /** The records found, once the whole document was read without error. */
  result(): FoundRecords | null {
    if (this.best.length === 0) {
      // a flat object is one record, and so is one whose values are mostly its own, with a few
      // small objects or lists among them ({"產業類別":{"19":"化學製品製造業"}}); an envelope
      // around nothing (an empty "records") is none
      const root = this.frames[0];
      if (!this.rootIsObject || this.rootKeys.order.length === 0) { return null; }
      const containers = root.objects + root.arrays;
      const values = root.members - containers;
      if (containers > 0 && (this.deep || this.emptyMember || values < 2 * containers)) { return null; }
      return { path: '', count: 1, fields: this.rootKeys.order, first: root.start, firstEnd: this.rootEnd };
    }
    let chosen = this.best[0];
    // CKAN's {"fields":[…], "records":[…]} (or "data"): the field list describes the records
    if (chosen.name === 'fields') {
      const siblings = this.best.filter(c => c.parentPath === chosen.parentPath && c.depth === chosen.depth && c !== chosen);
      chosen = siblings.find(c => c.name === 'records') ?? siblings[0] ?? chosen;
    }
    // OData's per-record bookkeeping (__metadata, @odata.etag) is no field of the data
    let fields = (chosen.keys?.order ?? []).filter(k => !SERVICE_KEY.test(k));
    // GeoJSON features have a geometry, TopoJSON's geometries have arcs or coordinates
    if (chosen.keys?.has('properties') && (chosen.keys.has('geometry') || chosen.keys.has('arcs') || chosen.keys.has('coordinates'))) {
      fields = chosen.props?.order ?? [];
    }
    // a root object with values of its own around its records ({"no":…,"areas":[…]}) is a
    // report that 主要欄位說明 may describe instead
    const root = this.frames[0];
    const outer = this.rootIsObject && chosen.depth > 0 && root.members > root.objects + root.arrays ? this.rootKeys.order : null;
    return { path: chosen.path, count: chosen.count, fields, first: chosen.first, firstEnd: chosen.firstEnd, ...(outer ? { outerFields: outer } : {}) };
  }

  private candidate(depth: number, f: Frame): RecordCandidate {
    let parentPath = '';
    for (let d = 1; d < depth; d++) { parentPath = this.appendName(parentPath, d); }
    const path = depth === 0 ? '' : this.appendName(parentPath, depth);
    return {
      path, name: f.nameStart >= 0 ? decodeKey(this.text, f.nameStart, f.nameEnd, f.nameEscaped) : '',
      parentPath, depth, isArray: f.isArray, count: f.objects, keys: f.keys, props: f.props,
      first: f.first, firstEnd: f.firstEnd,
    };
  }

  private submit(c: RecordCandidate): void {
    insertRanked(this.best, c);
  }

  private appendName(path: string, depth: number): string {
    const f = this.frames[depth];
    if (f.nameStart < 0) { return `${path}[${f.index}]`; }
    const name = decodeKey(this.text, f.nameStart, f.nameEnd, f.nameEscaped);
    return path === '' ? name : `${path}.${name}`;
  }

  /** only white space in text[from, to) */
  private blankUntil(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) { return false; }
    }
    return true;
  }

  private isKey(f: Frame, name: string): boolean {
    return !f.keyEscaped && f.keyEnd - f.keyStart === name.length && this.text.startsWith(name, f.keyStart);
  }
}

/** the candidates of both lists, the best KEEP of them, in rank order */
function merge(into: RecordCandidate[], more: readonly RecordCandidate[]): RecordCandidate[] {
  for (const c of more) { insertRanked(into, c); }
  return into;
}

function insertRanked(list: RecordCandidate[], c: RecordCandidate): void {
  if (list.length === KEEP && !better(c.count, c.depth, c.isArray, list[KEEP - 1])) { return; }
  let at = list.length;
  while (at > 0 && better(c.count, c.depth, c.isArray, list[at - 1])) { at--; }
  list.splice(at, 0, c);
  if (list.length > KEEP) { list.pop(); }
}

/** More records first; then the shallower; then an array before a map. */
function better(count: number, depth: number, isArray: boolean, than: RecordCandidate): boolean {
  if (count !== than.count) { return count > than.count; }
  if (depth !== than.depth) { return depth < than.depth; }
  return isArray && !than.isArray;
}
