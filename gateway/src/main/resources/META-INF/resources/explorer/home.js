// The home view (#/?type=&status=&from=&to=&country=&actor=): the latest engagements matching the filters,
// paged with the contract's keyset cursors, a timeline of how many match per month or year, and the most active
// actors and pairs among the latest matching engagements. Never loads more than one page of engagements at a time.
import { ACTOR_NAME_QUERY, LATEST_QUERY, PARTIES_QUERY, SEARCH_QUERY, countLabel, countsPerPeriod, gql } from './api.js';
import { STATUS_COLOURS, actorHref, busy, byId, element, link, loadMore, renderCards } from './cards.js';
import { chart } from './charts.js';

const PAGE = 20;
const SAMPLE = 100; // the gateway's largest page: the latest matching engagements the rankings are counted over
const TOP = 8;
const MAX_MONTHS = 36; // a longer period is shown per year
const MAX_YEARS = 30; // older years are one "earlier" bar

/** The EngagementFilter that the home URL's parameters describe. */
export function filterOf(params) {
  const filter = {};
  if (params.get('type')) filter.types = [params.get('type')];
  if (params.get('status')) filter.statuses = [params.get('status')];
  if (params.get('from')) filter.from = params.get('from');
  if (params.get('to')) filter.to = params.get('to');
  const actorIds = [params.get('country'), params.get('actor')].filter(Boolean);
  if (actorIds.length) filter.actorIds = actorIds;
  return filter;
}

export async function showHome(params, current) {
  const filter = filterOf(params);
  await fillForm(params);
  const [{ engagements }, parties] = await Promise.all([
    busy(byId('latest'), () => gql(LATEST_QUERY, { filter, first: PAGE })),
    busy(byId('top-actors'), () => gql(PARTIES_QUERY, { filter, first: SAMPLE })),
  ]);
  if (!current()) return;
  byId('latest-count').textContent = `(${countLabel(engagements.totalCount)} matching)`;
  renderCards(byId('latest'), engagements.nodes, 'No engagements match these filters.');
  loadMore(byId('latest-more'), engagements.pageInfo, async (after) => {
    const { engagements: page } = await gql(LATEST_QUERY, { filter, first: PAGE, after });
    if (!current()) return null;
    renderCards(byId('latest'), page.nodes, '', true);
    return page.pageInfo;
  });
  renderRankings(parties.engagements.nodes, engagements.totalCount, params);
  await busy(byId('home-timeline'), () => renderTimeline(filter, engagements.nodes, params, current));
}

// ---- filters ----

const form = () => byId('filters');

async function fillForm(params) {
  for (const name of ['type', 'status', 'from', 'to']) form().elements[name].value = params.get(name) ?? '';
  await Promise.all(['country', 'actor'].map(async (name) => {
    const input = form().elements[name];
    const id = params.get(name);
    input.dataset.id = id ?? '';
    input.value = id ? (await gql(ACTOR_NAME_QUERY, { id })).actor?.name ?? `#${id}` : '';
  }));
}

function hrefOf(values) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `#/?${query}` : '#/';
}

function formHref(overrides = {}) {
  const values = {};
  for (const name of ['type', 'status', 'from', 'to']) values[name] = form().elements[name].value;
  for (const name of ['country', 'actor']) values[name] = form().elements[name].dataset.id;
  return hrefOf({ ...values, ...overrides });
}

/** Type-ahead for an actor input: options from the actor search; a change resolves the name to an id. */
function actorPicker(name, kinds) {
  const input = form().elements[name];
  const options = byId(input.getAttribute('list'));
  const search = (text, first) => gql(SEARCH_QUERY, { name: text, kinds, first }).then((d) => d.actors.nodes);
  let pending;
  input.addEventListener('input', () => {
    clearTimeout(pending);
    const text = input.value.trim();
    if (text.length < 2) return;
    pending = setTimeout(() => search(text, 10).then((actors) => options.replaceChildren(...actors.map(
      (a) => Object.assign(element('option', a.title ?? a.kind.toLowerCase()), { value: a.name })))).catch(() => {}), 250);
  });
  input.addEventListener('change', async () => {
    const text = input.value.trim();
    let id = '';
    if (text) {
      try {
        const actors = await search(text, 10);
        const chosen = actors.find((a) => a.name.toLowerCase() === text.toLowerCase()) ?? actors[0];
        if (!chosen) throw new Error(`No ${name} matches “${text}”.`);
        id = chosen.id;
      } catch (error) {
        byId('status').textContent = error.message;
        return;
      }
    }
    input.dataset.id = id;
    location.hash = formHref();
  });
}

export function initHome() {
  form().addEventListener('submit', (event) => event.preventDefault());
  for (const name of ['type', 'status', 'from', 'to']) {
    form().elements[name].addEventListener('change', () => { location.hash = formHref(); });
  }
  actorPicker('country', ['COUNTRY']);
  actorPicker('actor', null);
}

// ---- most active actors and pairs ----

