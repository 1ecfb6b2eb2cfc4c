// The project configuration in the editor, read like the CLI reads it: the `opendataBadge.rules`,
// `opendataBadge.overrides` and `opendataBadge.timeliness.graceDays` settings first, then the
// nearest .opendatabadge.json from the file's folder up to its workspace folder, which wins (the
// editor shows what CI reports). A file that cannot be used is ignored, with a diagnostic on the
// key at fault; a change to one re-checks what was checked.
import * as vscode from 'vscode';
import { ConfigError, CONFIG_FILE, configFromObject, parseConfigText, resolveFor, type ProjectConfig, type Severities } from '../core/config/project-config';
import { LineIndex } from '../core/text/line-index';
import { readSettings, SECTION } from './config';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { Disposable } from './dispose';
import { readBytes, statFile } from './file-access';
import { translate } from './l10n';

type Loaded = ProjectConfig | null;

export class ProjectConfigs extends Disposable {
  /** folder uri -> its .opendatabadge.json (null: none, or unusable) */
  private readonly files = new Map<string, Promise<Loaded>>();
  private readonly problems = this._register(vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-config`));
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** a configuration file was created, changed or deleted */
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`));
    const reload = (uri: vscode.Uri) => {
      this.files.delete(vscode.Uri.joinPath(uri, '..').toString());
      this.problems.delete(uri);
      this.changed.fire();
    };
    this._register(watcher.onDidCreate(reload));
    this._register(watcher.onDidChange(reload));
    this._register(watcher.onDidDelete(reload));
  }

  /** What applies to `uri`: its severities and grace days. */
  async resolve(uri: vscode.Uri, path: string): Promise<{ severities: Severities; graceDays?: number }> {
    const file = await this.nearest(uri);
    const layers = file ? [this.fromSettings(uri), file] : [this.fromSettings(uri)];
    return resolveFor(layers, path);
  }

  /** The settings as the first layer: rules and grace days as config.ts reads them (values the
   *  schema refuses are left out there), and the overrides, which are checked here. */
  private fromSettings(uri: vscode.Uri): ProjectConfig {
    const s = readSettings(uri);
    const base = vscode.workspace.getWorkspaceFolder(uri)?.uri.path ?? '/';
    let overrides: ProjectConfig['overrides'] = [];
    try {
      overrides = configFromObject({ overrides: vscode.workspace.getConfiguration(SECTION, uri).get('overrides') ?? [] }, 'settings', base).overrides;
    } catch (e) {
      // the settings editor marks a value outside the schema; an unusable one is left out
      console.error('[opendata-badge] opendataBadge.overrides', e instanceof Error ? e.message : e);
    }
    return { source: 'settings', base, rules: s.severities, overrides, graceDays: s.graceDays };
  }

  /** The nearest file from the folder of `uri` up to its workspace folder. */
  private async nearest(uri: vscode.Uri): Promise<Loaded> {
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    let dir = vscode.Uri.joinPath(uri, '..');
    for (;;) {
      const found = await this.fileIn(dir);
      if (found || !root || dir.path.length <= root.path.length) { return found; }
      dir = vscode.Uri.joinPath(dir, '..');
    }
  }

  private fileIn(dir: vscode.Uri): Promise<Loaded> {
    const key = dir.toString();
    let p = this.files.get(key);
    if (!p) {
      p = this.load(vscode.Uri.joinPath(dir, CONFIG_FILE));
      this.files.set(key, p);
    }
    return p;
  }

  private async load(file: vscode.Uri): Promise<Loaded> {
    if (!(await statFile(file))) { return null; }
    const bytes = await readBytes(file);
    if (!bytes) { return null; }
    const text = new TextDecoder().decode(bytes);
    try {
      const config = parseConfigText(text, file.path, vscode.Uri.joinPath(file, '..').path);
      this.problems.delete(file);
      return config;
    } catch (e) {
      if (!(e instanceof ConfigError)) { throw e; }
      this.problems.set(file, [this.diagnostic(e, text)]);
      return null;
    }
  }

  private diagnostic(e: ConfigError, text: string): vscode.Diagnostic {
    const ix = new LineIndex(text);
    const start = ix.position(e.at?.offset ?? 0);
    const end = ix.position((e.at?.offset ?? 0) + (e.at?.length ?? 0));
    const range = new vscode.Range(start.line - 1, start.column - 1, end.line - 1, end.column - 1);
    const reason = translate(e.reason);
    const d = new vscode.Diagnostic(range, e.key
      ? vscode.l10n.t('"{0}": {1}. This file is ignored until it is fixed.', e.key, reason)
      : vscode.l10n.t('{0}. This file is ignored until it is fixed.', reason), vscode.DiagnosticSeverity.Error);
    d.source = DIAGNOSTIC_SOURCE;
    return d;
  }
}
