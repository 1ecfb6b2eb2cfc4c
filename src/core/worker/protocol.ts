// Messages between the engine's worker thread and its owner.
import type { EngineOptions } from '../content-check';
import type { ResolvedMetadata } from '../metadata/model';
import type { TextFix } from '../fixes';
import type { EncodingInfo, FileFormat, FileReport } from '../types';

interface RequestBase {
  id: number;
  path: string;
  metadata: ResolvedMetadata | null;
  options: Omit<EngineOptions, 'signal'>;
  /** Int32Array view over a SharedArrayBuffer: [0] becomes 1 to cancel; null where there is no
   *  shared memory (a browser page that is not cross-origin isolated): no cancelling then */
  cancel: SharedArrayBuffer | null;
}

/** a file's bytes (checkBytesOrApi) */
export interface BytesRequest extends RequestBase {
  kind: 'bytes';
  bytes: Uint8Array;
}

/**
 * an editor's text (checkTextOrApi) as UTF-8 bytes (transferred: copying a 20 MB string to the
 * worker would block its owner), with the encoding of the file on disk, or its bytes to detect
 * it from (the answer says what it found, for the owner to keep)
 */
export interface TextRequest extends RequestBase {
  kind: 'text';
  utf8: Uint8Array;
  encoding: EncodingInfo | null;
  disk: Uint8Array | null;
}

/** an editor's text: its verified fixes (textFixes) */
export interface FixesRequest extends RequestBase {
  kind: 'fixes';
  text: string;
  format: FileFormat;
}

export type CheckRequest = BytesRequest | TextRequest | FixesRequest;

export type CheckResponse =
  | { id: number; ok: true; report: FileReport; encoding: EncodingInfo }
  | { id: number; ok: true; fixes: TextFix[] }
  | { id: number; ok: false; cancelled: boolean; error: string };
