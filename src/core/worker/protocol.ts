// Messages between the engine's worker thread and its owner.
import type { EngineOptions } from '../content-check';
import type { ResolvedMetadata } from '../metadata/model';
import type { FileReport } from '../types';

export interface CheckRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
  metadata: ResolvedMetadata | null;
  options: Omit<EngineOptions, 'signal'>;
  /** Int32Array view over a SharedArrayBuffer: [0] becomes 1 to cancel; null where there is no
   *  shared memory (a browser page that is not cross-origin isolated): no cancelling then */
  cancel: SharedArrayBuffer | null;
}

export type CheckResponse =
  | { id: number; ok: true; report: FileReport }
  | { id: number; ok: false; cancelled: boolean; error: string };
