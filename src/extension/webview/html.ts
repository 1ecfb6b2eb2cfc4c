// A webview's page (the badge view, the table preview): a strict CSP (a nonce for the one script,
// styles and images only from the extension), no remote content; the script (dist/webview.js,
// dist/preview.js) builds the DOM from posted state.
import * as vscode from 'vscode';

/** A page's script (in dist/) and style sheet (in media/webview/); `live`: the root announces changes. */
export interface PageAssets {
  script: string;
  style: string;
  live: boolean;
}

const BADGE_VIEW_ASSETS: PageAssets = { script: 'webview.js', style: 'panel.css', live: true };

export function viewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string, assets: PageAssets = BADGE_VIEW_ASSETS): string {
  const nonce = webviewNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', assets.script));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'webview', assets.style));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeAttr(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttr(style.toString())}">
<title>${escapeAttr(title)}</title>
</head>
<body>
<main id="root"${assets.live ? ' aria-live="polite"' : ''}></main>
<script nonce="${nonce}" src="${escapeAttr(script.toString())}"></script>
</body>
</html>`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A script nonce: 16 random bytes (Web Crypto, in node and in the browser alike), base64. */
export function webviewNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
