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

/** One line that jumps to a finding: its point ("2 subtotal rows", "Wrong 編碼格式"), where it
 *  is ("Ln 5", "wages.metadata.json:4") and the full message (the line's tooltip). */
export interface PanelLink {
  label: string;
  where: string;
  detail: string;
  target: RevealTarget;
}

/** What a criterion's button does (the host knows the active dataset it applies to). */
export type PanelActionId = 'checkLinks' | 'openLinkSetting' | 'manageTrust' | 'createMetadata' | 'metadataHelp' | 'openMetadata';

export const PANEL_ACTIONS: readonly PanelActionId[] = ['checkLinks', 'openLinkSetting', 'manageTrust', 'createMetadata', 'metadataHelp', 'openMetadata'];

export interface PanelAction {
  action: PanelActionId;
  label: string;
  /** a secondary button beside the main one */
  secondary: boolean;
}

export interface PanelCriterion {
  id: string;
  title: string;
  status: CriterionStatus;
  statusLabel: string;
  /** "required for Silver" */
  requiredFor: string;
  /** '' when the links say it all (a failed structured criterion: one line per kind of problem) */
  reason: string;
  links: PanelLink[];
  /** "and 3 more in the Problems panel", or '' */
  more: string;
  /** buttons of an unknown criterion: check the links now, open the setting, add metadata… */
  actions: PanelAction[];
}

export interface PanelStrings {
  heading: string;
  checklist: string;
  empty: string;
}

/** An API document (OpenAPI) in place of a badge: it counts toward the agency score's bonus. */
export interface PanelApi {
  file: string;
  /** "OpenAPI 3.0.3 document" */
  title: string;
  valid: boolean;
  /** "Valid" / "Not valid" */
  status: string;
  /** "valid — counts +0.1 toward the agency score" / "3 problems — not counted toward the bonus" */
  verdict: string;
  /** the first few problems, each a link to its place */
  problems: PanelLink[];
  /** "and 4 more in the Problems panel", or '' */
  more: string;
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
    /** "Preview table: wages.csv", opening the table preview of the file asked about (a data file) */
    preview?: { label: string; uri: string };
  }
  | { kind: 'api'; heading: string; problemsTitle: string; apis: PanelApi[] };

export interface WorkspaceBar {
  level: BadgeLevel;
  label: string;
  count: number;
}

/** The workspace section: the agency score of the last "Check workspace". */
export type WorkspaceSection =
  | { kind: 'none'; heading: string; hint: string; check: string }
  | { kind: 'checking'; heading: string; hint: string }
  | {
    kind: 'report';
    heading: string;
    scoreLabel: string;
    /** two decimals */
    score: string;
    /** "OAS bonus +0.1 (1 valid API)" */
    bonus: string;
    /** "12 datasets in 15 files" */
    scope: string;
    /** "Partial: cancelled after 3 of 15 files", or '' */
    partial: string;
    /** "Badge counts: Gold 3, Silver 1, …" (the chart's accessible name) */
    chartLabel: string;
    bars: WorkspaceBar[];
    suggestionsTitle: string;
    /** translated, best first */
    suggestions: string[];
    /** when there are none */
    noSuggestions: string;
    report: string;
    check: string;
    /** "Checking the workspace…" while a new check runs (this report is the previous one), or '' */
    checking: string;
  };

/** What the workspace section drew, for the tests. */
export interface RenderedWorkspace {
  kind: WorkspaceSection['kind'];
  score: string | null;
  counts: Partial<Record<BadgeLevel, number>>;
  suggestions: number;
  partial: boolean;
  /** a report drawn while a new check runs */
  checking: boolean;
}

/** `note`: what this editor cannot check (link checks in the browser), shown under a prediction */
export type HostToWebview = { type: 'state'; state: PanelState; workspace: WorkspaceSection; note?: string };

export type WebviewToHost =
  | { type: 'ready' }
  | {
    type: 'rendered';
    level: BadgeLevel | null;
    criteria: number;
    /** API documents shown in place of a badge: valid or not, problems listed */
    apis: { valid: boolean; problems: number }[];
    /** the buttons drawn, as "criterion:action", and the labels of the finding lines */
    actions: string[];
    lines: string[];
    workspace: RenderedWorkspace;
    /** the note drawn under the prediction, or '' */
    note: string;
  }
  | { type: 'reveal'; target: RevealTarget }
  | { type: 'action'; action: PanelActionId }
  | { type: 'checkWorkspace' }
  | { type: 'openReport' }
  | { type: 'previewTable'; uri: string };

const TYPES: readonly WebviewToHost['type'][] = ['ready', 'rendered', 'reveal', 'action', 'checkWorkspace', 'openReport', 'previewTable'];

export function isWebviewToHost(m: unknown): m is WebviewToHost {
  if (typeof m !== 'object' || m === null) { return false; }
  const t = (m as { type?: unknown }).type;
  if (t === 'action') { return (PANEL_ACTIONS as readonly unknown[]).includes((m as { action?: unknown }).action); }
  return (TYPES as readonly unknown[]).includes(t);
}
