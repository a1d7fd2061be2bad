// Parley explorer: search an actor, see their engagements on a timeline and their counterparts as a network
// (Apache ECharts), and read each engagement's evidence sentence inside its article. Talks only to /graphql.
'use strict';

const TYPES = ['MEETING', 'CALL', 'VISIT', 'CONFERENCE'];
const STATUS_COLOURS = { OCCURRED: '#2f5aa8', PLANNED: '#e08a1e', PROPOSED: '#8a5cc2', CANCELLED: '#9aa1ad' };

const SEARCH_QUERY = `query Search($name: String!) {
  actors(filter: { name: $name }, first: 20) { totalCount nodes { id name kind title } }
}`;

const ACTOR_QUERY = `query Actor($id: ID!) {
  actor(id: $id) {
    id name kind title aliases affiliation { id name }
    engagements(first: 50) {
      totalCount
      nodes {
        id type status location articleCount
        date { start end precision text }
        participants { role actor { id name } }
        evidence { sentence start end article { id title } }
        coding { cameo ploverEvent ploverMode }
      }
    }
    counterparts(first: 25) { engagementCount lastDate actor { id name kind } }
  }
}`;

const ARTICLE_QUERY = `query Article($id: ID!) {
  article(id: $id) { id title source url publishedOn text }
}`;

const byId = (id) => document.getElementById(id);
let timeline;
let network;

async function gql(query, variables) {
  const response = await fetch('graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors && body.errors.length) {
    const codes = body.errors.map((e) => `${e.message}${e.extensions?.code ? ` (${e.extensions.code})` : ''}`);
    throw new Error(codes.join('; '));
  }
  return body.data;
}

function status(message) {
  byId('status').textContent = message || '';
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function search(name) {
  status('Searching…');
  const results = byId('results');
  results.replaceChildren();
  try {
    const data = await gql(SEARCH_QUERY, { name });
    const actors = data.actors.nodes;
    status(actors.length ? '' : `No actor matches “${name}”.`);
    for (const actor of actors) {
      const chip = element('button', actor.name, 'actor-chip');
      chip.dataset.actorId = actor.id;
      chip.append(element('small', [actor.kind.toLowerCase(), actor.title].filter(Boolean).join(', ')));
      chip.addEventListener('click', () => loadActor(actor.id));
      results.append(chip);
    }
    if (actors.length === 1) await loadActor(actors[0].id);
    return actors;
  } catch (error) {
    status(error.message);
    return [];
  }
}

async function loadActor(id) {
  status('Loading…');
  try {
    const { actor } = await gql(ACTOR_QUERY, { id });
    if (!actor) {
      status(`Actor ${id} not found.`);
      return null;
    }
    byId('actor').hidden = false;
    byId('actor-name').textContent = actor.name;
    const details = [actor.kind.toLowerCase(), actor.title, actor.affiliation && `for ${actor.affiliation.name}`,
      `${actor.engagements.totalCount} engagement(s)`, actor.aliases.length > 1 && `also: ${actor.aliases.filter((a) => a !== actor.name).join(', ')}`];
    byId('actor-details').textContent = details.filter(Boolean).join(' · ');
    // the gateway's streaming export (docs/export.md), filtered to this actor
    for (const format of ['csv', 'jsonl']) {
      byId(`export-${format}`).href = `export/engagements?format=${format}&actorId=${encodeURIComponent(actor.id)}`;
    }
    renderTimeline(actor.engagements.nodes);
    renderNetwork(actor);
    renderEngagements(actor.engagements.nodes);
    status('');
    return actor;
  } catch (error) {
    status(error.message);
    return null;
  }
}

function participantsOf(engagement) {
  return engagement.participants.map((p) => p.actor.name + (p.role ? ` (${p.role.toLowerCase()})` : '')).join(', ');
}

function renderTimeline(engagements) {
  timeline ??= echarts.init(byId('timeline'));
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
        const when = e.date.end && e.date.end !== e.date.start ? `${e.date.start} – ${e.date.end}` : e.date.start;
        return echarts.format.encodeHTML(`${e.type} · ${e.status} · ${when}${e.location ? ` · ${e.location}` : ''}`)
          + '<br>' + echarts.format.encodeHTML(participantsOf(e));
      },
    },
    xAxis: { type: 'time', minInterval: 24 * 3600 * 1000 },
    yAxis: { type: 'category', data: TYPES },
    series,
  }, true);
  timeline.off('click');
  timeline.on('click', ({ data }) => {
    const evidence = data?.engagement?.evidence?.[0];
    if (evidence) showEvidence(evidence, data.engagement);
  });
}

