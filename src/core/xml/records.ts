// Finds the record element while the scanner reads the document: element paths down to depth 5
// are merged into a tree of names (location under dataset under cwbopendata…), and the record is
// the outermost repeated element that has child elements (or attributes): CWB's `location`,
// lvr_land's `買賣`. With no repeated element, one record is still a record: the root's chain of
// only children is followed while the next one has fields (`<資料集><資料>…</資料></資料集>`).
// Its fields are its attributes' names, then its children's, in first-seen order.
import type { XmlSink } from './scan';

// attributes that belong to the XML or its serializer, not to the record: namespace declarations,
// XML Schema instance (xsi:nil), and .NET DataSet diffgrams (diffgr:id, msdata:rowOrder)
const SERIALIZER_ATTRIBUTE = /^(?:xmlns(?::|$)|xsi:|diffgr:|msdata:)/;

const MAX_DEPTH = 5;
/** distinct child names kept per element: enough for any table, bounded for odd documents */
const MAX_CHILDREN = 2000;

class PathNode {
  count = 0;
  /** instances with at least one child element */
  withChildren = 0;
  readonly children = new Map<string, PathNode>();
  /** the children of the latest instance by position: records repeat the same names in the same
   *  order, so most lookups compare in place without making a string */
  readonly byPosition: PathNode[] = [];
  readonly attributes: string[] = [];
  private readonly attributeSet = new Set<string>();

  /** the attribute text[start, end), the `position`-th of its tag */
  addAttribute(text: string, start: number, end: number, position: number): void {
    const guess = this.attributes[position];
    if (guess !== undefined && guess.length === end - start && text.startsWith(guess, start)) { return; }
    if (this.attributes.length >= MAX_CHILDREN) { return; }
    const name = text.slice(start, end);
    if (this.attributeSet.has(name) || SERIALIZER_ATTRIBUTE.test(name)) { return; }
    this.attributeSet.add(name);
    this.attributes.push(name);
  }
  /** offsets of the first instance's start tag */
  firstStart = -1;
  firstEnd = -1;

  constructor(readonly name: string, readonly depth: number) {}
}

export interface FoundRecord {
  element: string;
  count: number;
  fields: string[];
  /** the fields of the one element with values of its own that the records are inside */
  outerFields?: string[];
  firstStart: number;
  firstEnd: number;
}

export class XmlRecordFinder implements XmlSink {
  readonly maxDepth = MAX_DEPTH;
  private root: PathNode | null = null;
  private readonly open: PathNode[] = [];
  /** how many children (attributes) the open element at each depth has had so far */
  private readonly childCount: number[] = [];
  private readonly attributeCount: number[] = [];

  constructor(private readonly text: string) {}

  start(depth: number, lt: number, nameEnd: number): void {
    let node: PathNode;
    if (depth === 0) {
      node = this.root ??= new PathNode(this.text.slice(lt + 1, nameEnd), 0);
    } else {
      const parent = this.open[depth - 1];
      const position = this.childCount[depth - 1]++;
      node = this.child(parent, position, lt + 1, nameEnd) ?? new PathNode('', depth);   // past the cap: not kept
    }
    if (node.count++ === 0) { node.firstStart = lt; node.firstEnd = nameEnd; }
    this.open[depth] = node;
    this.childCount[depth] = 0;
    this.attributeCount[depth] = 0;
  }

  attribute(depth: number, start: number, end: number): void {
    this.open[depth].addAttribute(this.text, start, end, this.attributeCount[depth]++);
  }

  end(depth: number): void {
    if (this.childCount[depth] > 0) { this.open[depth].withChildren++; }
  }

  result(): FoundRecord | null {
    const root = this.root;
    if (!root) { return null; }
    let best: PathNode | null = null;
    const visit = (node: PathNode, underRepeated: boolean): void => {
      for (const child of node.children.values()) {
        const repeated = child.count >= 2;
        if (repeated && !underRepeated && isRecordLike(child) && (!best || better(child, best))) { best = child; }
        visit(child, underRepeated || repeated);
      }
    };
    visit(root, false);
    const chosen: PathNode = best ?? singleRecord(root);
    if (!best && root.children.size === 0 && root.attributes.length === 0) { return null; }
    const outer = best ? reportAround(root, best) : null;
    return {
      element: chosen.name, count: chosen.count, fields: fieldsOf(chosen),
      firstStart: chosen.firstStart, firstEnd: chosen.firstEnd,
      ...(outer ? { outerFields: fieldsOf(outer) } : {}),
    };
  }

  private child(parent: PathNode, position: number, start: number, end: number): PathNode | null {
    const guess = parent.byPosition[position];
    if (guess && guess.name.length === end - start && this.text.startsWith(guess.name, start)) { return guess; }
    const name = this.text.slice(start, end);
    let node = parent.children.get(name);
    if (!node) {
      if (parent.children.size >= MAX_CHILDREN) { return null; }
      node = new PathNode(name, parent.depth + 1);
      parent.children.set(name, node);
    }
    if (position < MAX_CHILDREN) { parent.byPosition[position] = node; }
    return node;
  }
}

/** more instances first, then the shallower */
function better(a: PathNode, b: PathNode): boolean {
  return a.count > b.count || (a.count === b.count && a.depth < b.depth);
}

function isRecordLike(node: PathNode): boolean {
  return node.withChildren > 0 || node.attributes.length > 0;
}

/**
 * The nearest single element around `records` that has values of its own (leaf children or
 * attributes): an earthquake report around its shaking areas, which 主要欄位說明 may describe
 * instead of the areas. Null when every element around them only wraps.
 */
function reportAround(root: PathNode, records: PathNode): PathNode | null {
  const path: PathNode[] = [];
  const find = (node: PathNode): boolean => {
    for (const child of node.children.values()) {
      if (child === records || find(child)) { path.push(node); return true; }
    }
    return false;
  };
  if (!find(root)) { return null; }
  // path runs from the records' parent up to the root
  for (const node of path) {
    if (node.count !== 1) { return null; }
    const own = node.attributes.length > 0 || [...node.children.values()].some(c => c !== records && !isRecordLike(c));
    if (own) { return node; }
  }
  return null;
}

/** The record of a document without repetition: down the only children that have fields. */
function singleRecord(root: PathNode): PathNode {
  let node = root;
  while (node.children.size === 1) {
    const only: PathNode = node.children.values().next().value!;
    // a leaf is a field of `node`, not a record
    if (!isRecordLike(only)) { break; }
    node = only;
  }
  return node;
}

/** `<row 年度="2023"><縣市>…</縣市></row>`: attributes are fields as much as children are. */
function fieldsOf(node: PathNode): string[] {
  if (node.withChildren === 0) { return [...node.attributes]; }
  const fields = new Set(node.attributes);
  for (const name of node.children.keys()) { fields.add(name); }
  return [...fields];
}
