// A failed oneOf / anyOf makes Ajv report the complaints of every branch: a Swagger 2.0 path
// parameter without `required: true` gets "must be body", "must be header", "must be query", "must
// have schema"… beside the one that matters. Each branch is validated again on its own (its
// nested oneOfs pruned the same way) and, when exactly one branch comes closest (a value outside
// a branch's enum counting most), only its complaints are kept. A tie (`in: querry` fits no branch) keeps everything: nothing says which
// branch was meant. The JSON Reference branch never wins over a value that has no "$ref".
import { isAtOrUnder } from './pointer';
import type { AjvError } from './schema-errors';

/** An Ajv error with the `verbose` fields this module reads. */
export interface VerboseError extends AjvError {
  schema?: unknown;
  parentSchema?: unknown;
  data?: unknown;
}

export interface BranchValidator {
  /** the JSON pointer (in the root schema) of a schema object, by identity */
  pointerOf(schema: object): string | undefined;
  /** validate `data` against the root schema's node at `pointer`; null when it cannot be compiled */
  errorsAt(pointer: string, data: unknown): VerboseError[] | null;
}

const MAX_DEPTH = 4;
const COMBINATORS = new Set(['oneOf', 'anyOf']);

export function pruneBranches(errors: readonly VerboseError[], v: BranchValidator): VerboseError[] {
  return prune(errors, v, 0).errors;
}

interface Pruned {
  errors: VerboseError[];
  /** how far the value is from fitting: an undecided combinator counts its best branch only */
  score: number;
}

function prune(errors: readonly VerboseError[], v: BranchValidator, depth: number): Pruned {
  let kept = [...errors];
  let adjust = 0;
  for (const e of depth >= MAX_DEPTH ? [] : errors) {
    if (!COMBINATORS.has(e.keyword) || !Array.isArray(e.schema) || typeof e.parentSchema !== 'object' || e.parentSchema === null) { continue; }
    const base = v.pointerOf(e.parentSchema);
    if (base === undefined) { continue; }
    const branches: (Pruned & { reference: boolean })[] = [];
    for (let i = 0; i < e.schema.length; i++) {
      const errs = v.errorsAt(`${base}/${e.keyword}/${i}`, e.data);
      if (errs === null) { break; }
      branches.push({ ...prune(errs, v, depth + 1), reference: isReferenceOnly(errs, e.data) });
    }
    if (branches.length !== e.schema.length) { continue; }
    const candidates = branches.filter(b => !b.reference);
    const best = Math.min(...candidates.map(b => b.score));
    const winners = candidates.filter(b => b.score === best);
    if (winners.length !== 1) {
      // undecided: every branch's complaints stay, but the value is only as far off as the best
      adjust += best - branches.reduce((n, b) => n + complaints(b.errors), 0);
      continue;
    }
    const keep = new Set(winners[0].errors.map(x => signature(x)));
    const drop = new Set(branches.filter(b => b !== winners[0]).flatMap(b => b.errors.map(x => signature(x))).filter(s => !keep.has(s)));
    kept = kept.filter(x => !(isAtOrUnder(x.instancePath, e.instancePath) && drop.has(signature(x, e.instancePath.length))));
  }
  return { errors: kept, score: complaints(kept) + adjust };
}

/**
 * How far a branch is from fitting: its complaints (not the summaries of failed combinators), a
 * value outside an enum or const weighing most: `in: path` against the "query" branch is the
 * surest sign that this branch was not meant.
 */
function complaints(errs: readonly VerboseError[]): number {
  return errs.reduce((n, x) => n + (COMBINATORS.has(x.keyword) || x.keyword === 'not' ? 0
    : x.keyword === 'enum' || x.keyword === 'const' ? 10 : 1), 0);
}

/** the branch failed only because "$ref" is missing, and the value has none: not what was meant */
function isReferenceOnly(errs: readonly VerboseError[], data: unknown): boolean {
  const hasRef = typeof data === 'object' && data !== null && '$ref' in data;
  return !hasRef && errs.some(x => x.instancePath === '' && x.keyword === 'required' && x.params.missingProperty === '$ref');
}

/** what an error says, relative to the node the combinator was at */
function signature(x: VerboseError, strip = 0): string {
  return `${x.instancePath.slice(strip)}\u0000${x.keyword}\u0000${JSON.stringify(x.params)}`;
}

