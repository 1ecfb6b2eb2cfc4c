// What detection returns: the contract's EncodingInfo plus a few facts for the rules and people.
import type { EncodingInfo } from '../types';

export interface DetectOptions {
  /** the metadata's 編碼格式, a prior: it decides between legacy encodings that fit equally well */
  hint?: string;
  /** how many user-defined characters to list (default 1000; the count is kept beyond it) */
  maxEudc?: number;
}

export interface DetectedEncoding extends EncodingInfo {
  /** only bytes below 0x80: the same text in UTF-8, Big5 and every encoding the platform takes */
  ascii?: boolean;
  /** for big5: user-defined characters in all (the `eudc` list stops at DetectOptions.maxEudc) */
  eudcCount?: number;
  /** something a person should know about the result (a cut-off end, invalid bytes), in English */
  note?: string;
}

export const DEFAULT_MAX_EUDC = 1000;
