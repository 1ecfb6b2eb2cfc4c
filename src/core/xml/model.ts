// What the XML checker tells the rules.
export interface XmlSyntaxError {
  line: number;
  column: number;
  message: string;
}

export interface XmlResult {
  error: XmlSyntaxError | null;
  /** the encoding named by the declaration, with its position, when there is one */
  declaredEncoding: { name: string; line: number; column: number; endColumn: number } | null;
  /** the repeated record element's name and its child element names in first-seen order */
  recordElement: string | null;
  recordCount: number;
  fields: string[];
}
