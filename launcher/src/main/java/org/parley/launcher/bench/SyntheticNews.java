package org.parley.launcher.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up diplomatic news paragraphs (invented officials of real countries meeting, calling and visiting each other
 * on varied dates), so a fresh stack holds more engagements than the five seeds give. Deterministic for a seed.
 */
public final class SyntheticNews {

    /** One generated article, ready for {@code ingestArticle}. */
    public record Article(String title, LocalDate publishedOn, String text) {
    }

    private record Official(String title, String name, String country, String capital) {

        String full() {
            return country + "'s " + title + " " + name;
        }

        String surname() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }
    }

    private static final List<Official> OFFICIALS = List.of(
            new Official("President", "Marcos Ribeiro", "Brazil", "Brasilia"),
            new Official("Foreign Minister", "Helena Duarte", "Brazil", "Brasilia"),
            new Official("Prime Minister", "Arjun Mehta", "India", "New Delhi"),
            new Official("External Affairs Minister", "Kavita Rao", "India", "New Delhi"),
            new Official("Prime Minister", "Kenji Watanabe", "Japan", "Tokyo"),
            new Official("Foreign Minister", "Yuko Tanaka", "Japan", "Tokyo"),
            new Official("President", "Daniel Mwangi", "Kenya", "Nairobi"),
            new Official("Foreign Minister", "Grace Wanjiru", "Kenya", "Nairobi"),
            new Official("Prime Minister", "Laura McAllister", "Canada", "Ottawa"),
            new Official("Foreign Minister", "Paul Tremblay", "Canada", "Ottawa"),
            new Official("President", "Tomasz Nowak", "Poland", "Warsaw"),
            new Official("Foreign Minister", "Agnieszka Kowalska", "Poland", "Warsaw"),
            new Official("President", "Ricardo Morales", "Mexico", "Mexico City"),
            new Official("Foreign Minister", "Sofia Herrera", "Mexico", "Mexico City"),
            new Official("President", "Omar Khalil", "Egypt", "Cairo"),
            new Official("Foreign Minister", "Youssef Mansour", "Egypt", "Cairo"),
            new Official("President", "Budi Santoso", "Indonesia", "Jakarta"),
            new Official("Foreign Minister", "Retno Wulandari", "Indonesia", "Jakarta"),
            new Official("President", "Thabo Nkosi", "South Africa", "Pretoria"),
            new Official("Foreign Minister", "Naledi Dlamini", "South Africa", "Pretoria"),
            new Official("President", "Mehmet Yilmaz", "Turkey", "Ankara"),
            new Official("Foreign Minister", "Ayse Demir", "Turkey", "Ankara"),
            new Official("Prime Minister", "James Whitfield", "Australia", "Canberra"),
            new Official("Foreign Minister", "Claire Donnelly", "Australia", "Canberra"));

    private static final List<String> VENUES = List.of("Geneva", "Vienna", "Singapore", "Doha", "Brussels", "Oslo");
    private static final List<String> FORUMS = List.of("climate summit", "trade conference", "security forum",
            "regional summit", "development conference");
    private static final List<String> TOPICS = List.of("trade and investment", "grain exports", "maritime security",
            "climate finance", "a stalled free trade agreement", "energy supplies", "visa rules for students",
            "debt relief", "a border dispute", "fisheries quotas");
    private static final List<String> FILLERS = List.of(
            "Officials on both sides described the talks as constructive.",
            "Neither side released a joint statement afterwards.",
            "Analysts said the contacts reflected a warming of relations after a difficult year.",
            "Opposition politicians criticised the government for moving too slowly.",
            "Business groups welcomed the renewed attention to the relationship.");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private final Random random;

    public SyntheticNews(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} articles, each reporting three to five engagements between different pairs of officials. */
    public List<Article> articles(int count) {
        List<Article> articles = new ArrayList<>(count);
        LocalDate first = LocalDate.of(2023, 1, 9);
        for (int i = 0; i < count; i++) {
            articles.add(article(first.plusDays(11L * i + random.nextInt(7))));
        }
        return articles;
    }

    private Article article(LocalDate publishedOn) {
        int engagements = 3 + random.nextInt(3);
        StringBuilder text = new StringBuilder();
        Official lead = null;
        Official counterpart = null;
        for (int i = 0; i < engagements; i++) {
            Official a = pick(OFFICIALS);
            Official b = pickOtherCountry(a);
            if (lead == null) {
                lead = a;
                counterpart = b;
            }
            text.append(sentence(a, b, publishedOn)).append(' ');
            if (random.nextInt(3) == 0) {
                text.append(pick(FILLERS)).append(' ');
            }
            text.append('\n');
        }
        String title = "%s and %s step up contacts on %s".formatted(lead.country(), counterpart.country(), pick(TOPICS));
        return new Article(title, publishedOn, text.toString().strip());
    }

    private String sentence(Official a, Official b, LocalDate publishedOn) {
        LocalDate past = publishedOn.minusDays(1 + random.nextInt(5));
        LocalDate future = publishedOn.plusDays(3 + random.nextInt(20));
        String topic = pick(TOPICS);
        return switch (random.nextInt(7)) {
            case 0 -> "%s met %s in %s on %s, %s's office said.".formatted(
                    a.full(), b.full(), b.capital(), day(past), a.surname());
            case 1 -> "%s spoke by telephone with %s on %s about %s.".formatted(
                    a.full(), b.full(), day(past), topic);
            case 2 -> "%s will travel to %s on %s for talks with %s, officials confirmed.".formatted(
                    a.full(), b.capital(), day(future), b.full());
            case 3 -> "%s held talks with %s on the sidelines of a %s in %s on %s.".formatted(
                    a.full(), b.full(), pick(FORUMS), pick(VENUES), day(past));
            case 4 -> "%s and %s are expected to meet in %s on %s to discuss %s.".formatted(
                    a.full(), b.full(), pick(VENUES), day(future), topic);
            case 5 -> "%s hosted %s in %s on %s for talks on %s.".formatted(
                    b.full(), a.full(), b.capital(), day(past), topic);
            default -> "A planned visit by %s to %s on %s was postponed, a spokesperson for %s said.".formatted(
                    a.full(), b.country(), day(future), b.surname());
        };
    }

    private Official pickOtherCountry(Official a) {
        while (true) {
            Official b = pick(OFFICIALS);
            if (!b.country().equals(a.country())) {
                return b;
            }
        }
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String day(LocalDate date) {
        return date.format(DAY_MONTH);
    }
}
