// NAME.metadata.json: a JSON object keyed by the platform's field names (cli-contract.md,
// "Metadata sidecar"). jsonc-parser gives every value's offsets, so findings land on the value.
import { parseTree, type Node } from 'jsonc-parser';
import { LineIndex } from '../text/line-index';
import { LocatedText, locateJsonString } from './located';
import { isMetadataField } from './model';

/** field name -> value with its place in the file */
export type LocatedRecord = Map<string, LocatedText>;

export interface ParsedSidecar {
  /** the platform fields it states; other keys are ignored */
  record: LocatedRecord;
}

/** Values are strings; numbers and booleans are read as written; arrays of strings join with ';'. */
function located(text: string, node: Node, lines: LineIndex): LocatedText | null {
  if (node.type === 'string') { return locateJsonString(text, node.offset, node.offset + node.length, lines); }
  if (node.type === 'number' || node.type === 'boolean') {
    return new LocatedText(text.slice(node.offset, node.offset + node.length), lines, node.offset, null);
  }
  if (node.type === 'array' && node.children?.every(c => c.type === 'string')) {
    const parts = node.children.map(c => locateJsonString(text, c.offset, c.offset + c.length, lines));
    const value = parts.map(p => p.value).join(';');
    const offs: number[] = [];
    parts.forEach((p, k) => {
      for (let i = 0; i < p.value.length; i++) { offs.push(p.offsetOf(i)); }
      // the joining ';' stands on the comma between the two strings
      offs.push(k + 1 < parts.length ? p.offsetOf(p.value.length) + 1 : p.offsetOf(p.value.length));
    });
    return new LocatedText(value, lines, node.offset, Int32Array.from(offs.length ? offs : [node.offset]));
  }
  return null;
}

/** null when the text is not a JSON object at all (broken files still yield what parses). */
export function parseSidecar(text: string): ParsedSidecar | null {
  let root: Node | undefined;
  try {
    root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  } catch {
    return null;
  }
  if (!root || root.type !== 'object') { return null; }
  const lines = new LineIndex(text);
  const record: LocatedRecord = new Map();
  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode || typeof keyNode.value !== 'string') { continue; }
    const key = keyNode.value.trim();
    if (!isMetadataField(key)) { continue; }
    const v = located(text, valueNode, lines);
    if (v && !record.has(key)) { record.set(key, v); }
  }
  return { record };
}

/** A JSON object with at least one platform field name: read as a sidecar. */
export function looksLikeSidecar(parsed: ParsedSidecar | null): parsed is ParsedSidecar {
  return parsed !== null && parsed.record.size > 0;
}
