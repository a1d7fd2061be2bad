package org.parley.entity.quote.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A quotation in one article, with the actor who said it (null when the text does not tell). */
@Entity
@Table(name = "quote")
public class Quote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(name = "speaker_id")
    public Long speakerId;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    @Column(name = "said_on")
    public LocalDate saidOn;

    @Column(name = "sort_date", nullable = false)
    public LocalDate sortDate;
}
