// JSON documents through jsonc-parser: a tolerant tree with offsets, so pointers map to exact
// positions even for tab-indented files that a YAML parser would refuse.
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { msg } from '../messages';
import type { ParsedDocument, Span } from './types';

export function parseJsonDocument(text: string): ParsedDocument {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const syntaxErrors = errors.map(e => ({
    message: msg('JSON syntax error: {0}.', printParseErrorCode(e.error)),
    span: { start: e.offset, end: e.offset + Math.max(1, e.length) },
  }));
  const value = root && errors.length === 0 ? getNodeValue(root) as unknown : undefined;
  return {
    value,
    syntaxErrors,
    locate(segments) {
      let node = root;
      let key: Span | null = null;
      if (!node) { return { span: { start: 0, end: 0 }, key: null, exact: false, collection: false }; }
      for (const seg of segments) {
        const next = child(node, seg);
        if (!next) { return { span: spanOf(node), key, exact: false, collection: node.type === 'object' || node.type === 'array' }; }
        node = next.node;
        key = next.key;
      }
      return { span: spanOf(node), key, exact: true, collection: node.type === 'object' || node.type === 'array' };
    },
  };
}

function child(node: Node, seg: string): { node: Node; key: Span | null } | null {
  if (node.type === 'object') {
    // the last duplicate wins, as in JSON.parse
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) {
      const prop = node.children![i];
      const [k, v] = prop.children ?? [];
      if (k && v && k.value === seg) { return { node: v, key: spanOf(k) }; }
    }
    return null;
  }
  if (node.type === 'array' && /^(0|[1-9]\d*)$/.test(seg)) {
    const v = node.children?.[Number(seg)];
    return v ? { node: v, key: null } : null;
  }
  return null;
}

function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}
