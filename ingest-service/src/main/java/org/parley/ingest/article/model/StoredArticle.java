package org.parley.ingest.article.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.parley.ingest.normalise.NormalisedArticle.DateSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An article as received (raw text) and as normalised (the text evidence offsets refer to). */
@Entity
@Table(name = "article")
public class StoredArticle {

    @Id
    public UUID id;

    @Column(name = "raw_text", nullable = false)
    public String rawText;

    @Column(nullable = false)
    public String text;

    @Column(name = "content_hash", nullable = false, length = 64, columnDefinition = "bpchar(64)")
    public String contentHash;

    public String title;

    public String source;

    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "published_on_source", nullable = false)
    public DateSource publishedOnSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;

    /** Processing attempts so far, over every round (a retry starts a new round). */
    @Column(nullable = false)
    public int attempts;

    /** Why the article is FAILED, or why its last attempt failed; null once it is PROCESSED. */
    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "processed_at")
    public OffsetDateTime processedAt;
}
