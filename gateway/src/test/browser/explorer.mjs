// Drives the explorer page like an analyst: search an actor, open them, check the timeline and the network are
// drawn, open an evidence sentence and check it is highlighted in its article. Saves a screenshot.
//   node explorer.mjs <gateway base URL> <screenshot path>
// Exit 0 when every check passed; otherwise prints the failed check and exits 1.
import { chromium } from 'playwright-core';

const [base, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${base}/`);
  await page.fill('#search-name', 'Actor');
  await page.click('#search button');
  await page.waitForSelector('.actor-chip', { timeout: 15000 });
  check(await page.locator('.actor-chip').count() >= 1, 'search lists actors');
  await page.locator('.actor-chip').first().click();
  await page.waitForSelector('#actor:not([hidden]) .engagement', { timeout: 15000 });
  check((await page.textContent('#actor-name')) === 'Actor 1', 'the chosen actor is shown');
  check(await page.locator('#timeline canvas').count() === 1, 'timeline drawn by ECharts');
  check(await page.locator('#network canvas').count() === 1, 'network drawn by ECharts');
  check(await page.locator('.engagement').count() === 50, 'one card per engagement of the first page');
  await page.waitForTimeout(1500); // let the force layout settle for the picture
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-actor.png'), fullPage: false });
  await page.locator('.engagement .sentence').first().click();
  await page.waitForSelector('#evidence:not([hidden]) #evidence-text mark', { timeout: 15000 });
  const marked = await page.textContent('#evidence-text mark');
  check(marked === 'Actor 1 called Actor 2 on Tuesday.', `evidence sentence highlighted (got "${marked}")`);
  check((await page.textContent('#evidence-title')) === 'Title of a0', 'evidence article title shown');
  await page.screenshot({ path: screenshot, fullPage: false });
  check(pageErrors.length === 0, `no script errors: ${pageErrors.join('; ')}`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`Explorer checks failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Explorer checks passed; screenshot ${screenshot}`);
