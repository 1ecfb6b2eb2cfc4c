// Messages between the extension host and the badge view's webview script (media/webview/main.ts).
// Every string is final (already translated, plain text): the webview only lays it out.
import type { BadgeLevel, CriterionStatus } from '../../core/types';

export type { BadgeLevel, CriterionStatus };

/** Where a checklist link jumps to: a file and a 0-based range. */
export interface RevealTarget {
  uri: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface PanelLink {
  label: string;
  target: RevealTarget;
}

export interface PanelCriterion {
  id: string;
  title: string;
  status: CriterionStatus;
  statusLabel: string;
  /** "required for Silver" */
  requiredFor: string;
  reason: string;
  links: PanelLink[];
}

export interface PanelStrings {
  heading: string;
  checklist: string;
  empty: string;
}

export type PanelState =
  | { kind: 'empty'; strings: PanelStrings }
  | {
    kind: 'prediction';
    strings: PanelStrings;
    dataset: string;
    files: string;
    level: BadgeLevel;
    levelLabel: string;
    /** "assuming: links work (not checked offline)" */
    assumptions: string;
    criteria: PanelCriterion[];
  };

export type HostToWebview = { type: 'state'; state: PanelState };

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'rendered'; level: BadgeLevel | null; criteria: number }
  | { type: 'reveal'; target: RevealTarget };

export function isWebviewToHost(m: unknown): m is WebviewToHost {
  if (typeof m !== 'object' || m === null) { return false; }
  const t = (m as { type?: unknown }).type;
  return t === 'ready' || t === 'rendered' || t === 'reveal';
}
