package com.partnershiptracker.source;

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

    SourceService(SourceRepository sources) {
        this.sources = sources;
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

    @Transactional
    public Source save(Source source) {
        return sources.save(source);
    }
}
