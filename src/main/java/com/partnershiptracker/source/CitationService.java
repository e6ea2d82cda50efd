package com.partnershiptracker.source;

import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.FactNotFoundException;
import com.partnershiptracker.shared.RecordNotFoundException;
import com.partnershiptracker.shared.StaleRecordException;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Attaches sources to facts of any kind. Each attachment is a revision of the fact it supports. */
@Service
@Transactional(readOnly = true)
public class CitationService {

    private final EntityManager entityManager;
    private final SourceService sources;

    CitationService(EntityManager entityManager, SourceService sources) {
        this.entityManager = entityManager;
        this.sources = sources;
    }

    /**
     * Cites the source on the fact, if nobody saved the fact since the editor's form showed
     * version {@code expectedVersion}.
     *
     * @throws RecordNotFoundException when the fact or the source does not exist
     * @return whether the citation's quote occurs in the source's text
     * @throws StaleRecordException when the fact changed in the meantime
     */
    @Transactional
    public <T extends BaseEntity & Cited> QuoteCheck.Status attach(Class<T> type, long factId, long expectedVersion,
                                                                   long sourceId, Citation.Draft draft) {
        T fact = current(type, factId, expectedVersion);
        Citation citation = draft.toCitation(sources.getById(sourceId));
        fact.cite(citation);
        return citation.getSource().check(citation.getQuote());
    }

    /**
     * Removes one citation from the fact: the one the editor's page showed at that position, citing
     * that source, with the fact at version {@code expectedVersion}. A page made before any other
     * change to the fact (another citation removed or added) removes nothing.
     *
     * @throws RecordNotFoundException when the fact does not exist
     * @throws StaleRecordException when the fact changed since the page was made, or has no such citation
     */
    @Transactional
    public <T extends BaseEntity & Cited> void remove(Class<T> type, long factId, int position, long sourceId,
                                                      long expectedVersion) {
        T fact = current(type, factId, expectedVersion);
        List<Citation> citations = fact.getCitations();
        if (position < 0 || position >= citations.size() || !citations.get(position).getSource().getId().equals(sourceId)) {
            throw new StaleRecordException(type.getSimpleName(), factId);
        }
        fact.uncite(position);
    }

    /** The fact's version as saved now. @throws RecordNotFoundException when it does not exist */
    public <T extends BaseEntity & Cited> long versionOf(Class<T> type, long factId) {
        T fact = entityManager.find(type, factId);
        if (fact == null) {
            throw new FactNotFoundException(type.getSimpleName(), factId);
        }
        return fact.getVersion();
    }

    private <T extends BaseEntity & Cited> T current(Class<T> type, long factId, long expectedVersion) {
        T fact = entityManager.find(type, factId);
        if (fact == null) {
            throw new FactNotFoundException(type.getSimpleName(), factId);
        }
        if (fact.getVersion() != expectedVersion) {
            throw new StaleRecordException(type.getSimpleName(), factId);
        }
        return fact;
    }

    /** Saves a new source and cites it on the fact, in one transaction; see {@link #attach}. */
    @Transactional
    public <T extends BaseEntity & Cited> Source attachNewSource(Class<T> type, long factId, long expectedVersion,
                                                                 Source source, Citation.Draft draft) {
        current(type, factId, expectedVersion);
        Source saved = sources.save(source);
        attach(type, factId, expectedVersion, saved.getId(), draft);
        return saved;
    }

    /**
     * Replaces the citation at the position, which must cite that source, keeping its place among the fact's
     * citations; for imports, which check the fact's state when they plan and apply in one transaction.
     *
     * @throws RecordNotFoundException when the fact or the source does not exist
     * @throws StaleRecordException when the fact has no such citation
     */
    @Transactional
    public <T extends BaseEntity & Cited> void replace(Class<T> type, long factId, int position, long sourceId, Citation.Draft draft) {
        T fact = current(type, factId, versionOf(type, factId));
        List<Citation> citations = List.copyOf(fact.getCitations());
        if (position < 0 || position >= citations.size() || !citations.get(position).getSource().getId().equals(sourceId)) {
            throw new StaleRecordException(type.getSimpleName(), factId);
        }
        for (int last = citations.size() - 1; last >= position; last--) {
            fact.uncite(last);
        }
        fact.cite(draft.toCitation(sources.getById(sourceId)));
        citations.subList(position + 1, citations.size()).forEach(fact::cite);
    }

    /** Cites the source on the fact as it stands now (imports check the fact when they plan); see {@link #attach}. */
    @Transactional
    public <T extends BaseEntity & Cited> void cite(Class<T> type, long factId, long sourceId, Citation.Draft draft) {
        attach(type, factId, versionOf(type, factId), sourceId, draft);
    }
}
