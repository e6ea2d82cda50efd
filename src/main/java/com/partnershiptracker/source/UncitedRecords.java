package com.partnershiptracker.source;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.RecordLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Facts that no source supports yet, for editors to fix; one statement. */
@Component
@Transactional(readOnly = true)
public class UncitedRecords {

    static final int SHOWN = 50;

    private final JdbcClient jdbc;

    UncitedRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UncitedRecord> list() {
        return jdbc.sql("""
                        select l.fact_kind, l.fact_id, l.title_ko, l.title_en, l.link_kind, l.link_key
                        from fact_labels l
                        where not exists (select 1 from fact_citations c where c.fact_kind = l.fact_kind and c.fact_id = l.fact_id)
                        order by l.fact_kind, l.fact_id limit :shown""")
                .param("shown", SHOWN)
                .query((rs, n) -> new UncitedRecord(FactKind.valueOf(rs.getString("fact_kind")), rs.getLong("fact_id"),
                        Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                        RecordLink.of(rs.getString("link_kind"), rs.getString("link_key"))))
                .list();
    }

    public record UncitedRecord(FactKind kind, long id, Bilingual title, RecordLink link) {
    }
}
