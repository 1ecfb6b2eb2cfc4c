// A data file's links: its 資料下載網址 (the metadata narrowed it to this file), checked for the
// declared 檔案格式 or, without one, the file's extension. Shared by the CLI and the editor.
import type { ResolvedMetadata } from '../metadata/model';
import type { LinkChecker } from './link-checker';
import { checkResourceLinks } from './resource-links';
import type { LinkResult } from './types';

export function checkMetadataLinks(
  checker: LinkChecker, metadata: ResolvedMetadata, path: string, opts: { allowPrivate: boolean; signal?: AbortSignal },
): Promise<LinkResult[]> {
  const expectedFormat = (metadata.fields['檔案格式']?.value ?? path.split('.').pop() ?? '').toLowerCase();
  return checkResourceLinks(checker, metadata.fields['資料下載網址']?.value ?? '', { expectedFormat, ...opts });
}
