// Drives the explorer like an analyst over the record of RecordSubgraphs (240 engagements, 2021-01-04 to
// 2022-12-22): the home page with its filters, timeline and rankings, an actor, a pair, an engagement's evidence, the
// actor search; the Back button between them; the keyboard. Saves a screenshot of each view in <screenshot dir>.
//   node explorer.mjs <gateway base URL> <screenshot dir>
// Exit 0 when every check passed; otherwise prints the failed checks and exits 1.
import { chromium } from 'playwright-core';

const [base, shots] = process.argv.slice(2);
const STATUS_COLOURS = { OCCURRED: 'rgb(47, 90, 168)', PLANNED: 'rgb(224, 138, 30)', PROPOSED: 'rgb(138, 92, 194)',
  CANCELLED: 'rgb(154, 161, 173)' };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };
const equal = (actual, expected, what) => check(JSON.stringify(actual) === JSON.stringify(expected),
  `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // the view for the current URL has finished loading (the page marks it when done)
  const rendered = () => page.waitForFunction(
    () => document.documentElement.dataset.rendered === (location.hash || '#/'), null, { timeout: 20000 });
  const text = (selector) => page.textContent(selector);
  const texts = (selector) => page.locator(selector).allTextContents();
  const cardHeadings = () => texts('#latest .engagement h4');
  const shoot = async (name) => {
    await page.waitForTimeout(800); // let chart animations and the force layout settle for the picture
    await page.screenshot({ path: `${shots}/${name}.png` });
  };

  // ---- home: the record itself ----
  await page.goto(`${base}/`);
  await rendered();
  equal(await page.locator('#latest .engagement').count(), 20, 'home lists the first page of engagements');
  equal(await text('#latest-count'), '(240 matching)', 'home says how many match');
  const first = page.locator('#latest .engagement').first();
  equal(await first.getAttribute('data-engagement-id'), '240', 'newest engagement first');
  check((await first.textContent()).includes('Anna Berg, Boris Kolar'), 'a card names its actors');
  const colours = await page.locator('#latest .engagement').evaluateAll((cards) => cards.map(
    (c) => [c.dataset.status, getComputedStyle(c).borderLeftColor]));
  check(colours.every(([s, colour]) => STATUS_COLOURS[s] === colour), `cards in status colours: ${colours}`);
  check(new Set(colours.map(([s]) => s)).size >= 3, 'the first page shows several statuses');
  check(await page.locator('#home-timeline canvas').count() === 1, 'home timeline drawn by ECharts');
  const bars = (await page.getAttribute('#home-timeline', 'data-bars')).split(',').map(Number);
  equal(bars.length, 24, 'timeline: one bar per month of 2021-2022');
  equal(bars.reduce((a, b) => a + b, 0), 240, 'timeline counts every engagement');
  equal((await texts('#top-actors li a'))[0], 'Anna Berg', 'most active actor');
  equal((await texts('#top-pairs li a'))[0], 'Anna Berg – Boris Kolar', 'most active pair');
  check((await text('#ranking-basis')).includes('latest 100 of 240'), 'rankings say what they count');
  await shoot('home');

  await page.click('#latest-more');
  await page.waitForFunction(() => document.querySelectorAll('#latest .engagement').length === 40);
  equal(await page.locator('#latest .engagement').last().getAttribute('data-engagement-id'), '201',
    'Load more continues after the first page');

  // ---- filters change the results, and each is in the URL ----
  await page.getByLabel('Type', { exact: true }).selectOption('VISIT');
  await rendered();
  check(page.url().endsWith('#/?type=VISIT'), `type filter in the URL: ${page.url()}`);
  equal(await text('#latest-count'), '(60 matching)', 'type filter: visits only');
  check((await cardHeadings()).every((h) => h.includes('VISIT')), 'every card is a visit');

  await page.getByLabel('Status', { exact: true }).selectOption('CANCELLED');
  await rendered();
  equal(await text('#latest-count'), '(12 matching)', 'type and status filters together');
  check((await cardHeadings()).every((h) => h.startsWith('CANCELLED VISIT')), 'every card is a cancelled visit');
  equal(await page.locator('#latest-more').isHidden(), true, 'no Load more when everything is shown');

  await page.goto(`${base}/#/`);
  await rendered();
  await page.getByLabel('From', { exact: true }).fill('2022-01-01');
  await rendered();
  await page.getByLabel('To', { exact: true }).fill('2022-03-31');
  await rendered();
  check(page.url().includes('from=2022-01-01&to=2022-03-31'), `date range in the URL: ${page.url()}`);
  equal(await text('#latest-count'), '(30 matching)', 'date range filter');
  const dates = (await cardHeadings()).map((h) => h.match(/\d{4}-\d\d-\d\d/)[0]);
  check(dates.every((d) => d >= '2022-01-01' && d <= '2022-03-31'), `cards inside the range: ${dates}`);
  equal((await page.getAttribute('#home-timeline', 'data-bars')).split(',').map(Number), [10, 10, 10],
    'timeline per month of the range');
  check((await text('#ranking-basis')).includes('all 30') && (await text('#ranking-basis')).includes('selected period'),
    'rankings of the selected period');

  await page.goto(`${base}/#/`);
  await rendered();
  await page.getByLabel('Country', { exact: true }).fill('Freedonia');
  await page.getByLabel('Country', { exact: true }).press('Tab');
  await page.waitForURL(/country=2/);
  await rendered();
  equal(await text('#latest-count'), '(30 matching)', 'country filter: engagements Freedonia takes part in');
  check((await texts('#latest .engagement .parties')).every((p) => p.includes('Freedonia')), 'every card has Freedonia');

  await page.getByLabel('Actor', { exact: true }).fill('Carla Diaz');
  await page.getByLabel('Actor', { exact: true }).press('Tab');
  await page.waitForURL(/actor=13/);
  await rendered();
  equal(await text('#latest-count'), '(0 matching)', 'country and actor together: none');
  equal(await text('#latest .empty'), 'No engagements match these filters.', 'empty state');
  equal(await texts('#top-actors li'), ['None'], 'empty rankings');
  equal(await text('#home-timeline-caption'), 'Engagements over time: none match', 'empty timeline');
  await shoot('home-empty');

  // ---- Back restores the previous results and the form ----
  await page.goBack();
  await rendered();
  equal(await text('#latest-count'), '(30 matching)', 'Back: country filter alone again');
  equal(await page.getByLabel('Actor', { exact: true }).inputValue(), '', 'Back: the actor field is empty again');
  equal(await page.getByLabel('Country', { exact: true }).inputValue(), 'Freedonia', 'Back: the country field keeps its name');
  await page.goBack();
  await rendered();
  equal(await text('#latest-count'), '(240 matching)', 'Back: no filter');

  // ---- an actor, from the rankings ----
  await page.locator('#top-actors li a').first().click();
  await rendered();
  check(page.url().endsWith('#/actor/11'), `actor URL: ${page.url()}`);
  equal(await text('#actor-name'), 'Anna Berg', 'the chosen actor is shown');
  equal(await text('#actor-office'), 'Latest known office: Foreign Minister for Ruritania', 'office shown');
  check(await page.locator('#timeline canvas').count() === 1, 'actor timeline drawn by ECharts');
  check(await page.locator('#network canvas').count() === 1, 'network drawn by ECharts');
  equal(await page.locator('#engagements .engagement').count(), 50, 'one card per engagement of the first page');
  equal(await text('#timeline-caption'), 'Engagements over time (the latest 50 of 150)', 'actor timeline says what it shows');
  equal(await text('#quotes-count'), '(30)', 'quote count');
  equal(await page.locator('#quotes .quote').count(), 20, 'first page of quotes');
  equal(await page.locator('#quotes .quote q').first().textContent(), 'We will keep talking, round 30', 'newest quote first');
  await shoot('actor');
  await page.click('#quotes-more');
  await page.waitForFunction(() => document.querySelectorAll('#quotes .quote').length === 30);
  equal(await page.locator('#quotes-more').isHidden(), true, 'all quotes loaded');
  check((await page.getAttribute('#export-csv', 'href')).endsWith('format=csv&actorId=11'), 'CSV export link');
  await page.click('#engagements-more');
  await page.waitForFunction(() => document.querySelectorAll('#engagements .engagement').length === 100);
  equal(await text('#timeline-caption'), 'Engagements over time (the latest 100 of 150)', 'Load more adds to the timeline');

  // ---- a pair, from the rankings ----
  await page.goBack();
  await rendered();
  await page.locator('#top-pairs li a').first().click();
  await rendered();
  check(page.url().endsWith('#/actor/11?with=12'), `pair URL: ${page.url()}`);
  equal(await text('#actor-engagements-count'), '(90)', 'the pair\'s engagements only');
  check((await texts('#engagements .engagement .parties')).every((p) => p.includes('Boris Kolar')),
    'every card of the pair has both');

  // ---- an engagement's evidence, by keyboard from a focused card ----
  await page.goto(`${base}/#/?type=CALL`);
  await rendered();
  const card = page.locator('#latest .engagement').first();
  const id = await card.getAttribute('data-engagement-id');
  await card.focus();
  await page.keyboard.press('Enter');
  await rendered();
  check(page.url().endsWith(`#/engagement/${id}`), `engagement URL: ${page.url()}`);
  equal(await text('#evidence-list mark'), 'Anna Berg and Boris Kolar held a call in Oslo on 2022-12-13.',
    'evidence sentence highlighted in its article');
  equal(await text('#evidence-list h3'), 'Report 237', 'evidence article title shown');
  equal(await texts('#engagement-parties a'), ['Anna Berg', 'Boris Kolar', 'Freedonia'], 'its actors, linked');
  await shoot('engagement');
  await page.locator('#engagement-parties a', { hasText: 'Boris Kolar' }).click();
  await rendered();
  equal(await text('#actor-name'), 'Boris Kolar', 'from the evidence to an actor');
  await page.goBack();
  await rendered();
  await page.goBack();
  await rendered();
  check(page.url().endsWith('#/?type=CALL'), `Back twice: the filtered home again: ${page.url()}`);
  equal(await page.getByLabel('Type', { exact: true }).inputValue(), 'CALL', 'Back: the type filter is set again');

  // ---- the actor search ----
  await page.fill('#search-name', 'a');
  await page.press('#search-name', 'Enter');
  await rendered();
  check(page.url().endsWith('#/search?q=a'), `search URL: ${page.url()}`);
  check(await page.locator('#results li').count() >= 5, 'search lists actors');
  await shoot('search');
  await page.fill('#search-name', 'Kolar');
  await page.press('#search-name', 'Enter');
  await page.waitForURL(/#\/actor\/12$/);
  await rendered();
  equal(await text('#actor-name'), 'Boris Kolar', 'a single match opens the actor');
  await page.goBack();
  await rendered();
  check(page.url().endsWith('#/search?q=a'), `Back skips the one-match search: ${page.url()}`);

  // ---- a shared link opens the same view ----
  const fresh = await browser.newPage();
  await fresh.goto(`${base}/#/?status=PLANNED&type=MEETING`);
  await fresh.waitForFunction(() => document.documentElement.dataset.rendered === location.hash);
  check((await fresh.locator('#latest .engagement h4').allTextContents()).every((h) => h.startsWith('PLANNED MEETING')),
    'a shared filtered URL shows the same results');
  await fresh.close();

  check(pageErrors.length === 0, `no script errors: ${pageErrors.join('; ')}`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`Explorer checks failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Explorer checks passed; screenshots in ${shots}`);
