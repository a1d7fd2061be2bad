// Small DOM helpers and the engagement card shared by the home, actor and engagement views.

export const STATUS_COLOURS = { OCCURRED: '#2f5aa8', PLANNED: '#e08a1e', PROPOSED: '#8a5cc2', CANCELLED: '#9aa1ad' };

export const byId = (id) => document.getElementById(id);

export function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function link(href, text, className) {
  const a = element('a', text, className);
  a.href = href;
  return a;
}

export const actorHref = (id) => `#/actor/${encodeURIComponent(id)}`;
export const engagementHref = (id) => `#/engagement/${encodeURIComponent(id)}`;

export function when(date) {
  if (!date.start) return date.text || 'undated';
  return date.end && date.end !== date.start ? `${date.start} – ${date.end}` : date.start;
}

export function participantsText(engagement) {
  return engagement.participants.map((p) => p.actor.name + (p.role ? ` (${p.role.toLowerCase()})` : '')).join(', ');
}

/** The participants as links to their actor pages, separated by commas. */
export function participantLinks(engagement) {
  const span = element('span', null, 'parties');
  engagement.participants.forEach((p, i) => {
    if (i > 0) span.append(', ');
    span.append(link(actorHref(p.actor.id), p.actor.name));
    if (p.role) span.append(` (${p.role.toLowerCase()})`);
  });
  return span;
}

export function statusBadge(status) {
  const badge = element('span', status, 'badge');
  badge.style.background = STATUS_COLOURS[status];
  return badge;
}

/** A card: status colour, what and when, its actors (links), its first evidence sentence and a link to all. */
export function engagementCard(e) {
  const card = element('article', null, 'engagement');
  card.dataset.engagementId = e.id;
  card.dataset.status = e.status;
  card.style.borderLeftColor = STATUS_COLOURS[e.status];
  card.tabIndex = 0;
  const heading = element('h4');
  heading.append(statusBadge(e.status), ` ${[e.type, when(e.date), e.location].filter(Boolean).join(' · ')}`);
  card.setAttribute('aria-label', `${e.type} ${e.status} ${when(e.date)}: ${participantsText(e)}`);
  card.append(heading, participantLinks(e));
  if (e.coding) {
    card.append(element('small', `CAMEO ${e.coding.cameo} · PLOVER ${e.coding.ploverEvent}`
      + (e.coding.ploverMode ? ` (${e.coding.ploverMode})` : ''), 'coding'));
  }
  if (e.evidence.length) card.append(element('q', e.evidence[0].sentence, 'sentence'));
  const reports = e.articleCount === 1 ? '1 article' : `${e.articleCount} articles`;
  card.append(link(engagementHref(e.id), `Evidence (${reports})`, 'evidence-link'));
  // Enter on the focused card opens its evidence, as the link inside it does
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target === card) location.hash = engagementHref(e.id);
  });
  return card;
}

/** Fills `list` with cards, or says `empty` when there are none; `append` keeps what is there. */
export function renderCards(list, engagements, empty, append = false) {
  if (!append) list.replaceChildren();
  for (const e of engagements) list.append(engagementCard(e));
  if (!list.children.length) list.append(element('p', empty, 'empty'));
}

/**
 * Wires a "Load more" button: shown while there is a next page; a click calls `next(cursor)`, which fetches and shows
 * the page after the cursor and returns its pageInfo (null when the view has changed meanwhile).
 */
export function loadMore(button, pageInfo, next) {
  button.hidden = !pageInfo.hasNextPage;
  button.onclick = async () => {
    button.disabled = true;
    try {
      const following = await next(pageInfo.endCursor);
      if (following) loadMore(button, following, next);
    } catch (error) {
      byId('status').textContent = error.message;
    } finally {
      button.disabled = false;
    }
  };
}

/** Marks a container busy (for assistive technology and the test) while `work` runs. */
export async function busy(container, work) {
  container.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    container.removeAttribute('aria-busy');
  }
}
