package com.partnershiptracker.source;

import com.partnershiptracker.shared.StaleRecordException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class SourceService {

    private final SourceRepository sources;
    private final CitationLookup citationCounter;

    SourceService(SourceRepository sources, CitationLookup citationCounter) {
        this.sources = sources;
        this.citationCounter = citationCounter;
    }

    public Optional<Source> findById(long id) {
        return sources.findById(id);
    }

    /** @throws SourceNotFoundException when no source has that id */
    public Source getById(long id) {
        return sources.findById(id).orElseThrow(() -> new SourceNotFoundException(id));
    }

    /** Sources newest first by publication date, one page at a time. */
    public Page<Source> list(int page, int size) {
        return sources.findAll(PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("published.date").nullsLast(), Sort.Order.asc("id"))));
    }

    /** Sources whose publisher or headline contains the text, newest first; two statements. */
    public Page<Source> search(String text, int page, int size) {
        String normalized = com.partnershiptracker.shared.TextQuery.normalize(text);
        if (normalized == null) {
            return list(page, size);
        }
        return sources.search(com.partnershiptracker.shared.TextQuery.containsPattern(normalized), PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("published.date").nullsLast(), Sort.Order.asc("id"))));
    }

    @Transactional
    public Source save(Source source) {
        return sources.save(source);
    }

    /**
     * Applies an edit if nobody saved the source since version {@code expectedVersion} was loaded.
     *
     * @throws StaleRecordException when it changed in the meantime
     */
    @Transactional
    public Source update(long id, long expectedVersion, SourceChange change) {
        Source source = getById(id);
        source.requireVersion(expectedVersion);
        change.applyTo(source);
        return source;
    }

    /** Creates a source from an edit. */
    @Transactional
    public Source create(SourceChange change) {
        Source source = change.newSource();
        change.applyTo(source);
        return sources.save(source);
    }

    /** How many of a source's citations its admin page lists with their quote checked. */
    public static final int CHECKED_QUOTES_SHOWN = 200;

    /**
     * The first {@link #CHECKED_QUOTES_SHOWN} facts the source supports, each quote checked against
     * the source's text, and how many there are in all; one statement.
     */
    public Page<CheckedQuote> checkedQuotes(Source source) {
        QuoteCheck check = QuoteCheck.against(source.getArticleText());
        return citationCounter.factsCiting(source.getId(), CHECKED_QUOTES_SHOWN)
                .map(fact -> new CheckedQuote(fact, check.statusOf(fact.quote())));
    }

    /** What cites the source; a cited source is not deleted. */
    public long citationCount(long id) {
        return citationCounter.citationsOf(id);
    }

    /**
     * Deletes a source no fact cites.
     *
     * @throws IllegalStateException when a fact cites it
     */
    @Transactional
    public void delete(long id) {
        if (citationCount(id) > 0) {
            throw new IllegalStateException("Cited sources are not deleted");
        }
        sources.delete(getById(id));
    }
}
