// What the JSON checker tells the rules.
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

export interface JsonResult {
  error: JsonSyntaxError | null;
  /** the main array of records, found at the root or in an envelope ({"result":{"records":[…]}}) */
  recordPath: string | null;
  recordCount: number;
  /** union of the record objects' keys, in first-seen order */
  fields: string[];
}
