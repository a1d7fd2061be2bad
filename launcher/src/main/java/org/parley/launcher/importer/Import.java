package org.parley.launcher.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./parley import PATH... [--url URL] [--concurrency N] [--report FILE] [--state FILE]}: loads one's own
 * articles (.txt, .jsonl, .csv, .html, folders recursively) into a running system with the write token of
 * {@code PARLEY_TOKEN} or {@code .parley/token}. Exit status 1 when some failed (a rerun may get them in), else 0:
 * rejected inputs would be rejected again, they are in the report.
 */
public final class Import {

    static final String USAGE = "usage: ./parley import PATH... [--url http://host:8081] [--concurrency N] "
            + "[--report FILE] [--state FILE]   (--help for more)";

    static final String HELP = """
            Loads articles into a running Parley through ingest-service's POST /articles.

            %s

              PATH               files or folders (read recursively, in name order):
                                   .txt   title = first line, or from a sidecar NAME.json or --- front matter
                                          (title, url, source, publishedOn)
                                   .jsonl one JSON object per line: text, title, url, source, publishedOn
                                   .csv   a header row naming those columns
                                   .html  headline and story text; the date from article:published_time etc.
                                 JSON Lines and CSV files of any size are read a record at a time.
              --url URL          ingest-service (default http://localhost:8081, as ./parley run starts it)
              --concurrency N    requests in flight, 1 to 64 (default 4)
              --report FILE      every rejected or failed input with its reason (default .parley/import-report.tsv)
              --state FILE       hashes of the texts the target has; a rerun skips them (default .parley/import-state)

            The write token is PARLEY_TOKEN, else .parley/token (written by ./parley run). Exit status 0 when nothing
            failed, 1 when some inputs failed (no answer or 5xx after 5 attempts; a rerun retries them), 2 for a usage
            error. Rejected inputs (4xx, unreadable) are in the report and do not change the exit status.
            """.formatted(USAGE);

    private Import() {
    }

    static boolean wantsHelp(String[] args) {
        return java.util.Arrays.stream(args).anyMatch(arg -> arg.equals("-h") || arg.equals("--help"));
    }

    /** The command line, paths resolved against {@code cwd} and defaults under {@code stateDirectory}. */
    record Options(List<Path> paths, String url, int concurrency, Path report, Path state) {

        static Options parse(String[] args, Path cwd, Path stateDirectory) {
            List<Path> paths = new ArrayList<>();
            String url = "http://localhost:8081";
            int concurrency = 4;
            Path report = stateDirectory.resolve("import-report.tsv");
            Path state = stateDirectory.resolve("import-state");
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--") && i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                switch (arg) {
                    case "--url" -> url = args[++i];
                    case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                    case "--report" -> report = cwd.resolve(args[++i]);
                    case "--state" -> state = cwd.resolve(args[++i]);
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        Path path = cwd.resolve(arg).normalize();
                        if (!Files.exists(path)) {
                            throw new IllegalArgumentException("no such file or folder: " + path);
                        }
                        paths.add(path);
                    }
                }
            }
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("no PATH to import");
            }
            if (concurrency < 1 || concurrency > 64) {
                throw new IllegalArgumentException("--concurrency must be between 1 and 64");
            }
            return new Options(paths, url, concurrency, report, state);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath().normalize();
        // the parley script runs from the repository root; paths on its command line are the caller's
        Path cwd = Path.of(System.getProperty("parley.cwd", ".")).toAbsolutePath().normalize();
        Path stateDirectory = root.resolve(".parley");
        if (wantsHelp(args)) {
            System.out.print(HELP);
            return;
        }
        Options options;
        String token;
        try {
            options = Options.parse(args, cwd, stateDirectory);
            token = token(stateDirectory);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(options, token));
    }

    static int run(Options options, String token) throws InterruptedException {
        // counted first (a pass that holds nothing), then read again record by record as they are sent
        long total = Inputs.count(options.paths());
        IngestSender sender = new IngestSender(options.url(), token, 5, Duration.ofMillis(500));
        System.out.printf("Importing %d articles from %d path(s) to %s, %d at a time ...%n", total,
                options.paths().size(), sender.endpoint(), options.concurrency());
        Importer.Result result;
        try (Records records = Inputs.open(options.paths());
             ImportState state = new ImportState(options.state(), options.url().replaceAll("/+$", ""))) {
            result = new Importer(sender, state, options.concurrency())
                    .run(records, total, options.report(), System.out, System.console() != null);
        }
        System.out.printf("Done in %.1f s (%.1f articles/s): %s.%n", result.seconds(), result.rate(), result.tally());
        if (result.stoppedBy() != null) {
            System.out.printf("Stopped early, %d articles not sent: %s%n", total - result.tally().done(),
                    result.stoppedBy());
        }
        if (!result.problems().isEmpty()) {
            System.out.println("Rejected and failed inputs: " + options.report());
            result.problems().stream().limit(10).forEach(problem -> System.out.println("  " + problem.file()
                    + (problem.where().isEmpty() ? "" : " " + problem.where()) + ": " + problem.reason()));
            if (result.problems().size() > 10) {
                System.out.println("  ... " + (result.problems().size() - 10) + " more in the report");
            }
        }
        return result.tally().get(Outcome.Kind.FAILED) > 0 ? 1 : 0;
    }

    /** {@code PARLEY_TOKEN}, else the token file a local stack made; never makes one (the target may be remote). */
    static String token(Path stateDirectory) {
        String fromEnvironment = System.getenv("PARLEY_TOKEN");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        Path file = stateDirectory.resolve("token");
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("No write token: set PARLEY_TOKEN, or start the local system once with "
                    + "./parley run (it writes " + file + ")");
        }
    }
}
