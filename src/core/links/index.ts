// Resource-link checks (資料下載網址): works (2xx) and downloads the data directly.
export type { LinkCheckOptions, LinkResult, LinkStatus } from './types';
export { LINK_DEFAULTS } from './types';
export { checkLink } from './check-link';
export { LinkChecker, type LinkCheckerOptions } from './link-checker';
export { isPrivateAddress } from './address';
export { declaredFormat, looksLikeHtml, looksLikeLoginForm, sniff } from './sniff';
export { checkResourceLinks, resourceUrls } from './resource-links';
export { checkMetadataLinks } from './metadata-links';
