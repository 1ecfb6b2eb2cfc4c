// Command ids (contributed ones are in package.json; the others are used by code actions / the panel).
export const CMD = {
  predictBadge: 'opendataBadge.predictBadge',
  checkWorkspace: 'opendataBadge.checkWorkspace',
  checkFolder: 'opendataBadge.checkFolder',
  openReport: 'opendataBadge.openWorkspaceReport',
  showPanel: 'opendataBadge.showPanel',
  convertToUtf8: 'opendataBadge.convertToUtf8',
  restoreOriginal: 'opendataBadge.restoreOriginal',
  moveToMetadata: 'opendataBadge.moveRowsToMetadata',
  updateMetadata: 'opendataBadge.updateMetadata',
  revealFinding: 'opendataBadge.revealFinding',
  previewTable: 'opendataBadge.previewTable',
  createMetadata: 'opendataBadge.createMetadata',
  checkLinksNow: 'opendataBadge.checkLinksNow',
} as const;

export const VIEW_CONTAINER = 'opendataBadge';
export const BADGE_VIEW = 'opendataBadge.badgeView';
export const FIX_ALL_KIND = 'source.fixAll.opendataBadge';
