package com.partnershiptracker.source;

import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.util.Objects;

/** A news article or document that reports facts. Its reporter is metadata here, not a person record. */
@Entity
@Audited
@Table(name = "sources")
public class Source extends BaseEntity {

    public static final int ARTICLE_TEXT_MAX_LENGTH = 200_000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SourceKind kind;

    @Column(nullable = false, length = 200)
    private String publisher;

    @Column(length = 200)
    private String author;

    @Column(length = 500)
    private String headlineKo;

    @Column(length = 500)
    private String headlineEn;

    @Column(length = 2000)
    private String url;

    @Column(nullable = false, length = 10)
    private String language;

    @Embedded
    private PartialDate published;

    @Column(length = 2000)
    private String note;

    @Column(length = ARTICLE_TEXT_MAX_LENGTH)
    private String articleText;

    @Column(length = 2000)
    private String archiveUrl;

    protected Source() {
    }

    public Source(SourceKind kind, String publisher, Bilingual headline, String language) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.language = Objects.requireNonNull(language, "language");
        rename(headline);
    }

    /** Changes what kind of document it is, who published it and its language. */
    public void republish(SourceKind newKind, String newPublisher, String newLanguage) {
        this.kind = Objects.requireNonNull(newKind, "kind");
        this.publisher = Objects.requireNonNull(newPublisher, "publisher");
        this.language = Objects.requireNonNull(newLanguage, "language");
    }

    public void rename(Bilingual headline) {
        if (headline.isEmpty()) {
            throw new IllegalArgumentException("A source needs a headline in at least one language");
        }
        this.headlineKo = headline.ko();
        this.headlineEn = headline.en();
    }

    public void attributeTo(String author) {
        this.author = author;
    }

    public void locateAt(String url) {
        if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("A source URL must be http or https");
        }
        this.url = url;
    }

    public void datePublished(PartialDate published) {
        this.published = published;
    }

    /** Remarks about the source itself, for example how its publisher was identified. */
    public void annotate(String newNote) {
        this.note = newNote;
    }

    /**
     * Keeps the article's text, as an editor pasted it, for checking quotes against; null forgets it.
     * An archived copy's address may come with it.
     */
    public void keepText(String text, String archivedAt) {
        if (text != null && text.length() > ARTICLE_TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("An article text is at most " + ARTICLE_TEXT_MAX_LENGTH + " characters");
        }
        if (archivedAt != null && !archivedAt.startsWith("http://") && !archivedAt.startsWith("https://")) {
            throw new IllegalArgumentException("An archive URL must be http or https");
        }
        this.articleText = text;
        this.archiveUrl = archivedAt;
    }

    /** Whether the quote occurs in the article's text; unchecked when there is no text. */
    public QuoteCheck.Status check(String quote) {
        return QuoteCheck.status(articleText, quote);
    }

    public SourceKind getKind() {
        return kind;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getAuthor() {
        return author;
    }

    public Bilingual getHeadline() {
        return Bilingual.of(headlineKo, headlineEn);
    }

    public String getUrl() {
        return url;
    }

    public String getLanguage() {
        return language;
    }

    public PartialDate getPublished() {
        return published;
    }

    public String getNote() {
        return note;
    }

    public String getArticleText() {
        return articleText;
    }

    public String getArchiveUrl() {
        return archiveUrl;
    }
}
