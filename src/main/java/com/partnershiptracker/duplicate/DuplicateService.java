package com.partnershiptracker.duplicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;

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
     * One page of likely duplicate pairs of the kind from the cursor, newest record first, dismissed pairs left
     * out, each with its evidence and both records; two statements on PostgreSQL whatever the page holds, and
     * a bounded amount of work whatever the size of the record (see {@link DuplicateFinder}).
     */
    public DuplicatesPage list(RecordKind kind, DuplicateCursor cursor, int size) {
        return finder.find(kind, cursor, size);
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
