#!/usr/bin/env node
// A standard JS federation gateway (@apollo/gateway 2.x on @apollo/server 5) over Parley's subgraphs: the
// baseline the Java gateway is compared with in docs/benchmarks.md.
//
//   node server.mjs <port> entity=http://localhost:8082/graphql ingest=http://localhost:8081/graphql
//
// The supergraph is composed at start from the subgraphs' `_service { sdl }` (IntrospectAndCompose, no polling).
// Prints "js-gateway ready at http://localhost:<port>/graphql" once it serves; exits 2 on bad arguments and 1 if
// composition or start fails. Listens on localhost only.
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

// Apollo's gateway reports anonymous usage metrics unless told not to; this machine has no such network.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

function usage(message) {
  console.error(`${message}\nusage: node server.mjs <port> name=http://host:port/graphql ...`);
  process.exit(2);
}

/** Parses `<port> name=url ...`. */
function parseArguments(argv) {
  const [portText, ...rest] = argv;
  const port = Number.parseInt(portText ?? '', 10);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    usage(`bad port: ${portText}`);
  }
  if (rest.length === 0) {
    usage('no subgraphs given');
  }
  const subgraphs = rest.map((argument) => {
    const separator = argument.indexOf('=');
    const name = argument.slice(0, separator);
    const url = argument.slice(separator + 1);
    if (separator <= 0 || !/^https?:\/\//.test(url)) {
      usage(`bad subgraph argument: ${argument} (expected name=http://...)`);
    }
    return { name, url };
  });
  return { port, subgraphs };
}

const { port, subgraphs } = parseArguments(process.argv.slice(2));

const gateway = new ApolloGateway({
  supergraphSdl: new IntrospectAndCompose({ subgraphs }),
});

const server = new ApolloServer({ gateway });

try {
  await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  console.log(`js-gateway ready at http://localhost:${port}/graphql`);
} catch (error) {
  console.error(`js-gateway failed to start: ${error?.stack ?? error}`);
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
