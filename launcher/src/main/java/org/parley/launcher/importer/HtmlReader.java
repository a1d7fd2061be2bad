package org.parley.launcher.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An {@code .html} page: its headline and story text without scripts, styles and page furniture (nav, header,
 * footer, aside), one paragraph per block; url, source and publishedOn from the usual meta tags.
 */
public final class HtmlReader extends WholeFileReader {

    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "figure", "figcaption", "dl", "dt", "dd");
    private static final List<String> DATE_META = List.of("meta[property=article:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date]",
            "meta[name=DC.date.issued]", "meta[property=og:published_time]");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    public HtmlReader() {
        super(Inputs.MAX_HTML_FILE_BYTES);
    }

    @Override
    protected List<ImportRecord> readWhole(Path file) throws IOException {
        Document page = Jsoup.parse(file.toFile(), null);
        String publishedOn = publishedOn(page);
        String url = firstOf(page.selectFirst("link[rel=canonical]"), "href", page.selectFirst("meta[property=og:url]"));
        String source = attribute(page.selectFirst("meta[property=og:site_name]"), "content");
        page.select(FURNITURE).remove();
        Element story = page.selectFirst("article");
        if (story == null) {
            story = page.selectFirst("main");
        }
        if (story == null) {
            story = page.body();
        }
        Element h1 = story.selectFirst("h1");
        if (h1 == null) {
            h1 = page.selectFirst("h1");
        }
        String title = h1 != null && !h1.text().isBlank() ? h1.text()
                : attribute(page.selectFirst("meta[property=og:title]"), "content");
        if (title == null && !page.title().isBlank()) {
            title = page.title();
        }
        ArticleFields fields = new ArticleFields(text(story), title, url, source, publishedOn);
        return List.of(ImportRecord.of(file.toString(), "", fields));
    }

    /** The text of {@code root}, a blank line between blocks, a line break for {@code <br>}. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append("\n\n");
                }
            }
        });
        StringBuilder text = new StringBuilder();
        boolean blank = false;
        for (String line : out.toString().split("\n", -1)) {
            String tidy = line.strip();
            if (tidy.isEmpty()) {
                blank = text.length() > 0;
                continue;
            }
            if (text.length() > 0) {
                text.append(blank ? "\n\n" : "\n");
            }
            text.append(tidy);
            blank = false;
        }
        return text.toString();
    }

    private static String publishedOn(Document page) {
        for (String selector : DATE_META) {
            String value = attribute(page.selectFirst(selector), "content");
            if (value != null && ISO_DAY.matcher(value.strip()).matches()) {
                return value.strip().substring(0, 10);
            }
        }
        String time = attribute(page.selectFirst("time[datetime]"), "datetime");
        return time != null && ISO_DAY.matcher(time.strip()).matches() ? time.strip().substring(0, 10) : null;
    }

    private static String firstOf(Element link, String attribute, Element meta) {
        String value = attribute(link, attribute);
        return value != null ? value : attribute(meta, "content");
    }

    private static String attribute(Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.attr(name);
        return value.isBlank() ? null : value.strip();
    }
}
