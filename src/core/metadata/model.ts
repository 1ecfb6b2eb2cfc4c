// Dataset metadata (資料集詮釋資料) resolved for one data file.
import type { Range } from '../types';

export type MetadataKind = 'sidecar' | 'catalogue' | 'datapackage';

/** One field's value and where it sits in the metadata file, for findings at the exact field. */
export interface MetadataValue {
  value: string;
  /** position of the value in the metadata file (1-based, inclusive) */
  range?: Range;
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
