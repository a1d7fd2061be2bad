import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, '..', 'compose.mjs');
const fixture = (name) => join(here, 'fixtures', name);

function compose(...args) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
}

test('a compatible pair composes into a supergraph holding both subgraphs', () => {
  const run = compose(`entity=${fixture('entity.graphql')}`, `ingest=${fixture('ingest.graphql')}`);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /join__graph\(name: "entity"/);
  assert.match(run.stdout, /join__graph\(name: "ingest"/);
  // Article is an entity resolved by both, with fields from each
  const article = run.stdout.match(/type Article\b[^}]*}/)?.[0] ?? '';
  assert.match(article, /engagements: \[Engagement!\]! @join__field\(graph: ENTITY\)/);
  // the title is ingest's, and the entity subgraph provides it on the articles of evidence
  assert.match(article, /title: String @join__field\(graph: ENTITY, external: true\) @join__field\(graph: INGEST\)/);
  assert.match(run.stdout, /article: Article! @join__field\(graph: ENTITY, provides: "title"\)/);
});

test('a conflicting pair is rejected with its error codes and a non-zero exit', () => {
  const run = compose(`entity=${fixture('entity.graphql')}`, `ingest=${fixture('ingest-conflicting.graphql')}`);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /Composition failed/);
  assert.match(run.stderr, /\[FIELD_TYPE_MISMATCH\]|\[INVALID_FIELD_SHARING\]/);
});

test('bad arguments and missing files exit 2 with a message', () => {
  const noArgs = compose();
  assert.equal(noArgs.status, 2);
  assert.match(noArgs.stderr, /usage/);
  const missing = compose(`entity=${fixture('does-not-exist.graphql')}`);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /ENOENT/);
  const malformed = compose('entity-without-path');
  assert.equal(malformed.status, 2);
});
