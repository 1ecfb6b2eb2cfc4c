// Messages between the table preview's worker thread and its owner: the worker keeps each open
// file's decoded text and row index (a session), and answers for pages of rows by index.
import type { EngineOptions } from '../engine';
import type { RowRole } from '../csv/model';
import type { Range } from '../types';
import type { PreviewHead, PreviewRow, PreviewSummary } from './model';
import type { SessionInput } from './session';

export interface PreviewCalls {
  open: { args: { input: SessionInput; options: Omit<EngineOptions, 'signal' | 'observe'> }; result: PreviewSummary };
  page: { args: { from: number; count: number }; result: PreviewRow[] };
  locate: { args: { row: number; column: number }; result: Range | null };
  find: { args: { role: RowRole; from: number; step: 1 | -1 }; result: number };
  close: { args: Record<string, never>; result: null };
}

export type PreviewCall = keyof PreviewCalls;

export type PreviewRequest = {
  [K in PreviewCall]: { id: number; session: number; call: K; args: PreviewCalls[K]['args'] }
}[PreviewCall];

export type PreviewResponse =
  | { id: number; ok: true; result: PreviewCalls[PreviewCall]['result'] }
  | { id: number; ok: false; error: string };

/** Sent before an `open`'s answer when the table is big: its first rows, to show at once. */
export interface PreviewProgress { id: number; head: PreviewHead }
