// The project configuration, as markdownlint and ESLint have one: `.opendatabadge.json` (JSON with
// comments) beside the data, or the editor's `opendataBadge.*` settings, in one shape:
//
//   { "rules": { "notes-row": "warning", "metadata-missing": "off" },
//     "overrides": [ { "files": ["archive/**", "*.tsv"], "rules": { "ragged-row": "off" } } ],
//     "timeliness": { "graceDays": 7 } }
//
// Pure: text in, a validated config out (or an error naming the key), then resolved per file.
// Globs are relative to the folder of the file that declares them.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { globToRegExp } from '../glob';
import { msg, render, type Msg } from '../messages';
import { rules } from '../rules/registry';
import type { RuleId, SeveritySetting } from '../types';

export { CONFIG_FILE } from './name';

export type Severities = Partial<Record<RuleId, SeveritySetting>>;

export interface ProjectConfig {
  /** where it came from (a file path, or "settings") */
  source: string;
  /** the folder its globs are relative to (slash-separated) */
  base: string;
  rules: Severities;
  overrides: { files: string[]; rules: Severities }[];
  graceDays?: number;
}

/** A config that cannot be used: the key at fault, where it is, and why. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly key: string,
    readonly reason: Msg,
    /** offset and length of the offending value in the file's text, when known */
    readonly at: { offset: number; length: number } | null,
  ) {
    super(`${source}: ${key ? `"${key}": ` : ''}${render(reason)}`);
  }
}

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];
const TOP_KEYS = ['$schema', 'rules', 'overrides', 'timeliness'];
const MAX_GRACE = 3650;

type Located = { value: unknown; node: Node | null };

/** The file's text, read as JSON with comments. */
export function parseConfigText(text: string, source: string, base: string): ProjectConfig {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    throw new ConfigError(source, '', msg('not valid JSON ({0})', e ? printParseErrorCode(e.error) : 'empty'), e ? { offset: e.offset, length: Math.max(1, e.length) } : null);
  }
  return validate({ value: valueOf(root), node: root }, source, base);
}

/** An object already parsed (the editor's settings), checked the same way. */
export function configFromObject(value: unknown, source: string, base: string): ProjectConfig {
  return validate({ value, node: null }, source, base);
}

function validate(top: Located, source: string, base: string): ProjectConfig {
  const fail = (key: string, at: Located, reason: Msg): never => {
    throw new ConfigError(source, key, reason, at.node ? { offset: at.node.offset, length: at.node.length } : null);
  };
  const object = (key: string, at: Located): Record<string, Located> => {
    if (typeof at.value !== 'object' || at.value === null || Array.isArray(at.value)) { fail(key, at, msg('must be an object')); }
    return entries(at);
  };
  const severities = (key: string, at: Located): Severities => {
    const out: Severities = {};
    const known = new Set<string>(rules.map(r => r.id));
    for (const [id, v] of Object.entries(object(key, at))) {
      const k = `${key}.${id}`;
      if (!known.has(id)) { fail(k, keyOf(at, id) ?? v, msg('unknown rule id (the ids are the pages under docs/rules/)')); }
      if (!SEVERITIES.includes(v.value as SeveritySetting)) { fail(k, v, msg('must be "error", "warning", "info" or "off", not {0}', JSON.stringify(v.value) ?? 'null')); }
      out[id as RuleId] = v.value as SeveritySetting;
    }
    return out;
  };
  const config: ProjectConfig = { source, base, rules: {}, overrides: [] };
  const fields = object('', top);
  for (const key of Object.keys(fields)) {
    if (!TOP_KEYS.includes(key)) { fail(key, keyOf(top, key) ?? fields[key], msg('unknown key (known: rules, overrides, timeliness)')); }
  }
  if (fields.rules) { config.rules = severities('rules', fields.rules); }
  if (fields.overrides) {
    const list = fields.overrides;
    if (!Array.isArray(list.value)) { fail('overrides', list, msg('must be a list of {"files": …, "rules": …}')); }
    items(list).forEach((item, i) => {
      const key = `overrides[${i}]`;
      const o = object(key, item);
      for (const k of Object.keys(o)) {
        if (k !== 'files' && k !== 'rules') { fail(`${key}.${k}`, keyOf(item, k) ?? o[k], msg('unknown key (known: files, rules)')); }
      }
      if (!o.files) { fail(`${key}.files`, item, msg('is missing: the globs the override applies to')); }
      const globs = typeof o.files.value === 'string' ? [o.files.value] : o.files.value;
      if (!Array.isArray(globs) || globs.length === 0 || !globs.every(g => typeof g === 'string' && g.trim() !== '')) {
        fail(`${key}.files`, o.files, msg('must be a glob or a list of globs'));
      }
      config.overrides.push({ files: (globs as string[]).map(g => g.trim()), rules: o.rules ? severities(`${key}.rules`, o.rules) : {} });
    });
  }
  if (fields.timeliness) {
    const t = object('timeliness', fields.timeliness);
    for (const k of Object.keys(t)) {
      if (k !== 'graceDays') { fail(`timeliness.${k}`, keyOf(fields.timeliness, k) ?? t[k], msg('unknown key (known: graceDays)')); }
    }
    const g = t.graceDays;
    if (g) {
      if (typeof g.value !== 'number' || !Number.isInteger(g.value) || g.value < 0 || g.value > MAX_GRACE) {
        fail('timeliness.graceDays', g, msg('must be a whole number of days from 0 to 3650, not {0}', JSON.stringify(g.value) ?? 'null'));
      }
      config.graceDays = g.value as number;
    }
  }
  return config;
}

