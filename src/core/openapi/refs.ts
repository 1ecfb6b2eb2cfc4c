// $ref checks the validator cannot position: a local reference ("#/components/…") must lead to a
// node of this document; any other reference points outside it and is never followed (no file is
// read, nothing is fetched), so the document cannot be fully validated offline.
import { msg, type Msg } from '../messages';
import { hasPath, toPointer, toSegments } from './pointer';

export interface RefProblem {
  message: Msg;
  /** segments of the `$ref` member itself */
  at: string[];
  /** the reference leaves the document (it is reported, never followed) */
  external: boolean;
}

const MAX_PROBLEMS = 100;

export function checkRefs(root: unknown): RefProblem[] {
  const problems: RefProblem[] = [];
  // an explicit stack: deeply nested documents must not overflow the call stack
  const stack: { node: unknown; path: string[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const { node, path } = stack.pop()!;
    if (typeof node !== 'object' || node === null) { continue; }
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) { stack.push({ node: node[i], path: [...path, String(i)] }); }
      continue;
    }
    const obj = node as Record<string, unknown>;
    const ref = obj.$ref;
    if (typeof ref === 'string') {
      const problem = checkRef(root, ref);
      if (problem) { problems.push({ message: problem, at: [...path, '$ref'], external: !ref.startsWith('#') }); }
    }
    for (const [k, v] of Object.entries(obj).reverse()) {
      if (k !== '$ref' && typeof v === 'object' && v !== null) { stack.push({ node: v, path: [...path, k] }); }
    }
  }
  return problems;
}

function checkRef(root: unknown, ref: string): Msg | null {
  if (!ref.startsWith('#')) {
    return msg('The $ref "{0}" points outside this document; it is not followed (nothing is fetched), so the document cannot be validated offline.', ref);
  }
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return msg('The $ref "{0}" is not a valid URI fragment.', ref);
  }
  // "#" is the whole document; "#name" is a 3.1 schema anchor, which JSON Schema resolves
  if (fragment === '' || !fragment.startsWith('/')) { return null; }
  const segments = toSegments(fragment);
  if (hasPath(root, segments)) { return null; }
  return msg('The $ref "{0}" points to nothing in this document ({1} does not exist).', ref, toPointer(firstMissing(root, segments)));
}

function firstMissing(root: unknown, segments: string[]): string[] {
  for (let i = 1; i <= segments.length; i++) {
    if (!hasPath(root, segments.slice(0, i))) { return segments.slice(0, i); }
  }
  return segments;
}
