package org.parley.entity.engagement.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One real-world engagement, however many sentences and articles report it. */
@Entity
@Table(name = "engagement")
public class Engagement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public EngagementType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public EngagementStatus status;

    @Column(name = "date_start")
    public LocalDate dateStart;

    @Column(name = "date_end")
    public LocalDate dateEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false, length = 16)
    public DatePrecision datePrecision;

    @Column(name = "date_text")
    public String dateText;

    public String location;

    @Column(name = "sort_date", nullable = false)
    public LocalDate sortDate;

    @Column(name = "first_reported_on")
    public LocalDate firstReportedOn;

    @Column(name = "last_reported_on")
    public LocalDate lastReportedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Recomputes the newest-first sort key after a date or report change. */
    public void refreshSortDate() {
        sortDate = dateStart != null ? dateStart : firstReportedOn != null ? firstReportedOn : LocalDate.now();
    }
}
