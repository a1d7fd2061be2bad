// The actor view (#/actor/ID, #/actor/ID?with=OTHER): who they are and their latest office, their engagements on a
// timeline and as cards (paged), their counterparts as a network, and their quotes (paged).
import { ACTOR_ENGAGEMENTS_QUERY, ACTOR_QUERY, ACTOR_QUOTES_QUERY, countLabel, gql } from './api.js';
import {
  STATUS_COLOURS, actorHref, byId, element, engagementHref, link, loadMore, participantsText, renderCards, when,
} from './cards.js';
import { chart } from './charts.js';

const TYPES = ['MEETING', 'CALL', 'VISIT', 'CONFERENCE'];
const PAGE = 50;
const QUOTES = 20;

export async function showActor(id, params, current) {
  const withId = params.get('with');
  const filter = withId ? { actorIds: [withId] } : null;
  const { actor } = await gql(ACTOR_QUERY, { id, filter, first: PAGE, quotes: QUOTES });
  if (!current()) return null;
  if (!actor) throw new Error(`Actor ${id} not found.`);
  byId('actor-name').textContent = actor.name;
  const aliases = actor.aliases.filter((a) => a !== actor.name);
  byId('actor-details').textContent = [actor.kind.toLowerCase(), aliases.length && `also: ${aliases.join(', ')}`]
    .filter(Boolean).join(' · ');
  renderOffice(actor);
  // the gateway's streaming export (docs/export.md), filtered as shown
  const exportFilter = [actor.id, withId].filter(Boolean).map((a) => `&actorId=${encodeURIComponent(a)}`).join('');
  for (const format of ['csv', 'jsonl']) byId(`export-${format}`).href = `export/engagements?format=${format}${exportFilter}`;
  renderWith(actor, withId);

  const engagements = [...actor.engagements.nodes];
  byId('actor-engagements-count').textContent = `(${countLabel(actor.engagements.totalCount)})`;
  renderCards(byId('engagements'), engagements, 'No engagements recorded.');
  renderTimeline(engagements, actor.engagements.totalCount);
  renderNetwork(actor);
  const total = actor.engagements.totalCount;
  loadMore(byId('engagements-more'), actor.engagements.pageInfo, async (after) => {
    const { actor: page } = await gql(ACTOR_ENGAGEMENTS_QUERY, { id, filter, first: PAGE, after });
    if (!current()) return null;
    engagements.push(...page.engagements.nodes);
    renderCards(byId('engagements'), page.engagements.nodes, '', true);
    renderTimeline(engagements, total);
    return page.engagements.pageInfo;
  });

  byId('quotes-count').textContent = `(${countLabel(actor.quotes.totalCount)})`;
  byId('quotes').replaceChildren();
  renderQuotes(actor.quotes.nodes);
  loadMore(byId('quotes-more'), actor.quotes.pageInfo, async (after) => {
    const { actor: page } = await gql(ACTOR_QUOTES_QUERY, { id, first: QUOTES, after });
    if (!current()) return null;
    renderQuotes(page.quotes.nodes);
    return page.quotes.pageInfo;
  });
  return actor;
}

function renderOffice(actor) {
  const office = byId('actor-office');
  office.replaceChildren();
  if (!actor.title && !actor.affiliation) return;
  office.append('Latest known office: ', actor.title ?? 'acts');
  if (actor.affiliation) office.append(' for ', link(actorHref(actor.affiliation.id), actor.affiliation.name));
}

function renderWith(actor, withId) {
  const note = byId('actor-with');
  note.hidden = !withId;
  if (!withId) return;
  const counterpart = actor.counterparts.find((c) => c.actor.id === withId)?.actor.name ?? `actor ${withId}`;
  note.replaceChildren(`Only those with ${counterpart} · `, link(actorHref(actor.id), 'show all'));
}

function renderQuotes(quotes) {
  const list = byId('quotes');
  for (const quote of quotes) {
    const item = element('li', null, 'quote');
    item.append(element('q', quote.text), element('small', ` ${[quote.saidOn, quote.article.title]
      .filter(Boolean).join(' · ')}`, 'note'));
    list.append(item);
  }
  if (!list.children.length) list.append(element('li', 'No quotes recorded.', 'empty'));
}

/** The engagements loaded so far on a timeline; "Load more" adds the next page to it. */
function renderTimeline(engagements, total) {
  byId('timeline-caption').textContent = engagements.length < total
    ? `Engagements over time (the latest ${engagements.length} of ${total})` : 'Engagements over time';
  const timeline = chart('timeline');
  const series = Object.keys(STATUS_COLOURS).map((statusName) => ({
    name: statusName,
    type: 'scatter',
    symbol: 'circle',
    symbolSize: 14,
    itemStyle: { color: STATUS_COLOURS[statusName] },
    data: engagements
      .filter((e) => e.status === statusName && e.date.start)
      .map((e) => ({ value: [e.date.start, e.type], engagement: e })),
  }));
  timeline.setOption({
    grid: { left: 100, right: 20, top: 40, bottom: 40 },
    legend: { top: 0 },
    tooltip: {
      formatter: ({ data }) => {
        const e = data.engagement;
        return echarts.format.encodeHTML(`${e.type} · ${e.status} · ${when(e.date)}${e.location ? ` · ${e.location}` : ''}`)
          + '<br>' + echarts.format.encodeHTML(participantsText(e));
      },
    },
    xAxis: { type: 'time', minInterval: 24 * 3600 * 1000 },
    yAxis: { type: 'category', data: TYPES },
    series,
  }, true);
  timeline.off('click');
  timeline.on('click', ({ data }) => {
    if (data?.engagement) location.hash = engagementHref(data.engagement.id);
  });
}

function renderNetwork(actor) {
  const network = chart('network');
  const max = Math.max(1, ...actor.counterparts.map((c) => c.engagementCount));
  const nodes = [{ id: actor.id, name: actor.name, symbolSize: 46, itemStyle: { color: '#1d2330' } }]
    .concat(actor.counterparts.map((c) => ({
      id: c.actor.id,
      name: c.actor.name,
      value: c.engagementCount,
      lastDate: c.lastDate,
      symbolSize: 16 + 24 * (c.engagementCount / max),
      itemStyle: { color: c.actor.kind === 'PERSON' ? '#2f5aa8' : '#3b9a6d' },
    })));
  const links = actor.counterparts.map((c) => ({
    source: actor.id, target: c.actor.id, value: c.engagementCount,
    lineStyle: { width: 1 + 5 * (c.engagementCount / max) },
  }));
  network.setOption({
    tooltip: {
      formatter: ({ dataType, data }) => (dataType === 'node' && data.value
        ? echarts.format.encodeHTML(`${data.name}: ${data.value} engagement(s), last ${data.lastDate ?? 'undated'}`)
        : echarts.format.encodeHTML(data.name ?? '')),
    },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      label: { show: true, position: 'right' },
      force: { repulsion: 220, edgeLength: [60, 140] },
      data: nodes, links,
    }],
  }, true);
  network.off('click');
  network.on('click', ({ dataType, data }) => {
    if (dataType === 'node' && data.id !== actor.id) location.hash = actorHref(data.id);
  });
}
