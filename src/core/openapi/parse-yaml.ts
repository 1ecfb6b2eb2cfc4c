// YAML documents through eemeli/yaml: node ranges give exact positions. Aliases are followed when
// building the value (with the library's alias-count guard against "billion laughs") but not when
// locating: a pointer through an alias stops at the alias.
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { msg } from '../messages';
import type { ParsedDocument, Span } from './types';

export function parseYamlDocument(text: string): ParsedDocument {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  // the parser recurses: a hostile nesting depth ends in stack overflows, reported once
  const tooDeep = doc.errors.find(e => /call stack/i.test(e.message));
  const syntaxErrors = (tooDeep ? [tooDeep] : doc.errors).map(e => ({
    message: e === tooDeep ? msg('The document is nested too deeply to be read.') : msg('YAML syntax error: {0}', firstLine(e.message)),
    span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) },
  }));
  let value: unknown;
  if (syntaxErrors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      syntaxErrors.push({ message: msg('YAML error: {0}', firstLine(String((e as Error).message))), span: { start: 0, end: 1 } });
    }
  }
  const root = doc.contents as YamlNode | null;
  return {
    value,
    syntaxErrors,
    locate(segments) {
      let node: YamlNode | null = root;
      let key: Span | null = null;
      if (!node) { return { span: { start: 0, end: 0 }, key: null, exact: false, collection: false }; }
      for (const seg of segments) {
        const next = child(node, seg);
        if (!next) { return { span: spanOf(node), key, exact: false, collection: isMap(node) || isSeq(node) }; }
        node = next.node;
        key = next.key;
      }
      return { span: spanOf(node), key, exact: true, collection: isMap(node) || isSeq(node) };
    },
  };
}

function child(node: YamlNode, seg: string): { node: YamlNode; key: Span | null } | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = pair.key;
      const name = isScalar(k) ? String(k.value) : k;
      if (name === seg && pair.value) {
        return { node: pair.value as YamlNode, key: isScalar(k) ? spanOf(k) : null };
      }
    }
    return null;
  }
  if (isSeq(node) && /^(0|[1-9]\d*)$/.test(seg)) {
    const v = node.items[Number(seg)];
    return v ? { node: v as YamlNode, key: null } : null;
  }
  return null;
}

function spanOf(node: YamlNode): Span {
  const r = node.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i < 0 ? s : s.slice(0, i)).trim();
}
