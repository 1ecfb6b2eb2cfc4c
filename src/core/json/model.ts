// What the JSON checker tells the rules. Positions are 1-based, columns in UTF-16 code units,
// end positions inclusive (as everywhere in the engine).
import type { Range, SyntaxProblem } from '../types';

export type JsonSyntaxError = SyntaxProblem;

export interface JsonResult {
  error: JsonSyntaxError | null;
  /**
   * Where the records are: "" for the root itself (a root array of objects, or a single root
   * object), "result.records" for an envelope, "retVal" for a map of objects keyed by id,
   * "features" for a GeoJSON FeatureCollection (whose fields are the features' properties).
   * null when there are no records (a scalar, an array of scalars, or a syntax error).
   */
  recordPath: string | null;
  recordCount: number;
  /** union of the record objects' keys, in first-seen order */
  fields: string[];
  /** the fields of the one object the records are inside, when it has values of its own */
  outerFields?: string[];
  /** the first record object, for findings about the fields; null when there is none */
  firstRecord: Range | null;
}
