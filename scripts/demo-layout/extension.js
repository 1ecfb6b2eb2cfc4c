// Demo only, installed by scripts/demo.js beside the extension: on the first start of a browser
// profile, the Open Data Badge view moves into the secondary side bar (its default container,
// Chat's, which stays empty while AI features are off) and that side bar opens, so that the
// Explorer, the editor and the badge are in view together, each at full height. The workbench
// keeps its layout in the browser's storage, which the demo cannot write before it starts; a user
// can drag the view anywhere afterwards (View: Reset View Locations puts it back).
'use strict';
const vscode = require('vscode');

const PLACED = 'badgeViewPlaced';

exports.activate = async context => {
  if (context.globalState.get(PLACED)) { return; }
  await vscode.commands.executeCommand('vscode.moveViews', { viewIds: ['opendataBadge.badgeView'], destinationId: 'workbench.panel.chat' });
  await vscode.commands.executeCommand('workbench.action.focusAuxiliaryBar');
  await vscode.commands.executeCommand('workbench.view.explorer');
  await context.globalState.update(PLACED, true);
};
