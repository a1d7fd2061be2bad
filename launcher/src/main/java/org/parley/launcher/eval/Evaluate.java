package org.parley.launcher.eval;

import org.parley.launcher.client.ParleyClient;
import org.parley.launcher.stack.LocalStack;
import org.parley.scoring.GoldStandard;
import org.parley.scoring.Score;
import org.parley.scoring.Scorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;

/**
 * {@code ./parley evaluate ARTICLES_DIR GOLD_FILE}: runs the articles through a fresh local system (its own empty
 * database in a temporary directory, deleted afterwards), reads back what was stored through the gateway, and
 * scores it against the gold file.
 */
public final class Evaluate {

    private Evaluate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: evaluate ARTICLES_DIR GOLD_FILE");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath().normalize();
        Path articles = Path.of(args[0]).toAbsolutePath();
        GoldStandard gold = GoldStandard.read(Path.of(args[1]).toAbsolutePath());
        Path state = Files.createTempDirectory("parley-eval-");
        try (LocalStack stack = LocalStack.start(root, state, LocalStack.Ports.random())) {
            Score score = run(new ParleyClient(stack.graphqlUrl(), stack.token().value()), articles, gold);
            System.out.print(score.report());
        } finally {
            LocalStack.deleteState(state);
        }
    }

    /** Ingests every article of the folder, waits until all are processed, and scores what is stored. */
    public static Score run(ParleyClient client, Path articles, GoldStandard gold) {
        long started = System.nanoTime();
        Map<String, String> ids = client.ingestFolder(articles);
        Map<String, String> statuses = client.awaitProcessed(new ArrayList<>(ids.values()), Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Ingested %d articles in %.1f s (%.2f articles/s end to end); statuses %s%n",
                ids.size(), seconds, ids.size() / seconds, statuses.values().stream().distinct().sorted().toList());
        SystemRecord record = SystemRecord.read(client);
        return Scorer.score(gold, record.persons(), record.engagements());
    }
}
