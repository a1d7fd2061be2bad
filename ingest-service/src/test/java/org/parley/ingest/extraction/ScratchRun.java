package org.parley.ingest.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Developer tool: extracts a plain text file as given and prints actors and engagements. Usage: {@code FILE DATE}. */
public final class ScratchRun {

    private ScratchRun() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Extraction x = ArticleExtractor.loadedNow().extract(text, LocalDate.parse(args[1]));
        Map<String, ExtractedActor> byRef = x.actors().stream().collect(Collectors.toMap(ExtractedActor::ref, Function.identity()));
        x.actors().forEach(a -> System.out.println(a.kind() + " " + a.name() + " | " + a.title() + " | "
                + (a.affiliationRef() == null ? null : byRef.get(a.affiliationRef()).name()) + " | " + a.mentions()));
        x.engagements().forEach(e -> System.out.println(e.type() + " " + e.status() + " "
                + e.participants().stream().map(p -> byRef.get(p.actorRef()).name()).toList() + " " + e.date().start()
                + ".." + e.date().end() + " " + e.date().precision() + " @" + e.location() + " | " + e.evidence().sentence()));
    }
}
