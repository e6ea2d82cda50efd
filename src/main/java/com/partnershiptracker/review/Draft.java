package com.partnershiptracker.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/**
 * An editor's create or edit that waits for a reviewer. Not audited and never read by public pages: it becomes
 * part of the record only when published, through the feature's own service.
 */
@Entity
@Table(name = "drafts")
public class Draft {

    static final int PAYLOAD_MAX_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String kind;
    private Long recordId;
    private Long baseVersion;

    @Column(length = PAYLOAD_MAX_LENGTH)
    private String payload;

    private String label;
    private String editor;
    private String locale;

    @Enumerated(EnumType.STRING)
    private DraftStatus status;

    private String reviewer;
    private String reviewComment;
    private String publishedPath;
    private Instant createdAt;
    private Instant updatedAt;

    protected Draft() {
    }

    Draft(String kind, Long recordId, Long baseVersion, String payload, String label, String editor, Locale locale, Instant now) {
        this.kind = kind;
        this.recordId = recordId;
        this.baseVersion = baseVersion;
        this.payload = payload;
        this.label = cut(label, 300);
        this.editor = editor;
        this.locale = locale.toLanguageTag();
        this.status = DraftStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The editor saved the form again: it waits for review once more, and a send-back comment is answered. */
    void resubmit(Long newBaseVersion, String newPayload, String newLabel, Locale newLocale, Instant now) {
        this.locale = newLocale.toLanguageTag();
        this.baseVersion = newBaseVersion;
        this.payload = newPayload;
        this.label = cut(newLabel, 300);
        this.status = DraftStatus.PENDING;
        this.updatedAt = now;
    }

    void sendBack(String reviewerName, String comment, Instant now) {
        this.status = DraftStatus.SENT_BACK;
        this.reviewer = reviewerName;
        this.reviewComment = cut(comment, 2000);
        this.updatedAt = now;
    }

    void withdraw(Instant now) {
        this.status = DraftStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    void markPublished(String reviewerName, String path, Instant now) {
        this.status = DraftStatus.PUBLISHED;
        this.reviewer = reviewerName;
        this.publishedPath = cut(path, 300);
        this.updatedAt = now;
    }

    public boolean isCreate() {
        return recordId == null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getKind() { return kind; }
    public Long getRecordId() { return recordId; }
    public Long getBaseVersion() { return baseVersion; }
    public String getPayload() { return payload; }
    public String getLabel() { return label; }
    public String getEditor() { return editor; }
    /** The editor's language when the form was saved: the form names the records it refers to in it. */
    public Locale getLocale() { return Locale.forLanguageTag(locale); }
    public DraftStatus getStatus() { return status; }
    public String getReviewer() { return reviewer; }
    public String getReviewComment() { return reviewComment; }
    public String getPublishedPath() { return publishedPath; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