function renderRankings(sample, total, params) {
  const actors = new Map();
  const pairs = new Map();
  for (const e of sample) {
    const parties = e.participants.map((p) => p.actor);
    for (const actor of parties) tally(actors, actor.id, () => ({ actor }));
    parties.forEach((a, i) => parties.slice(i + 1).forEach((b) => {
      const [first, second] = Number(a.id) < Number(b.id) ? [a, b] : [b, a];
      tally(pairs, `${first.id}-${second.id}`, () => ({ first, second }));
    }));
  }
  const top = (tallies) => [...tallies.values()].sort((x, y) => y.count - x.count).slice(0, TOP);
  fillRanking(byId('top-actors'), top(actors), ({ actor }) => link(actorHref(actor.id), actor.name));
  fillRanking(byId('top-pairs'), top(pairs), ({ first, second }) =>
    link(`${actorHref(first.id)}?with=${encodeURIComponent(second.id)}`, `${first.name} – ${second.name}`));
  const period = params.get('from') || params.get('to') ? 'the selected period' : 'all dates';
  byId('ranking-basis').textContent = sample.length < total
    ? `Counted over the latest ${sample.length} of ${total} matching engagements (${period}).`
    : `Counted over all ${total} matching engagements (${period}).`;
}

function tally(tallies, key, create) {
  const entry = tallies.get(key) ?? { ...create(), count: 0 };
  entry.count += 1;
  tallies.set(key, entry);
}

function fillRanking(list, entries, label) {
  list.replaceChildren(...entries.map((entry) => {
    const item = element('li');
    item.append(label(entry), element('span', ` ${entry.count}`, 'count'));
    return item;
  }));
  if (!entries.length) list.append(element('li', 'None', 'empty'));
}

// ---- timeline: one count per month or year, all in one request ----

const iso = (year, month, day) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lastDay = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function months(fromYear, fromMonth, toYear, toMonth) {
  const periods = [];
  for (let y = fromYear, m = fromMonth; y < toYear || (y === toYear && m <= toMonth); m === 12 ? (y++, m = 1) : m++) {
    periods.push({ label: iso(y, m, 1).slice(0, 7), from: iso(y, m, 1), to: iso(y, m, lastDay(y, m)) });
  }
  return periods;
}

function years(fromYear, toYear) {
  const periods = [];
  const first = Math.max(fromYear, toYear - MAX_YEARS + 1);
  if (first > fromYear) periods.push({ label: `before ${first}`, to: iso(first - 1, 12, 31) });
  for (let y = first; y <= toYear; y++) periods.push({ label: String(y), from: iso(y, 1, 1), to: iso(y, 12, 31) });
  return periods;
}

/** The periods with their dates clipped to the filter's. */
function clip(periods, filter) {
  return periods.map((p) => ({
    ...p,
    from: filter.from && (!p.from || p.from < filter.from) ? filter.from : p.from,
    to: filter.to && p.to > filter.to ? filter.to : p.to,
  }));
}

async function renderTimeline(filter, latest, params, current) {
  const dated = latest.filter((e) => e.date.start);
  const end = filter.to ?? dated.map((e) => e.date.end ?? e.date.start).sort().at(-1);
  if (!end) {
    chart('home-timeline').clear();
    byId('home-timeline-caption').textContent = `Engagements over time: ${latest.length ? 'none dated' : 'none match'}`;
    return;
  }
  const [endYear, endMonth] = end.split('-').map(Number);
  const draw = (periods, counts) => current() && drawBars(periods, counts, params);
  if (filter.from) {
    const [fromYear, fromMonth] = filter.from.split('-').map(Number);
    const periods = clip((endYear - fromYear) * 12 + endMonth - fromMonth < MAX_MONTHS
      ? months(fromYear, fromMonth, endYear, endMonth) : years(fromYear, endYear), filter);
    draw(periods, await countsPerPeriod(filter, periods));
    return;
  }
  // per year first (the oldest as "before …"), drawn at once; a span of under three years is then counted per month
  const yearly = clip(years(endYear - MAX_YEARS, endYear), filter);
  const counts = await countsPerPeriod(filter, yearly);
  const first = Math.max(0, counts.findIndex((n) => n > 0));
  draw(yearly.slice(first), counts.slice(first));
  const firstYear = Number(yearly[first].label);
  if (current() && endYear - firstYear < MAX_MONTHS / 12) {
    const monthly = clip(months(firstYear, 1, endYear, endMonth), filter);
    draw(monthly, await countsPerPeriod(filter, monthly));
  }
}

function drawBars(periods, counts, params) {
  const perMonth = periods.some((p) => p.label.length === 7);
  byId('home-timeline-caption').textContent =
    `Engagements per ${perMonth ? 'month' : 'year'} (click a bar to narrow the dates)`;
  const timeline = chart('home-timeline');
  timeline.setOption({
    grid: { left: 50, right: 16, top: 16, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: periods.map((p) => p.label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{
      type: 'bar', name: 'engagements', data: counts,
      itemStyle: { color: STATUS_COLOURS[params.get('status')] ?? '#2f5aa8' },
    }],
  }, true);
  timeline.off('click');
  timeline.on('click', ({ dataIndex }) => {
    const period = periods[dataIndex];
    location.hash = formHref({ from: period.from ?? '', to: period.to });
  });
  byId('home-timeline').dataset.bars = counts.join(',');
}
