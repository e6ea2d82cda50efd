package com.partnershiptracker.home;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** All five counts in one statement. */
@Component
@Transactional(readOnly = true)
public class RecordCountsQuery {

    private final JdbcClient jdbc;

    RecordCountsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RecordCounts counts() {
        return jdbc.sql("""
                        select (select count(*) from organizations where kind <> 'INTERNAL_UNIT') as partners,
                               (select count(*) from agreements) as agreements,
                               (select count(*) from initiatives) as initiatives,
                               (select count(*) from people) as people,
                               (select count(*) from sources) as sources""")
                .query((rs, n) -> new RecordCounts(rs.getLong("partners"), rs.getLong("agreements"),
                        rs.getLong("initiatives"), rs.getLong("people"), rs.getLong("sources")))
                .single();
    }
}
