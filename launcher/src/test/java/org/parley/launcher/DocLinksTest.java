package org.parley.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README.md, docs/*.md and the other READMEs link only to files a plain clone has: every relative link resolves to
 * a file or folder the repository tracks (or would track once committed: not ignored by git, so nothing under
 * {@code target/} or {@code .parley/}), and every {@code #fragment} names a heading of the linked Markdown file.
 * Links inside code blocks and code spans are not links. (That the gateway's copy of the client contract equals
 * {@code ../shared/api/contract.graphql} where that file is present is
 * {@code ContractIntrospectionTest.theServedCopyMatchesTheSharedContract} in the gateway.)
 */
class DocLinksTest {

    private static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s|$)");
    private static final Pattern HTML_LINK = Pattern.compile("<(?:a|img)\\s[^>]*?(?:href|src)=\"([^\"]+)\"");
    private static final Pattern FENCE = Pattern.compile("(?ms)^ {0,3}(```|~~~).*?^ {0,3}\\1[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`].*?\\1", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$");

    private static final Path ROOT = root();

    @Test
    void everyRelativeLinkInTheDocsResolvesInAClone() throws IOException {
        Set<String> files = cloneFiles();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String doc : docs(files)) {
            Path source = ROOT.resolve(doc);
            for (String link : links(Files.readString(source, StandardCharsets.UTF_8))) {
                if (link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || link.startsWith("//")) {
                    continue; // https:, mailto: and other absolute URLs
                }
                checked++;
                int hash = link.indexOf('#');
                String pathPart = hash < 0 ? link : link.substring(0, hash);
                String fragment = hash < 0 ? null : link.substring(hash + 1);
                Path target = pathPart.isEmpty() ? source
                        : source.getParent().resolve(decode(pathPart)).normalize();
                String relative = ROOT.relativize(target).toString().replace('\\', '/');
                if (!target.startsWith(ROOT)) {
                    broken.add(doc + ": " + link + " points outside the repository");
                } else if (!files.contains(relative) && !isFolderOf(relative, files)) {
                    broken.add(doc + ": " + link + " (" + relative + " is not in a clone)");
                } else if (fragment != null && !fragment.isEmpty() && relative.endsWith(".md")
                        && !anchors(target).contains(fragment.toLowerCase(Locale.ROOT))) {
                    broken.add(doc + ": " + link + " (no heading #" + fragment + " in " + relative + ")");
                }
            }
        }
        assertTrue(checked > 50, "only " + checked + " relative links found: is the link pattern right?");
        assertEquals(List.of(), broken);
    }

    @Test
    void headingsBecomeGitHubAnchors() {
        assertEquals(List.of("8-importing-articles", "what-the-contract-lacks", "filters-and-deliveries-are-bounded",
                        "totalcount", "write-access", "write-access-1"),
                anchorsOf("## 8. Importing articles\n### What the contract lacks\n# Filters and deliveries are "
                        + "bounded\n## `totalCount`\n## Write access\n```\n# not a heading\n```\n## Write access\n"));
    }

    @Test
    void linksInCodeAreNotLinks() {
        assertEquals(List.of("a.md", "b.md#x", "c/"),
                links("[a](a.md) `[no](no.md)`\n```\n[no](no2.md)\n```\n[b](b.md#x \"title\")\n[c]: c/\n"));
    }

    static List<String> links(String markdown) {
        String text = CODE_SPAN.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
        List<String> links = new ArrayList<>();
        for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_DEFINITION, HTML_LINK)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                links.add(matcher.group(1));
            }
        }
        return links;
    }

    private static final Map<Path, Set<String>> ANCHORS = new HashMap<>();

    private static Set<String> anchors(Path markdownFile) throws IOException {
        Set<String> known = ANCHORS.get(markdownFile);
        if (known == null) {
            known = new LinkedHashSet<>(anchorsOf(Files.readString(markdownFile, StandardCharsets.UTF_8)));
            ANCHORS.put(markdownFile, known);
        }
        return known;
    }

    /** GitHub's heading ids: lower case, punctuation but '-' and '_' dropped, spaces to '-', repeats numbered. */
    static List<String> anchorsOf(String markdown) {
        List<String> anchors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher matcher = HEADING.matcher(FENCE.matcher(markdown).replaceAll(""));
        while (matcher.find()) {
            String text = matcher.group(1)
                    .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1") // a link in a heading keeps its text
                    .replaceAll("<[^>]+>", "")
                    .toLowerCase(Locale.ROOT);
            String slug = text.replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
            int repeat = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(repeat == 0 ? slug : slug + "-" + repeat);
        }
        return anchors;
    }

    private static String decode(String path) {
        return java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static boolean isFolderOf(String relative, Set<String> files) {
        String folder = relative.isEmpty() || relative.endsWith("/") ? relative : relative + "/";
        return files.stream().anyMatch(file -> file.startsWith(folder));
    }

    /** README.md, docs/*.md and every other tracked Markdown file outside node_modules. */
    private static Set<String> docs(Set<String> files) {
        Set<String> docs = new TreeSet<>();
        for (String file : files) {
            if (file.endsWith(".md") && !file.contains("node_modules/")) {
                docs.add(file);
            }
        }
        assertTrue(docs.contains("README.md") && docs.contains("docs/explorer.md"), "docs found: " + docs);
        return docs;
    }

    /**
     * The files a clone has once the work tree is committed: git's tracked and untracked-but-not-ignored files;
     * without git (a source archive), every file outside build output and local state.
     */
    private static Set<String> cloneFiles() throws IOException {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "--cached", "--others", "--exclude-standard", "-z")
                    .directory(ROOT.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = git.getInputStream().readAllBytes();
            if (git.waitFor(60, TimeUnit.SECONDS) && git.exitValue() == 0) {
                Set<String> files = new TreeSet<>();
                for (String file : new String(out, StandardCharsets.UTF_8).split("\0")) {
                    if (!file.isEmpty() && Files.exists(ROOT.resolve(file))) {
                        files.add(file);
                    }
                }
                return files;
            }
        } catch (IOException e) {
            // no git: fall back to the files on disk
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> walk = Files.walk(ROOT)) {
            Set<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile).map(path -> ROOT.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> !path.matches("(.*/)?(target|node_modules|\\.parley|\\.git)/.*"))
                    .forEach(files::add);
            return files;
        }
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))
                    && Files.isRegularFile(dir.resolve("parley"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the Parley repository: " + Path.of("").toAbsolutePath());
    }
}
