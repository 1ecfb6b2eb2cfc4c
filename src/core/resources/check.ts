// One resource file that is not a data file by its name (.xlsx, .pdf…), for both adapters: a
// spreadsheet, document or archive by its bytes is listed, not checked; text is checked as the
// text it is, and says so.
import { extname } from 'node:path';
import { binaryKindOf, MAGIC_HEAD_BYTES } from '../encoding/magic';
import { checkBytesOrApi, type EngineOptions } from '../engine';
import { msg } from '../messages';
import type { ResolvedMetadata } from '../metadata/model';
import type { FileReport } from '../types';
import { checkedAsText, uncheckedResource } from './report';
import { sniffResource, type ByteReader } from './sniff';

export async function checkResourceFile(
  path: string, file: ByteReader, allBytes: () => Promise<Uint8Array>, metadata: ResolvedMetadata | null, options: EngineOptions,
): Promise<FileReport> {
  const type = await sniffResource(file);
  if (type) {
    return uncheckedResource(path, type, binaryKindOf(await file.read(0, MAGIC_HEAD_BYTES)) ?? msg('binary file').template, metadata);
  }
  const report = await checkBytesOrApi({ path, bytes: await allBytes(), metadata }, options);
  return report.encoding.name === 'binary' ? report : checkedAsText(report, extname(path).toLowerCase());
}
