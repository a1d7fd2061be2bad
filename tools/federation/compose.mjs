#!/usr/bin/env node
// Composes Federation v2 subgraph schemas with Apollo's composer (@apollo/composition).
//
//   node compose.mjs entity=entity.graphql ingest=ingest.graphql > supergraph.graphql
//   node compose.mjs entity=http://localhost:8082/graphql ingest=http://localhost:8081/graphql
//
// Each argument is name=source, where source is an SDL file or a subgraph's GraphQL URL (its `_service { sdl }`
// is fetched). Prints the supergraph SDL on stdout; on composition errors prints them (with their codes) on
// stderr and exits 1; exits 2 on bad arguments or unreadable sources. Hints go to stderr with --hints.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/** Reads one subgraph's SDL from a file or, for an http(s) URL, from its `_service { sdl }`. */
export async function readSdl(source) {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = await response.json();
    const sdl = body?.data?._service?.sdl;
    if (typeof sdl !== 'string') {
      throw new Error(`${source} did not return _service { sdl }: ${JSON.stringify(body).slice(0, 300)}`);
    }
    return sdl;
  }
  return readFile(source, 'utf8');
}

/** Composes named SDL texts; returns { supergraphSdl, hints } or { errors }. */
export function compose(subgraphs) {
  const services = subgraphs.map(({ name, sdl, url }) => ({
    name,
    url: url ?? `http://${name}.invalid/graphql`,
    typeDefs: parse(sdl),
  }));
  const result = composeServices(services);
  if (result.errors && result.errors.length > 0) {
    return {
      errors: result.errors.map((error) => ({
        code: error.extensions?.code ?? 'COMPOSITION_ERROR',
        message: error.message,
      })),
    };
  }
  return {
    supergraphSdl: result.supergraphSdl,
    hints: (result.hints ?? []).map((hint) => ({ code: hint.definition?.code, message: hint.message })),
  };
}

/** Parses `name=source` arguments. */
export function parseArguments(argv) {
  const options = { hints: false, subgraphs: [] };
  for (const argument of argv) {
    if (argument === '--hints') {
      options.hints = true;
      continue;
    }
    const separator = argument.indexOf('=');
    if (separator <= 0 || separator === argument.length - 1) {
      throw new Error(`expected name=path-or-url, got "${argument}"`);
    }
    options.subgraphs.push({ name: argument.slice(0, separator), source: argument.slice(separator + 1) });
  }
  if (options.subgraphs.length === 0) {
    throw new Error('usage: compose.mjs [--hints] name=path-or-url [name=path-or-url ...]');
  }
  const names = options.subgraphs.map((s) => s.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) {
    throw new Error(`subgraph name "${duplicate}" given twice`);
  }
  return options;
}

async function main(argv) {
  let options;
  const subgraphs = [];
  try {
    options = parseArguments(argv);
    for (const { name, source } of options.subgraphs) {
      subgraphs.push({ name, sdl: await readSdl(source), url: /^https?:/.test(source) ? source : undefined });
    }
  } catch (error) {
    console.error(`compose: ${error.message}`);
    return 2;
  }
  let result;
  try {
    result = compose(subgraphs);
  } catch (error) {
    console.error(`compose: cannot parse a subgraph schema: ${error.message}`);
    return 1;
  }
  if (result.errors) {
    console.error(`Composition failed with ${result.errors.length} error(s):`);
    for (const error of result.errors) {
      console.error(`  [${error.code}] ${error.message}`);
    }
    return 1;
  }
  if (options.hints) {
    for (const hint of result.hints) {
      console.error(`hint [${hint.code}] ${hint.message}`);
    }
  }
  process.stdout.write(result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : `${result.supergraphSdl}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
