package org.parley.launcher.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlReaderTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheStoryAndItsParagraphsWithoutPageFurniture() throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"), """
                <!doctype html>
                <html><head>
                  <title>Ministers meet in Oslo | Example News</title>
                  <meta property="article:published_time" content="2023-04-12T08:30:00Z">
                  <meta property="og:site_name" content="Example News">
                  <link rel="canonical" href="https://news.example.org/oslo">
                  <style>p { color: red }</style>
                  <script>var tracking = "Subscribe now";</script>
                </head><body>
                  <header><a href="/">Home</a> <a href="/world">World</a></header>
                  <nav><ul><li>Politics</li><li>Sport</li></ul></nav>
                  <article>
                    <h1>Ministers meet in Oslo</h1>
                    <p>OSLO (Reuters) - Norway's foreign minister met her
                       Kenyan counterpart in Oslo on Tuesday.</p>
                    <p>They discussed <b>grain exports</b>.<br>And fisheries.</p>
                    <script>alert("ad")</script>
                    <aside>Read more: Sport results</aside>
                  </article>
                  <footer>© Example News</footer>
                </body></html>
                """);

        List<ImportRecord> records = new HtmlReader().read(file);

        assertEquals(1, records.size());
        assertEquals(new ArticleFields("""
                Ministers meet in Oslo

                OSLO (Reuters) - Norway's foreign minister met her Kenyan counterpart in Oslo on Tuesday.

                They discussed grain exports.
                And fisheries.""", "Ministers meet in Oslo", "https://news.example.org/oslo", "Example News",
                "2023-04-12"), records.get(0).article());
    }

    @Test
    void withoutArticleTheBodyAndThePageTitle() throws IOException {
        Path file = Files.writeString(dir.resolve("bare.htm"), """
                <html><head><title>Bare page</title><meta name="date" content="not a date"></head>
                <body><nav>Menu</nav><div>One.</div><div>Two.</div><time datetime="2021-07-08">8 July</time></body></html>
                """);

        ArticleFields article = new HtmlReader().read(file).get(0).article();

        assertEquals("Bare page", article.title());
        assertEquals("One.\n\nTwo.\n\n8 July", article.text());
        assertEquals("2021-07-08", article.publishedOn());
    }
}
