package com.partnershiptracker.source.web;

import com.partnershiptracker.websupport.EditForm;
import com.partnershiptracker.websupport.FieldLabel;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.websupport.PartialDateField;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceChange;
import com.partnershiptracker.source.SourceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the source form edits. */
public class SourceForm extends EditForm implements SourceChange {

    @FieldLabel("source.kind") @NotNull private SourceKind kind = SourceKind.NEWS_ARTICLE;
    @FieldLabel("source.publisher") @NotBlank @Size(max = 200) private String publisher;
    @FieldLabel("source.author") @Size(max = 200) private String author;
    @FieldLabel("form.headlineKo") @Size(max = 500) private String headlineKo;
    @FieldLabel("form.headlineEn") @Size(max = 500) private String headlineEn;
    @Size(max = 2000) @Pattern(regexp = "(https?://\\S+)?", message = "{validation.url}") private String url;
    @NotBlank @Size(max = 10) @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z]{2,4})?", message = "{validation.language}") private String language = "ko";
    @FieldLabel("source.published") @Valid private PartialDateField published = new PartialDateField();
    @FieldLabel("source.note") @Size(max = 2000) private String note;
    @FieldLabel("source.articleText") @Size(max = Source.ARTICLE_TEXT_MAX_LENGTH, message = "{validation.articleText.size}") private String articleText;
    @FieldLabel("source.archiveUrl") @Size(max = 2000) @Pattern(regexp = "(https?://\\S+)?", message = "{validation.url}") private String archiveUrl;

    public static SourceForm from(Source source) {
        SourceForm form = new SourceForm();
        form.kind = source.getKind();
        form.publisher = source.getPublisher();
        form.author = source.getAuthor();
        form.headlineKo = source.getHeadline().ko();
        form.headlineEn = source.getHeadline().en();
        form.url = source.getUrl();
        form.language = source.getLanguage();
        form.published = PartialDateField.from(source.getPublished());
        form.note = source.getNote();
        form.articleText = source.getArticleText();
        form.archiveUrl = source.getArchiveUrl();
        form.setVersion(source.getVersion());
        form.markOpened();
        return form;
    }

    /** A new source with the form's values. */
    @Override
    public Source newSource() {
        return new Source(kind, publisher.strip(), headline(), language.strip());
    }

    /** The new source a citation form enters on the spot, ready to save. */
    public Source toSource() {
        Source source = newSource();
        applyTo(source);
        return source;
    }

    @Override
    public void applyTo(Source source) {
        source.republish(kind, publisher.strip(), language.strip());
        source.rename(headline());
        source.attributeTo(blankToNull(author));
        source.locateAt(blankToNull(url));
        source.datePublished(published.toPartialDate());
        source.annotate(blankToNull(note));
        source.keepText(articleText == null || articleText.isBlank() ? null : articleText.replace("\r\n", "\n"), blankToNull(archiveUrl));
    }

    @AssertTrue(message = "{validation.headlineRequired}")
    public boolean isHeadlined() {
        return !headline().isEmpty();
    }

    private Bilingual headline() {
        return Bilingual.of(headlineKo, headlineEn);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public SourceKind getKind() { return kind; }
    public void setKind(SourceKind kind) { this.kind = kind; }
    public String getPublisher() { return publisher; }
    public void setPublisher(String publisher) { this.publisher = publisher; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public String getHeadlineKo() { return headlineKo; }
    public void setHeadlineKo(String headlineKo) { this.headlineKo = headlineKo; }
    public String getHeadlineEn() { return headlineEn; }
    public void setHeadlineEn(String headlineEn) { this.headlineEn = headlineEn; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public PartialDateField getPublished() { return published; }
    public void setPublished(PartialDateField published) { this.published = published == null ? new PartialDateField() : published; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getArticleText() { return articleText; }
    public void setArticleText(String articleText) { this.articleText = articleText; }
    public String getArchiveUrl() { return archiveUrl; }
    public void setArchiveUrl(String archiveUrl) { this.archiveUrl = archiveUrl; }
}
