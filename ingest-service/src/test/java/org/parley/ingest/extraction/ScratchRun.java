package org.parley.ingest.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parley.ingest.normalise.ArticleNormaliser;

/**
 * Developer tool: extracts plain text files and prints actors, engagements and quotes. Usage: {@code FILE... DATE};
 * with {@code -Dnormalise=1} each file goes through {@link ArticleNormaliser} first.
 */
public final class ScratchRun {

    private ScratchRun() {
    }

    public static void main(String[] args) throws Exception {
        LocalDate date = LocalDate.parse(args[args.length - 1]);
        ArticleExtractor extractor = ArticleExtractor.loadedNow();
        for (String file : Arrays.copyOf(args, args.length - 1)) {
            String text = Files.readString(Path.of(file));
            if (System.getProperty("normalise") != null) {
                text = new ArticleNormaliser().normalise(text, null).text();
                System.out.println("normalised: " + text);
            }
            System.out.println("== " + file);
            Extraction x = extractor.extract(text, date);
            Map<String, ExtractedActor> byRef = x.actors().stream().collect(Collectors.toMap(ExtractedActor::ref, Function.identity()));
            x.actors().forEach(a -> System.out.println(a.kind() + " " + a.name() + " | " + a.title() + " | "
                    + (a.affiliationRef() == null ? null : byRef.get(a.affiliationRef()).name()) + " | " + a.mentions()));
            x.engagements().forEach(e -> System.out.println(e.type() + " " + e.status() + " "
                    + e.participants().stream().map(p -> byRef.get(p.actorRef()).name()).toList() + " " + e.date().start()
                    + ".." + e.date().end() + " " + e.date().precision() + " @" + e.location() + " | " + e.evidence().sentence()));
            x.quotes().forEach(q -> System.out.println("QUOTE " + (q.speakerRef() == null ? null
                    : byRef.get(q.speakerRef()).name()) + " | " + q.text()));
        }
    }
}
