// The validator's JSON-schema (Ajv) errors -> a short list of messages at pointers. A failed
// oneOf reports every branch; the summary errors and the "or it could be a $ref" branch are noise
// once a more specific error exists, so they are dropped.
import { msg, type Msg } from '../messages';
import { isAtOrUnder, toSegments } from './pointer';

/** The fields of an Ajv ErrorObject this module reads. */
export interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface SchemaProblem {
  message: Msg;
  segments: string[];
  /** mark the property name rather than its value (a property that is not allowed) */
  onKey: boolean;
}

const SUMMARY = new Set(['oneOf', 'anyOf', 'not', 'if', 'false schema']);
const MAX_PER_NODE = 3;

export function schemaProblems(errors: readonly AjvError[], max: number): SchemaProblem[] {
  const fromRef = refBranchOnly(errors);
  const specific = errors.filter(e => !SUMMARY.has(e.keyword) && !fromRef.has(e));
  const pool = mergeEnums(specific.length > 0 ? specific : [...errors]);
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  const perNode = new Map<string, number>();
  for (const e of pool) {
    if (isRefBranch(e) && pool.some(o => !isRefBranch(o) && isAtOrUnder(o.instancePath, e.instancePath))) { continue; }
    const { message, extra } = describe(e);
    const segments = [...toSegments(e.instancePath), ...extra];
    const id = segments.join('\u0000') + '\u0001' + message.template + message.args.join('\u0000');
    if (seen.has(id)) { continue; }
    seen.add(id);
    const node = segments.join('\u0000');
    const n = perNode.get(node) ?? 0;
    if (n >= MAX_PER_NODE) { continue; }
    perNode.set(node, n + 1);
    out.push({ message, segments, onKey: extra.length > 0 });
    if (out.length >= max) { break; }
  }
  return out;
}

/**
 * The Reference Object branch allows nothing but "$ref", so where it failed it flags every member
 * of the node as "not allowed". A member flagged once is only that branch's complaint (the real
 * branch would flag it too when it is really not allowed): those errors are dropped.
 */
function refBranchOnly(errors: readonly AjvError[]): Set<AjvError> {
  const refNodes = new Set(errors.filter(isRefBranch).map(e => e.instancePath));
  const key = (e: AjvError) => e.instancePath + '\u0000' + String(e.params.additionalProperty);
  const flagged = new Map<string, number>();
  for (const e of errors) {
    if (e.keyword === 'additionalProperties' && refNodes.has(e.instancePath)) { flagged.set(key(e), (flagged.get(key(e)) ?? 0) + 1); }
  }
  return new Set(errors.filter(e => e.keyword === 'additionalProperties' && flagged.get(key(e)) === 1));
}

/**
 * Enum errors on one node come from alternative branches (`in` must be "query" in one, "path" in
 * another…): one error listing every allowed value says it right.
 */
function mergeEnums(errors: AjvError[]): AjvError[] {
  const first = new Map<string, AjvError>();
  const out: AjvError[] = [];
  for (const e of errors) {
    if (e.keyword !== 'enum') { out.push(e); continue; }
    const seen = first.get(e.instancePath);
    const values = (e.params.allowedValues as unknown[] | undefined) ?? [];
    if (!seen) {
      const merged = { ...e, params: { ...e.params, allowedValues: [...values] } };
      first.set(e.instancePath, merged);
      out.push(merged);
      continue;
    }
    const all = seen.params.allowedValues as unknown[];
    for (const v of values) { if (!all.some(a => JSON.stringify(a) === JSON.stringify(v))) { all.push(v); } }
  }
  return out;
}


/**
 * "must have required property '$ref'": the Reference Object branch of a oneOf, noise once an
 * error at or under the same node says what is wrong
 */
function isRefBranch(e: AjvError): boolean {
  return e.keyword === 'required' && e.params.missingProperty === '$ref';
}

function describe(e: AjvError): { message: Msg; extra: string[] } {
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return { message: msg('Missing required property "{0}".', String(p.missingProperty)), extra: [] };
    case 'type':
      return { message: msg('Must be of type {0}.', String(p.type)), extra: [] };
    case 'additionalProperties':
      return { message: msg('Property "{0}" is not allowed here.', String(p.additionalProperty)), extra: [String(p.additionalProperty)] };
    case 'unevaluatedProperties':
      return { message: msg('Property "{0}" is not allowed here.', String(p.unevaluatedProperty)), extra: [String(p.unevaluatedProperty)] };
    case 'enum':
      return { message: msg('Must be one of: {0}.', (p.allowedValues as unknown[] ?? []).map(v => JSON.stringify(v)).join(', ')), extra: [] };
    case 'const':
      return { message: msg('Must be {0}.', JSON.stringify(p.allowedValue)), extra: [] };
    case 'pattern':
      return { message: msg('Does not match the pattern {0}.', String(p.pattern)), extra: [] };
    case 'propertyNames':
      return { message: msg('Property "{0}" has a name that is not allowed here.', String(p.propertyName)), extra: [String(p.propertyName)] };
    default:
      return { message: msg('Does not conform to the OpenAPI schema: {0}.', e.message ?? e.keyword), extra: [] };
  }
}
