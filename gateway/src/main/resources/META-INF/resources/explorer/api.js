// The explorer's only connection to Parley: GraphQL queries of the client contract, sent to /graphql.

/** entity-service counts engagements up to this many and answers one more for "more than that" (docs/benchmarks.md). */
const COUNT_CAP = 10000;

/** A totalCount as a reader should see it: "more than 10,000" rather than the cap's 10001. */
export function countLabel(n) {
  return n > COUNT_CAP ? `more than ${COUNT_CAP.toLocaleString('en')}` : String(n);
}

const ENGAGEMENT_FIELDS = `
  id type status location articleCount
  date { start end precision text }
  participants { role actor { id name kind } }
  evidence { sentence article { id title } }`;

export const LATEST_QUERY = `query Latest($filter: EngagementFilter, $first: Int, $after: String) {
  engagements(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ${ENGAGEMENT_FIELDS} }
  }
}`;

// The parties of the latest matching engagements, from which the most active actors and pairs are counted.
export const PARTIES_QUERY = `query Parties($filter: EngagementFilter, $first: Int) {
  engagements(filter: $filter, first: $first) { nodes { participants { actor { id name kind } } } }
}`;

export const SEARCH_QUERY = `query Search($name: String!, $kinds: [ActorKind!], $first: Int) {
  actors(filter: { name: $name, kinds: $kinds }, first: $first) { totalCount nodes { id name kind title } }
}`;

export const ACTOR_NAME_QUERY = `query ActorName($id: ID!) { actor(id: $id) { id name kind } }`;

export const ACTOR_QUERY = `query Actor($id: ID!, $filter: EngagementFilter, $first: Int, $quotes: Int) {
  actor(id: $id) {
    id name kind title aliases affiliation { id name }
    engagements(filter: $filter, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${ENGAGEMENT_FIELDS} coding { cameo ploverEvent ploverMode } }
    }
    counterparts(first: 25) { engagementCount lastDate actor { id name kind } }
    quotes(first: $quotes) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id text saidOn article { id title } }
    }
  }
}`;

export const ACTOR_ENGAGEMENTS_QUERY = `query ActorEngagements($id: ID!, $filter: EngagementFilter, $first: Int, $after: String) {
  actor(id: $id) {
    engagements(filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ${ENGAGEMENT_FIELDS} coding { cameo ploverEvent ploverMode } }
    }
  }
}`;

export const ACTOR_QUOTES_QUERY = `query ActorQuotes($id: ID!, $first: Int, $after: String) {
  actor(id: $id) {
    quotes(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id text saidOn article { id title } }
    }
  }
}`;

export const ENGAGEMENT_QUERY = `query Engagement($id: ID!) {
  engagement(id: $id) {
    ${ENGAGEMENT_FIELDS}
    coding { cameo ploverEvent ploverMode }
    evidence { sentence start end article { id title source url publishedOn text } }
  }
}`;

/** One count per period, all in one request: `b<i>: engagements(filter: …, first: 0) { totalCount }`. */
export async function countsPerPeriod(filter, periods) {
  const variables = {};
  const declarations = [];
  const fields = [];
  periods.forEach((period, i) => {
    variables[`f${i}`] = { ...filter, from: period.from, to: period.to };
    declarations.push(`$f${i}: EngagementFilter`);
    fields.push(`b${i}: engagements(filter: $f${i}, first: 0) { totalCount }`);
  });
  const data = await gql(`query Timeline(${declarations.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, variables);
  return periods.map((_, i) => data[`b${i}`].totalCount);
}

export async function gql(query, variables) {
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