function renderNetwork(actor) {
  network ??= echarts.init(byId('network'));
  const max = Math.max(1, ...actor.counterparts.map((c) => c.engagementCount));
  const nodes = [{ id: actor.id, name: actor.name, symbolSize: 46, itemStyle: { color: '#1d2330' }, fixed: false }]
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
    if (dataType === 'node' && data.id !== actor.id) loadActor(data.id);
  });
}

function renderEngagements(engagements) {
  const list = byId('engagements');
  list.replaceChildren();
  for (const e of engagements) {
    const card = element('article', null, 'engagement');
    card.dataset.engagementId = e.id;
    const when = e.date.start ? (e.date.end && e.date.end !== e.date.start ? `${e.date.start} – ${e.date.end}` : e.date.start)
      : (e.date.text || 'undated');
    card.append(element('h4', [e.type, e.status, when, e.location].filter(Boolean).join(' · ')));
    card.append(element('div', participantsOf(e)));
    const coding = e.coding;
    card.append(element('small', `CAMEO ${coding.cameo} · PLOVER ${coding.ploverEvent}`
      + (coding.ploverMode ? ` (${coding.ploverMode})` : ''), 'coding'));
    for (const evidence of e.evidence) {
      const sentence = element('a', `“${evidence.sentence}”`, 'sentence');
      sentence.tabIndex = 0;
      sentence.addEventListener('click', () => showEvidence(evidence, e));
      card.append(sentence);
    }
    list.append(card);
  }
}

async function showEvidence(evidence, engagement) {
  const panel = byId('evidence');
  panel.hidden = false;
  byId('evidence-title').textContent = evidence.article.title || 'Untitled article';
  byId('evidence-meta').textContent = `${engagement.type} · ${engagement.status} · ${participantsOf(engagement)}`;
  const text = byId('evidence-text');
  text.textContent = 'Loading article…';
  try {
    const { article } = await gql(ARTICLE_QUERY, { id: evidence.article.id });
    byId('evidence-meta').textContent = [article.source, article.publishedOn, byId('evidence-meta').textContent]
      .filter(Boolean).join(' · ');
    let start = evidence.start;
    let end = evidence.end;
    if (article.text.slice(start, end) !== evidence.sentence) {
      start = article.text.indexOf(evidence.sentence);
      end = start < 0 ? -1 : start + evidence.sentence.length;
    }
    if (start < 0) {
      text.replaceChildren(element('mark', evidence.sentence), element('p', article.text));
    } else {
      const mark = element('mark', article.text.slice(start, end));
      text.replaceChildren(article.text.slice(0, start), mark, article.text.slice(end));
      mark.scrollIntoView({ block: 'center' });
    }
  } catch (error) {
    text.textContent = error.message;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  byId('search').addEventListener('submit', (event) => {
    event.preventDefault();
    search(byId('search-name').value.trim());
  });
  byId('evidence-close').addEventListener('click', () => { byId('evidence').hidden = true; });
  window.addEventListener('resize', () => { timeline?.resize(); network?.resize(); });
  const params = new URLSearchParams(location.search);
  if (params.get('actor')) loadActor(params.get('actor'));
  else if (params.get('q')) { byId('search-name').value = params.get('q'); search(params.get('q')); }
});

window.parleyExplorer = { search, loadActor, showEvidence };
