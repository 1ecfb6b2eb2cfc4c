// A Frictionless Data Package (datapackage.json): resources[].path names the data files,
// resources[].schema.fields their columns (-> 主要欄位說明), resources[].encoding the encoding
// (-> 編碼格式; absent means "utf-8 by default" in the spec, which is not a claim: left unknown).
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { LineIndex } from '../text/line-index';
import { locateJsonString, rangeOfOffsets } from './located';
import type { MetadataField, MetadataFieldItem, MetadataValue } from './model';
import { baseOf, dirOf, fileNamesOfUrl, joinPath, nameKey, samePath, stem } from './paths';

export interface DataPackage {
  text: string;
  lines: LineIndex;
  root: Node;
}

export function parseDataPackage(text: string): DataPackage | null {
  let root: Node | undefined;
  try { root = parseTree(text, [], { allowTrailingComma: true }); } catch { return null; }
  if (!root || root.type !== 'object') { return null; }
  const resources = findNodeAtLocation(root, ['resources']);
  if (!resources || resources.type !== 'array') { return null; }
  return { text, lines: new LineIndex(text), root };
}

function child(node: Node | undefined, key: string | number): Node | undefined {
  return node ? findNodeAtLocation(node, [key]) : undefined;
}

function str(pkg: DataPackage, node: Node | undefined): MetadataValue | null {
  if (!node || node.type !== 'string' || typeof node.value !== 'string' || !node.value.trim()) { return null; }
  const v = locateJsonString(pkg.text, node.offset, node.offset + node.length, pkg.lines);
  return { value: v.value.trim(), range: v.range() };
}

function paths(resource: Node): Node[] {
  const p = child(resource, 'path');
  if (p?.type === 'string') { return [p]; }
  return p?.type === 'array' ? (p.children ?? []).filter(c => c.type === 'string') : [];
}

/** Does resource.path name the data file? URLs by file name, local paths relative to the package. */
function names(pathValue: string, pkgPath: string, dataPath: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pathValue)) {
    return fileNamesOfUrl(pathValue).some(n => nameKey(n) === nameKey(baseOf(dataPath)));
  }
  return samePath(joinPath(dirOf(pkgPath), pathValue.replace(/^\.\//, ''), pkgPath), dataPath);
}

export function resourcesOf(pkg: DataPackage): Node[] {
  return child(pkg.root, 'resources')?.children ?? [];
}

export function findResource(pkg: DataPackage, pkgPath: string, dataPath: string): Node | null {
  const resources = resourcesOf(pkg);
  const byPath = resources.find(r => paths(r).some(p => names(String(p.value), pkgPath, dataPath)));
  if (byPath) { return byPath; }
  // a resource without a usable path, named like the file (the spec's names are file stems)
  if (dirOf(pkgPath) !== dirOf(dataPath)) { return null; }
  return resources.find(r => {
    const n = child(r, 'name');
    return n?.type === 'string' && nameKey(String(n.value)) === nameKey(stem(baseOf(dataPath)));
  }) ?? null;
}

function fieldsValue(pkg: DataPackage, resource: Node): MetadataValue | null {
  const list = child(child(resource, 'schema'), 'fields');
  if (!list || list.type !== 'array') { return null; }
  const items: MetadataFieldItem[] = [];
  for (const f of list.children ?? []) {
    const name = str(pkg, child(f, 'name'));
    if (!name) { continue; }
    const item: MetadataFieldItem = { name: name.value, range: name.range };
    const title = child(f, 'title')?.value ?? child(f, 'description')?.value;
    if (typeof title === 'string' && title.trim()) { item.description = title.trim(); }
    items.push(item);
  }
  if (items.length === 0) { return null; }
  const value = items.map(i => (i.description ? `${i.name}(${i.description})` : i.name)).join(';');
  return { value, range: rangeOfOffsets(pkg.lines, list.offset, list.offset + list.length), items };
}

const UPDATED = ['updated', 'last_modified', 'lastModified', 'modified', 'lastUpdated'];
const FREQUENCY = ['frequency', 'updateFrequency', 'update_frequency', 'accrualPeriodicity'];

/** The platform fields a package states for one of its resources. */
export function datapackageValues(pkg: DataPackage, resource: Node): Map<MetadataField, MetadataValue> {
  const out = new Map<MetadataField, MetadataValue>();
  const put = (f: MetadataField, v: MetadataValue | null) => { if (v && !out.has(f)) { out.set(f, v); } };
  put('主要欄位說明', fieldsValue(pkg, resource));
  put('編碼格式', str(pkg, child(resource, 'encoding')));
  put('檔案格式', str(pkg, child(resource, 'format')));
  const url = paths(resource).find(p => /^[a-z]+:\/\//i.test(String(p.value)));
  put('資料下載網址', str(pkg, url));
  put('資料集名稱', str(pkg, child(pkg.root, 'title')) ?? str(pkg, child(pkg.root, 'name')));
  put('資料集描述', str(pkg, child(pkg.root, 'description')));
  for (const key of UPDATED) { put('詮釋資料更新時間', str(pkg, child(resource, key)) ?? str(pkg, child(pkg.root, key))); }
  for (const key of FREQUENCY) { put('更新頻率', str(pkg, child(resource, key)) ?? str(pkg, child(pkg.root, key))); }
  const license = child(child(pkg.root, 'licenses'), 0);
  put('授權方式', str(pkg, child(license, 'title')) ?? str(pkg, child(license, 'name')));
  return out;
}
