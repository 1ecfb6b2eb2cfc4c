// Validate one OpenAPI 2.0 / 3.0 / 3.1 document, offline, with positions for every error.
// The JSON-schema and Swagger 2.0 semantic checks are @apidevtools/swagger-parser's (it carries the
// official OAS schemas); this module parses the text itself (to map pointers to positions), checks
// $refs itself (the library stops at the first bad one and has no position), and never lets the
// library read a file or fetch a URL: external $refs are reported, not followed.
import SwaggerParser from '@apidevtools/swagger-parser';
import { msg, type Msg } from '../messages';
import { LineIndex } from '../text/line-index';
import { declaredVersion, parseDocumentText, versionInTree } from './parse';
import { toPointer } from './pointer';
import { checkRefs } from './refs';
import { schemaErrors } from './schema-check';
import { schemaProblems } from './schema-errors';
import { precheckError, specErrorSegments, UNSUPPORTED } from './spec-errors';
import type { OpenApiError, OpenApiResult, ParsedDocument, Span } from './types';

const MAX_ERRORS = 50;

export async function validateOpenApi(text: string, path: string): Promise<OpenApiResult> {
  const doc = parseDocumentText(text, path);
  const lines = new LineIndex(text);
  const at = (message: Msg, segments: readonly string[]): OpenApiError => errorAt(doc, lines, message, segments);

  if (doc.syntaxErrors.length > 0 || doc.value === undefined) {
    const errors = doc.syntaxErrors.slice(0, MAX_ERRORS).map(e => ({ message: e.message, pointer: '', ...rangeOf(lines, e.span) }));
    const seen = versionInTree(doc, text);
    return { version: seen ? String(seen.raw) : null, valid: false, errors };
  }
  const declared = declaredVersion(doc.value);
  if (!declared) {
    return { version: null, valid: false, errors: [at(msg('Not an OpenAPI document: the top level has no "openapi" or "swagger" key.'), [])] };
  }
  const version = String(declared.raw);
  if (typeof declared.raw !== 'string') {
    return { version, valid: false, errors: [at(msg('The "{0}" version must be a string: write "{1}" in quotes.', declared.key, version), [declared.key])] };
  }
  // the versions the validator's schemas and pre-checks accept
  const supported = declared.key === 'swagger' ? version === '2.0' : /^(3\.0\.[0-4]|3\.1\.[0-2])$/.test(version);
  if (!supported) {
    return { version, valid: false, errors: [at(UNSUPPORTED(version), [declared.key])] };
  }

  const refProblems = checkRefs(doc.value);
  const refErrors = refProblems.map(p => at(p.message, p.at));
  // a broken local $ref stops the library before its schema check: report ours and stop there
  if (refProblems.some(p => !p.external)) {
    return { version, valid: false, errors: refErrors.slice(0, MAX_ERRORS) };
  }
  const libraryErrors = await runValidator(doc.value, version, doc, lines);
  const errors = [...refErrors, ...libraryErrors].slice(0, MAX_ERRORS);
  return { version, valid: errors.length === 0, errors };
}

async function runValidator(value: unknown, version: string, doc: ParsedDocument, lines: LineIndex): Promise<OpenApiError[]> {
  // the schema check first, on the document as written (the library dereferences the object it is
  // given, and pointers must lead to this text), with validators compiled once
  const schema = schemaErrors(value, version);
  let failure: string | null = null;
  try {
    // the library's own checks: its version pre-checks and the Swagger 2.0 semantics;
    // external: false -> it neither reads files nor fetches URLs for non-local $refs
    await new SwaggerParser().validate(value as never, { resolve: { external: false }, validate: { schema: false, spec: true } });
  } catch (e) {
    failure = String((e as Error)?.message ?? e).replace(/^Validation failed\.\s*/, '');
  }
  // the order the library reports in: its pre-checks, then the schema, then the semantics
  const known = failure === null ? null : precheckError(failure, version);
  if (known) { return [errorAt(doc, lines, known.message, known.segments)]; }
  if (schema.length > 0) {
    return schemaProblems(schema, MAX_ERRORS).map(p => errorAt(doc, lines, p.message, p.segments, p.onKey));
  }
  if (failure === null) { return []; }
  return [errorAt(doc, lines, msg('OpenAPI check failed: {0}', failure), specErrorSegments(failure, value))];
}

/**
 * Position an error on the node at `segments`, or on its deepest ancestor that exists. An object
 * or array is marked by its property name (its body can be long), or by its first line at the root.
 */
function errorAt(doc: ParsedDocument, lines: LineIndex, message: Msg, segments: readonly string[], onKey = false): OpenApiError {
  const found = doc.locate(segments);
  let span = found.span;
  // an empty value (`/x:` with nothing after it) has no characters of its own: mark its name
  const empty = span.end <= span.start;
  if (found.key && (found.collection || empty || (onKey && found.exact))) {
    span = found.key;
  } else if (found.collection) {
    const r = rangeOf(lines, span);
    span = { start: span.start, end: span.start + Math.max(1, lines.lineText(r.line).length - (r.column - 1)) };
  }
  return { message, pointer: toPointer(segments), ...rangeOf(lines, span) };
}

function rangeOf(lines: LineIndex, span: Span): { line: number; column: number; endLine: number; endColumn: number } {
  const s = lines.position(span.start);
  const e = lines.position(Math.max(span.start, span.end - 1));
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}
