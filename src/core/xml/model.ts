// What the XML checker tells the rules. Positions are 1-based, columns in UTF-16 code units,
// end positions inclusive (as everywhere in the engine).
import type { Range, SyntaxProblem } from '../types';

export type XmlSyntaxError = SyntaxProblem;

export interface XmlResult {
  error: XmlSyntaxError | null;
  /** the file starts with an XML declaration (<?xml version="1.0" …?>) */
  hasDeclaration: boolean;
  /** the encoding named by the declaration, with its position, when there is one */
  declaredEncoding: { name: string; line: number; column: number; endColumn: number } | null;
  /** the repeated record element's name and its child element names in first-seen order */
  recordElement: string | null;
  recordCount: number;
  /** the record's child element names (or its attribute names when it has no children) */
  fields: string[];
  /** the fields of the one element the records are inside, when it has values of its own */
  outerFields?: string[];
  /** the first record's start tag, for findings about the fields */
  firstRecord: Range | null;
  /** only ASCII characters: any ASCII-compatible declared encoding fits the bytes */
  asciiOnly: boolean;
}
