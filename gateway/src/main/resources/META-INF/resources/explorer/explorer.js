// Parley explorer: every view has its own URL in the fragment, so views can be shared and Back works:
//   #/?type=&status=&from=&to=&country=&actor=   home: the latest engagements, timeline, most active actors/pairs
//   #/search?q=NAME                               actors whose names match
//   #/actor/ID[?with=OTHER]                        an actor: timeline, network, engagements, quotes
//   #/engagement/ID                                an engagement and its evidence in the articles
// Talks only to /graphql (api.js), with the queries of the client contract.
import { SEARCH_QUERY, countLabel, gql } from './api.js';
import { showActor } from './actor.js';
import { actorHref, byId, element, link } from './cards.js';
import { showEngagement } from './engagement.js';
import { initHome, showHome } from './home.js';

const VIEWS = ['home', 'search-view', 'actor', 'engagement'];
let generation = 0;
let shownView;

function status(message) {
  byId('status').textContent = message || '';
}

/** The route of a fragment such as "#/actor/12?with=3": the view, its id and its parameters. */
function routeOf(hash) {
  const [path, query] = hash.replace(/^#/, '').split('?');
  const [, view, id] = path.split('/');
  return { view: view || 'home', id: id && decodeURIComponent(id), params: new URLSearchParams(query ?? '') };
}

async function showSearch(params, current) {
  const name = params.get('q') ?? '';
  byId('search-name').value = name;
  const { actors } = await gql(SEARCH_QUERY, { name, first: 20 });
  if (!current()) return;
  if (actors.nodes.length === 1) {
    location.replace(actorHref(actors.nodes[0].id));
    return;
  }
  byId('search-title').textContent = actors.totalCount
    ? `Actors matching “${name}” (${countLabel(actors.totalCount)})` : `No actor matches “${name}”.`;
  byId('results').replaceChildren(...actors.nodes.map((actor) => {
    const item = element('li');
    item.append(link(actorHref(actor.id), actor.name, 'actor-chip'),
      element('small', [actor.kind.toLowerCase(), actor.title].filter(Boolean).join(', ')));
    return item;
  }));
}

async function render() {
  const mine = ++generation;
  const current = () => mine === generation;
  const route = routeOf(location.hash);
  const sectionId = { home: 'home', search: 'search-view', actor: 'actor', engagement: 'engagement' }[route.view] ?? 'home';
  for (const view of VIEWS) byId(view).hidden = view !== sectionId;
  const section = byId(sectionId);
  section.setAttribute('aria-busy', 'true');
  delete document.documentElement.dataset.rendered;
  status('Loading…');
  try {
    if (route.view === 'actor') await showActor(route.id, route.params, current);
    else if (route.view === 'engagement') await showEngagement(route.id, current);
    else if (route.view === 'search') await showSearch(route.params, current);
    else await showHome(route.params, current);
    if (current()) status('');
  } catch (error) {
    if (current()) status(error.message);
  } finally {
    if (current()) {
      section.removeAttribute('aria-busy');
      document.documentElement.dataset.rendered = location.hash || '#/';
      // a new view takes the focus to its heading, so keyboard and screen reader users start there
      if (shownView !== sectionId && shownView !== undefined) {
        const heading = section.querySelector('h2');
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
      shownView = sectionId;
    }
  }
}

document.addEventListener('DOMContentLoaded', () => {
  byId('search').addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/search?q=${encodeURIComponent(byId('search-name').value.trim())}`;
  });
  initHome();
  window.addEventListener('hashchange', render);
  // links of the first explorer (?actor=ID, ?q=NAME) still work
  const legacy = new URLSearchParams(location.search);
  if (!location.hash && legacy.get('actor')) history.replaceState(null, '', `./${actorHref(legacy.get('actor'))}`);
  else if (!location.hash && legacy.get('q')) {
    history.replaceState(null, '', `./#/search?q=${encodeURIComponent(legacy.get('q'))}`);
  }
  render();
});
