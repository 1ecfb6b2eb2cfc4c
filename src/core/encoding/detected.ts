// What detection returns: the contract's EncodingInfo plus a few facts for the rules and people.
import type { EncodingInfo } from '../types';

export interface DetectOptions {
  /** the metadata's 編碼格式, a prior: it decides between legacy encodings that fit equally well */
  hint?: string;
  /** how many user-defined characters to list (default 1000; the count is kept beyond it) */
  maxEudc?: number;
}

/** kept as a name for the detector's result; the extra facts now live on EncodingInfo itself */
export type DetectedEncoding = EncodingInfo;

export const DEFAULT_MAX_EUDC = 1000;
