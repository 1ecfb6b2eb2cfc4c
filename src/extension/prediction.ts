// The predicted badge of the dataset a file belongs to: its resources (the files with the same
// base name, as a NAME.metadata.json sidecar defines) checked, and the level ALL of them reach.
import * as vscode from 'vscode';
import { datasetBadge } from '../core/dataset';
import type { Badge, FileReport } from '../core/types';
import type { CheckOutcome, FileChecker } from './checker';
import { Disposable } from './dispose';
import { openDocument, statFile } from './file-access';
import type { ReportStore } from './report-store';
import { datasetMembers, describedFiles, isDataFile, isMetadataFile, isYaml } from './targets';

export interface Prediction {
  /** the file asked about */
  uri: vscode.Uri;
  dataset: string;
  resources: { uri: vscode.Uri; report: FileReport }[];
  badge: Badge;
}

/** What `executeCommand('opendataBadge.predictBadge', uri)` returns (the CLI contract's badge). */
export interface PredictionResult {
  level: Badge['level'];
  criteria: { id: string; status: string; reason: string; level: string }[];
  assumptions: string[];
  dataset: string;
  resources: string[];
}

export function toResult(p: Prediction): PredictionResult {
  return {
    level: p.badge.level,
    criteria: p.badge.criteria.map(c => ({ id: c.id, status: c.status, reason: c.reason, level: c.level })),
    assumptions: [...p.badge.assumptions],
    dataset: p.dataset,
    resources: p.resources.map(r => r.uri.toString()),
  };
}

export class Predictor extends Disposable {
  /** checks of files that are not open, by uri, valid for one size + mtime */
  private readonly diskCache = new Map<string, { stamp: string; outcome: CheckOutcome }>();

  constructor(private readonly checker: FileChecker, private readonly store: ReportStore) {
    super();
    // a metadata change can change every check in its folder
    this._register(store.onDidChange(uri => { if (isMetadataFile(uri)) { this.diskCache.clear(); } }));
  }

  /** Drops the cached check of a file that is not open (it was checked again, with its links). */
  forget(uri: vscode.Uri): void {
    this.diskCache.delete(uri.toString());
  }

  async predict(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<Prediction | null> {
    // an OpenAPI document is its own subject: no dataset, no badge (it counts toward the bonus)
    const own = isDataFile(uri) || isYaml(uri) ? await this.outcome(uri, token) : null;
    if (own?.report.api) { return { uri, dataset: baseOf(uri), resources: [{ uri, report: own.report }], badge: own.report.badge }; }
    const members = isMetadataFile(uri) ? await describedFiles(uri)
      : isDataFile(uri) ? await datasetMembers(uri) : [];
    if (isDataFile(uri) && !members.some(m => m.toString() === uri.toString())) { members.unshift(uri); }
    if (members.length === 0) { return null; }
    const resources: Prediction['resources'] = [];
    for (const m of members) {
      // the asked file was checked just above: an unsaved buffer is not checked a second time
      const outcome = own && m.toString() === uri.toString() ? own : await this.outcome(m, token);
      if (token?.isCancellationRequested) { return null; }
      // an API description beside the data (api.json next to api.csv) is not one of its resources
      if (outcome && !outcome.report.api) { resources.push({ uri: m, report: outcome.report }); }
    }
    if (resources.length === 0) { return null; }
    const first = resources[0].report;
    const dataset = first.metadata?.dataset ?? baseOf(resources[0].uri);
    return { uri, dataset, resources, badge: datasetBadge(resources.map(r => r.report)) };
  }

  private async outcome(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<CheckOutcome | null> {
    const doc = openDocument(uri);
    const stored = this.store.get(uri);
    if (doc && stored && stored.version === doc.version) { return stored; }
    if (doc) { return this.checker.check(uri, doc, token); }
    const stat = await statFile(uri);
    const stamp = stat ? `${stat.size}:${stat.mtime}` : '';
    const hit = this.diskCache.get(uri.toString());
    if (hit && hit.stamp === stamp) { return hit.outcome; }
    const outcome = await this.checker.check(uri, undefined, token);
    if (outcome) { this.diskCache.set(uri.toString(), { stamp, outcome }); }
    return outcome;
  }
}

function baseOf(uri: vscode.Uri): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
