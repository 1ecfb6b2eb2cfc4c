// Which files the extension looks at, and which data files a metadata file describes.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isProjectConfigPath } from '../core/config/name';
import { detectFormat } from '../core/engine';
import { isResourcePath, RESOURCE_EXTENSIONS } from '../core/resources/sniff';
import { isYamlPath } from '../core/openapi/hint';
import { readSettings } from './config';
import { enginePath, listFiles } from './file-access';
import { matchesAny } from '../core/glob';
import { sidecarDataset } from '../core/metadata/paths';

const DATA_EXTENSIONS = ['.csv', '.tsv', '.tab', '.json', '.geojson', '.xml'];
/** data, metadata, YAML that may be an OpenAPI description (JSON ones are among the data), and
 *  the resource files that are listed, not checked (core/resources/sniff.ts) */
export const DATA_GLOB = `**/*.{csv,tsv,tab,json,geojson,xml,yaml,yml,${RESOURCE_EXTENSIONS.map(e => e.slice(1)).join(',')}}`;

export const EXCLUDE_GLOB = '**/{node_modules,.git,.vscode-test}/**';

/** Data files (CSV, TSV, JSON, XML), metadata files and YAML (API descriptions) of the workspace,
 *  unless excluded by the settings. */
export function isCheckable(uri: vscode.Uri): boolean {
  if (!isWorkspaceFile(uri) || isProjectConfigPath(uri.path)) { return false; }
  if (detectFormat(enginePath(uri)) === 'unknown' && !isYaml(uri) && !isResourcePath(uri.path)) { return false; }
  return !matchesAny(uri.path, readSettings(uri).exclude);
}

/**
 * A file on disk, or of the file system a workspace folder is on (a github.dev repository, the
 * server of VS Code for the Web): not a diff's other side (`git:`), an output channel or a setting.
 */
export function isWorkspaceFile(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' || (vscode.workspace.workspaceFolders ?? []).some(f => f.uri.scheme === uri.scheme && f.uri.authority === uri.authority);
}

/** A YAML file: checked only when it turns out to be an OpenAPI document. */
export function isYaml(uri: vscode.Uri): boolean {
  return isYamlPath(uri.path);
}

export function isMetadataFile(uri: vscode.Uri): boolean {
  return detectFormat(enginePath(uri)) === 'metadata';
}

export function isDataFile(uri: vscode.Uri): boolean {
  const f = detectFormat(enginePath(uri));
  return f !== 'unknown' && f !== 'metadata';
}

/** NAME for NAME.metadata.json, null for other metadata (datapackage.json, catalogue exports). */
export function sidecarBase(uri: vscode.Uri): string | null {
  return sidecarDataset(uri.path);
}

function baseWithoutExt(name: string): string {
  const ext = path.posix.extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

/** The files of one dataset in the folder of `uri`: the same base name, as a sidecar defines. */
export async function datasetMembers(uri: vscode.Uri): Promise<vscode.Uri[]> {
  const name = path.posix.basename(uri.path);
  const base = sidecarBase(uri) ?? baseWithoutExt(name);
  return (await dataFilesBeside(uri)).filter(u => baseWithoutExt(path.posix.basename(u.path)) === base);
}

/** The data files a metadata file applies to (same base name for a sidecar, else the folder). */
export async function describedFiles(metadata: vscode.Uri, limit = 50): Promise<vscode.Uri[]> {
  const base = sidecarBase(metadata);
  const all = await dataFilesBeside(metadata);
  const mine = base === null ? all : all.filter(u => baseWithoutExt(path.posix.basename(u.path)) === base);
  return mine.slice(0, limit);
}

async function dataFilesBeside(uri: vscode.Uri): Promise<vscode.Uri[]> {
  const dir = vscode.Uri.joinPath(uri, '..');
  return (await listFiles(dir))
    .filter(n => DATA_EXTENSIONS.includes(path.posix.extname(n).toLowerCase()))
    .map(n => vscode.Uri.joinPath(dir, n))
    .filter(isDataFile)
    .sort((a, b) => a.path.localeCompare(b.path));
}
