// The result of validating one OpenAPI (Swagger 2.0 / OpenAPI 3.0 / 3.1) document.
import type { Msg } from '../messages';

export interface OpenApiError {
  message: Msg;
  /** JSON pointer of the offending node ('' is the document root) */
  pointer: string;
  /** 1-based, inclusive range (columns in UTF-16 code units, as VS Code) */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface OpenApiResult {
  /** the declared version ('2.0', '3.0.3', '3.1.0'…), null when none could be read */
  version: string | null;
  valid: boolean;
  errors: OpenApiError[];
}

/** Offsets in the text: start inclusive, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A parsed document: its value, its syntax errors and a way to find a node by pointer. */
export interface ParsedDocument {
  value: unknown;
  syntaxErrors: { message: Msg; span: Span }[];
  /**
   * The span of the node at `segments`, or of its deepest ancestor that exists; `exact` tells
   * which. `key` is the span of the property name when the node is an object member;
   * `collection` tells an object or array from a scalar.
   */
  locate(segments: readonly string[]): Located;
}

export interface Located {
  span: Span;
  key: Span | null;
  exact: boolean;
  collection: boolean;
}
