// Dataset metadata (資料集詮釋資料) resolved for one data file. Plain data only: it crosses to the
// engine's worker thread by structured clone.
import type { Range } from '../types';

export type MetadataKind = 'sidecar' | 'catalogue' | 'datapackage';

/** One name of 主要欄位說明 and where it is written, for a finding at the wrong name itself. */
export interface MetadataFieldItem {
  name: string;
  /** the `(description)` suffix without its brackets */
  description?: string;
  range?: Range;
}

/** One field's value and where it sits in the metadata file, for findings at the exact field. */
export interface MetadataValue {
  value: string;
  /** position of the value in the metadata file (1-based, inclusive) */
  range?: Range;
  /** 主要欄位說明 only: the declared field names, each with its own range */
  items?: MetadataFieldItem[];
}

export interface MetadataSource {
  kind: MetadataKind;
  path: string;
}

export interface ResolvedMetadata {
  /** all sources that contributed, the winning one first (the sidecar wins) */
  sources: MetadataSource[];
  /** dataset name (資料集名稱) or the sidecar's base name */
  dataset: string;
  /** platform field name -> value; per-resource columns (編碼格式, 檔案格式, 資料下載網址, 資料量)
   *  already narrowed to this file's resource */
  fields: Partial<Record<MetadataField, MetadataValue & { source: MetadataSource }>>;
}

export type MetadataField =
  | '資料集識別碼' | '資料集名稱' | '資料提供屬性' | '服務分類' | '品質檢測' | '檔案格式'
  | '資料下載網址' | '編碼格式' | '資料集上架方式' | '資料集描述' | '主要欄位說明' | '提供機關'
  | '更新頻率' | '授權方式' | '相關網址' | '計費方式' | '提供機關聯絡人姓名' | '提供機關聯絡人電話'
  | '上架日期' | '詮釋資料更新時間' | '備註' | '資料量';

/** The 22 columns of the platform's catalogue export (資料集清單), in order (badge-rules.md §3). */
export const METADATA_FIELDS: readonly MetadataField[] = [
  '資料集識別碼', '資料集名稱', '資料提供屬性', '服務分類', '品質檢測', '檔案格式', '資料下載網址', '編碼格式',
  '資料集上架方式', '資料集描述', '主要欄位說明', '提供機關', '更新頻率', '授權方式', '相關網址', '計費方式',
  '提供機關聯絡人姓名', '提供機關聯絡人電話', '上架日期', '詮釋資料更新時間', '備註', '資料量',
];

/** Columns with one `;`-separated value per resource. */
export const PER_RESOURCE_FIELDS: readonly MetadataField[] = ['檔案格式', '資料下載網址', '編碼格式', '資料量'];

export function isMetadataField(name: string): name is MetadataField {
  return (METADATA_FIELDS as readonly string[]).includes(name);
}

/** File access for the resolver, so that the CLI (node:fs) and the editor (workspace.fs) share it. */
export interface MetadataFs {
  /** file names in a folder (sub-folders may be listed too; they fail to read and are skipped) */
  readdir(dir: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  /** optional: lets the resolver cache by (path, mtime) and skip huge files unread */
  stat?(path: string): Promise<{ mtime: number; size: number } | null>;
  /** optional: the first `bytes` bytes, to classify a .csv/.json without reading all of it */
  readHead?(path: string, bytes: number): Promise<Uint8Array>;
}
