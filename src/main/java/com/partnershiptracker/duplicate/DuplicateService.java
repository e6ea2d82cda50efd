package com.partnershiptracker.duplicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class DuplicateService {

    private final DuplicateFinder finder;
    private final JdbcClient jdbc;

    DuplicateService(DuplicateFinder finder, JdbcClient jdbc) {
        this.finder = finder;
        this.jdbc = jdbc;
    }

    /**
     * One page of likely duplicate pairs of the kind, most alike first, dismissed pairs left out, each with
     * its evidence and both records; two statements on PostgreSQL whatever the page holds.
     */
    public Slice<DuplicatePair> list(RecordKind kind, int page, int size) {
        List<DuplicatePair> found = finder.find(kind, page * size, size + 1);
        boolean more = found.size() > size;
        return new SliceImpl<>(more ? found.subList(0, size) : found, PageRequest.of(page, size), more);
    }

    /** Remembers that the two records are not one, so the list stops offering them; dismissing twice is harmless. */
    @Transactional
    public void dismiss(RecordKind kind, long oneId, long otherId) {
        if (oneId == otherId) {
            throw new IllegalArgumentException("A pair is two records");
        }
        jdbc.sql("""
                        insert into duplicate_dismissals (record_kind, first_id, second_id, dismissed_by, dismissed_at)
                        select :kind, :first, :second, :by, :at from (select 1 as one) x
                        where not exists (select 1 from duplicate_dismissals
                                          where record_kind = :kind and first_id = :first and second_id = :second)""")
                .param("kind", kind.name()).param("first", Math.min(oneId, otherId)).param("second", Math.max(oneId, otherId))
                .param("by", currentUser()).param("at", Timestamp.from(Instant.now())).update();
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
