// `npm run demo -- --screenshot FILE`: the demo's first screen as a new user's browser shows it (a
// fresh headless Chromium through playwright-core, as test/host does), once the badge view has
// drawn. Used to look at the layout the demo opens with.
'use strict';
const host = require('../test/host/code-server');

/** The title of the badge view's pane in the display language. */
const VIEW_TITLES = ['Open Data Badge', '開放資料標章'];

async function shoot(url, file, { width = 1280, height = 800, env } = {}) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: host.CHROMIUM, headless: true, env,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(url);
    try {
      // the view's name in view (a pane header, a side bar's title or its tab)
      const title = page.getByText(new RegExp(`^(${VIEW_TITLES.join('|')})$`)).filter({ visible: true });
      await title.first().waitFor({ state: 'visible', timeout: 90000 });
      await page.locator('iframe.webview.ready').first().waitFor({ state: 'attached', timeout: 60000 });
    } catch (e) {
      await page.screenshot({ path: file.replace(/(\.png)?$/, '.failed.png') });   // what was on screen instead
      throw e;
    }
    await page.waitForTimeout(3000);   // the webview's first paint and the layout settling
    await page.screenshot({ path: file });
  } finally {
    await browser.close();
  }
}

module.exports = { shoot };
