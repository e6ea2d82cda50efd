package com.partnershiptracker.source;

import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.FactNotFoundException;
import com.partnershiptracker.shared.RecordNotFoundException;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
     * Cites the source on the fact.
     *
     * @throws RecordNotFoundException when the fact or the source does not exist
     */
    @Transactional
    public <T extends BaseEntity & Cited> void attach(Class<T> type, long factId, long sourceId, Citation.Draft draft) {
        T fact = entityManager.find(type, factId);
        if (fact == null) {
            throw new FactNotFoundException(type.getSimpleName(), factId);
        }
        fact.cite(draft.toCitation(sources.getById(sourceId)));
    }

    /**
     * Removes one citation from the fact, by its position among the fact's citations.
     *
     * @throws RecordNotFoundException when the fact does not exist
     * @throws IndexOutOfBoundsException when the fact has no citation at that position
     */
    @Transactional
    public <T extends BaseEntity & Cited> void remove(Class<T> type, long factId, int position) {
        T fact = entityManager.find(type, factId);
        if (fact == null) {
            throw new FactNotFoundException(type.getSimpleName(), factId);
        }
        fact.uncite(position);
    }

    /** Saves a new source and cites it on the fact, in one transaction. */
    @Transactional
    public <T extends BaseEntity & Cited> Source attachNewSource(Class<T> type, long factId, Source source, Citation.Draft draft) {
        Source saved = sources.save(source);
        attach(type, factId, saved.getId(), draft);
        return saved;
    }
}
