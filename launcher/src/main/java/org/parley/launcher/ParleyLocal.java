package org.parley.launcher;

import org.parley.launcher.client.ParleyClient;
import org.parley.launcher.stack.LocalStack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./parley run}: starts PostgreSQL (data kept in {@code .parley/}) and the three services, ingests the
 * seed articles with the write token ({@code .parley/token}, or {@code PARLEY_TOKEN}), prints where the GraphQL
 * endpoint and the token are, and stops everything on Ctrl-C.
 */
public final class ParleyLocal {

    private ParleyLocal() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath().normalize();
        Path state = root.resolve(".parley");
        boolean ingestSeeds = !List.of(args).contains("--no-seeds");

        System.out.println("Starting PostgreSQL and the services (data and logs in " + state + ") ...");
        long started = System.nanoTime();
        LocalStack stack = LocalStack.start(root, state, LocalStack.Ports.standard());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the services and PostgreSQL ...");
            stack.close();
            System.out.println("Stopped.");
        }, "parley-shutdown"));
        System.out.printf("All services ready in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        System.out.println("Write token: " + stack.token().source());

        ParleyClient client = new ParleyClient(stack.graphqlUrl(), stack.token().value());
        if (ingestSeeds) {
            Map<String, String> ids = client.ingestFolder(root.resolve("seeds"));
            Map<String, String> statuses = client.awaitProcessed(new ArrayList<>(ids.values()), Duration.ofMinutes(5));
            System.out.printf("Seeds: %d articles, statuses %s%n", ids.size(),
                    statuses.values().stream().distinct().sorted().toList());
        }

        System.out.println();
        System.out.println("Parley is up.");
        System.out.println("  GraphQL endpoint: " + stack.graphqlUrl());
        System.out.println("  GraphiQL:         " + stack.gateway().baseUrl() + "/q/graphql-ui");
        System.out.println("  Web explorer:     " + stack.gateway().baseUrl() + "/");
        System.out.println("  Write token:      " + stack.token().source()
                + " (mutations and POST /articles need it; queries do not)");
        System.out.println();
        System.out.println("Example query:");
        System.out.println("  curl -s " + stack.graphqlUrl() + " -H 'Content-Type: application/json' \\");
        System.out.println("    -d '{\"query\":\"{ engagements(first: 5) { totalCount nodes { type status date { start end } "
                + "participants { actor { name } } } } }\"}'");
        System.out.println("Example mutation:");
        System.out.println("  curl -s " + stack.graphqlUrl() + " -H 'Content-Type: application/json' \\");
        System.out.println("    -H \"Authorization: Bearer " + stack.token().shellExpression() + "\" \\");
        System.out.println("    -d '{\"query\":\"mutation { ingestArticle(input: {text: \\\"GENEVA (Reuters) - Swiss "
                + "Foreign Minister Ignazio Cassis met his Norwegian counterpart in Geneva.\\\"}) { id status } }\"}'");
        System.out.println();
        System.out.println("Press Ctrl-C to stop.");
        Thread.currentThread().join();
    }
}