/** What applies to one file: each config in order (later ones win), its overrides after its rules. */
export function resolveFor(configs: readonly ProjectConfig[], path: string): { severities: Severities; graceDays?: number } {
  const file = path.replace(/\\/g, '/');
  let severities: Severities = {};
  let graceDays: number | undefined;
  for (const c of configs) {
    severities = { ...severities, ...c.rules };
    const rel = relativeTo(c.base, file);
    for (const o of c.overrides) {
      if (rel !== null && o.files.some(g => globToRegExp(g.replace(/^\.\//, '')).test(rel))) { severities = { ...severities, ...o.rules }; }
    }
    if (c.graceDays !== undefined) { graceDays = c.graceDays; }
  }
  return graceDays === undefined ? { severities } : { severities, graceDays };
}

/** `file` relative to the folder `base`; null when it is not inside it. */
function relativeTo(base: string, file: string): string | null {
  const b = base.replace(/\\/g, '/').replace(/\/+$/, '');
  if (b === '' || b === '.') { return file.replace(/^\.\//, ''); }
  return file.startsWith(b + '/') ? file.slice(b.length + 1) : null;
}

function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object': return Object.fromEntries((node.children ?? []).map(p => [p.children![0].value as string, p.children![1] ? valueOf(p.children![1]) : undefined]));
    case 'array': return (node.children ?? []).map(valueOf);
    default: return node.value;
  }
}

/** The members of an object with their nodes (for positions), whether parsed here or given. */
function entries(at: Located): Record<string, Located> {
  const out: Record<string, Located> = {};
  const props = at.node?.children ?? [];
  for (const [k, v] of Object.entries(at.value as Record<string, unknown>)) {
    const prop = props.find(p => p.children?.[0].value === k);
    out[k] = { value: v, node: prop?.children?.[1] ?? null };
  }
  return out;
}

function items(at: Located): Located[] {
  return (at.value as unknown[]).map((v, i) => ({ value: v, node: at.node?.children?.[i] ?? null }));
}

/** The key itself (for an unknown key, that is what to point at). */
function keyOf(at: Located, key: string): Located | null {
  const prop = at.node?.children?.find(p => p.children?.[0].value === key);
  return prop ? { value: key, node: prop.children![0] } : null;
}
