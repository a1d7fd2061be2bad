// The engagement view (#/engagement/ID): what, when, where, who (links to their pages), its coding, and every
// evidence sentence highlighted inside its article.
import { ENGAGEMENT_QUERY, gql } from './api.js';
import { byId, element, participantLinks, statusBadge, when } from './cards.js';

export async function showEngagement(id, current) {
  const { engagement: e } = await gql(ENGAGEMENT_QUERY, { id });
  if (!current()) return null;
  if (!e) throw new Error(`Engagement ${id} not found.`);
  const title = byId('engagement-title');
  title.replaceChildren(statusBadge(e.status), ` ${[e.type, when(e.date), e.location].filter(Boolean).join(' · ')}`);
  byId('engagement-parties').replaceChildren(participantLinks(e));
  byId('engagement-coding').textContent = `CAMEO ${e.coding.cameo} · PLOVER ${e.coding.ploverEvent}`
    + (e.coding.ploverMode ? ` (${e.coding.ploverMode})` : '')
    + (e.date.text ? ` · date from “${e.date.text}”` : '');
  const list = byId('evidence-list');
  list.replaceChildren(...e.evidence.map(evidenceBlock));
  if (!e.evidence.length) list.append(element('p', 'No evidence recorded.', 'empty'));
  list.querySelector('mark')?.scrollIntoView({ block: 'center' });
  return e;
}

function evidenceBlock(evidence) {
  const { article } = evidence;
  const block = element('article', null, 'evidence');
  const heading = element('h3');
  if (article.url) {
    const source = element('a', article.title || 'Untitled article');
    source.href = article.url;
    source.rel = 'noopener noreferrer';
    heading.append(source);
  } else {
    heading.textContent = article.title || 'Untitled article';
  }
  block.append(heading, element('p', [article.source, article.publishedOn].filter(Boolean).join(' · '), 'note'));
  const text = element('div', null, 'article-text');
  text.tabIndex = 0; // scrollable by keyboard
  let start = evidence.start;
  let end = evidence.end;
  if (article.text.slice(start, end) !== evidence.sentence) {
    start = article.text.indexOf(evidence.sentence);
    end = start < 0 ? -1 : start + evidence.sentence.length;
  }
  if (start < 0) {
    text.replaceChildren(element('mark', evidence.sentence), element('p', article.text));
  } else {
    text.replaceChildren(article.text.slice(0, start), element('mark', article.text.slice(start, end)),
      article.text.slice(end));
  }
  block.append(text);
  return block;
}
