// The opendataBadge.* settings (contributed in package.json, documented in docs/settings.md).
import * as vscode from 'vscode';
import type { EngineOptions } from '../core/engine';
import type { RuleId, SeveritySetting } from '../core/types';

export const SECTION = 'opendataBadge';

export interface Settings {
  /** lint while typing (debounced) or only on open and save */
  run: 'onType' | 'onSave';
  debounceMs: number;
  severities: Partial<Record<RuleId, SeveritySetting>>;
  /** a UTF-8 BOM for converted CSV/TSV (Excel needs it to read UTF-8); JSON never gets one */
  convertBom: 'add' | 'omit';
  /** extra globs (besides NAME.metadata.json, datapackage.json and catalogue exports) */
  metadataPatterns: string[];
  /** files never checked (globs) */
  exclude: string[];
  graceDays: number;
  maxDiagnosticsPerFile: number;
  /** files at least this big are checked from disk in a worker thread */
  workerThresholdBytes: number;
  /** check the resource links over the network (opt-in; never in an untrusted workspace) */
  checkLinks: boolean;
  /** links to private / loopback addresses are checked too */
  allowPrivateLinks: boolean;
}

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const rules = c.get<Record<string, unknown>>('rules') ?? {};
  const severities: Partial<Record<RuleId, SeveritySetting>> = {};
  for (const [id, value] of Object.entries(rules)) {
    if (SEVERITIES.includes(value as SeveritySetting)) { severities[id as RuleId] = value as SeveritySetting; }
  }
  return {
    run: c.get('run') === 'onSave' ? 'onSave' : 'onType',
    debounceMs: clamp(c.get<number>('debounceMs') ?? 400, 0, 10000),
    severities,
    convertBom: c.get('convertToUtf8.bom') === 'omit' ? 'omit' : 'add',
    metadataPatterns: (c.get<string[]>('metadataPatterns') ?? []).filter(p => typeof p === 'string' && p.length > 0),
    exclude: (c.get<string[]>('exclude') ?? []).filter(p => typeof p === 'string' && p.length > 0),
    graceDays: clamp(c.get<number>('timeliness.graceDays') ?? 0, 0, 3650),
    maxDiagnosticsPerFile: clamp(c.get<number>('maxDiagnosticsPerFile') ?? 500, 1, 100000),
    workerThresholdBytes: clamp(c.get<number>('workerThresholdMB') ?? 2, 0, 10000) * 1024 * 1024,
    checkLinks: c.get<boolean>('links.check') === true,
    allowPrivateLinks: c.get<boolean>('links.allowPrivate') === true,
  };
}

export function engineOptions(s: Settings): EngineOptions {
  return { graceDays: s.graceDays, severities: s.severities };
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}
