// The metadata module's public face: resolution (three sources), field lists, and the sidecar
// fixes the editor and the CLI apply.
export type {
  MetadataField, MetadataFieldItem, MetadataFs, MetadataKind, MetadataSource, MetadataValue, ResolvedMetadata,
} from './model';
export { METADATA_FIELDS, PER_RESOURCE_FIELDS } from './model';
export { MetadataResolver, resolveMetadata, isMetadataPath, type ResolveOptions, type ResolverOptions } from './resolver';
export { isCatalogueText } from './catalogue-detect';
export { parseFieldList, compareFields, normaliseFieldName, detectFieldSeparator, type FieldListItem } from './field-list';
export {
  updateMetadataFields, updateMetadataEncoding, appendMetadataNote, createSidecar, platformEncodingName,
} from '../fixes/metadata-update';
export { describeDataset, fieldListOf, taiwanTime, PLATFORM_FREQUENCIES, type DescribeInput, type Described } from './describe';
