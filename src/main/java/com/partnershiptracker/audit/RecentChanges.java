package com.partnershiptracker.audit;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PageSlice;
import org.hibernate.envers.RevisionType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every change across the site, accounts included, newest first, in two statements a page, and a third
 * when the page shows records deleted since, to name them as they were last stored.
 */
@Service
@Transactional(readOnly = true)
public class RecentChanges {

    private static final String CHANGES = """
            select 'ORGANIZATION' as kind, id, rev, revtype from organizations_aud
            union all select 'RELATION', id, rev, revtype from organization_relations_aud
            union all select 'PERSON', id, rev, revtype from people_aud
            union all select 'POSITION', id, rev, revtype from positions_aud
            union all select 'AGREEMENT', id, rev, revtype from agreements_aud
            union all select 'INITIATIVE', id, rev, revtype from initiatives_aud
            union all select 'METRIC', id, rev, revtype from metrics_aud
            union all select 'STATEMENT', id, rev, revtype from statements_aud
            union all select 'SOURCE', id, rev, revtype from sources_aud
            union all select 'ACCOUNT', id, rev, case change when 'CREATED' then 0 when 'DELETED' then 2 else 1 end
                from account_changes""";

    private final JdbcClient jdbc;
    private final RecordNames names;

    RecentChanges(JdbcClient jdbc, RecordNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    public Page<RecentChange> page(PageSlice slice) {
        PageRequest request = PageRequest.of(slice.page(), slice.size());
        long total = jdbc.sql("select count(*) from (" + CHANGES + ") c").query(Long.class).single();
        List<RecentChange> changes = total == 0 ? List.of() : jdbc.sql("""
                        select c.kind, c.id, c.rev, c.revtype, r.revtstmp, r.username,
                               coalesce(l.title_ko, s.headline_ko, a.username) as title_ko,
                               coalesce(l.title_en, s.headline_en, a.username) as title_en
                        from (""" + CHANGES + """
                        ) c join revinfo r on r.rev = c.rev
                        left join fact_labels l on l.fact_kind = c.kind and l.fact_id = c.id
                        left join sources s on c.kind = 'SOURCE' and s.id = c.id
                        left join account_changes a on c.kind = 'ACCOUNT' and a.id = c.id
                        order by c.rev desc, c.kind, c.id limit :limit offset :offset""")
                .param("limit", slice.size()).param("offset", slice.offset())
                .query((rs, n) -> new RecentChange(rs.getLong("rev"), Instant.ofEpochMilli(rs.getLong("revtstmp")),
                        rs.getString("username"), rs.getString("kind"), rs.getLong("id"),
                        RevisionType.fromRepresentation((byte) rs.getInt("revtype")),
                        Bilingual.of(rs.getString("title_ko"), rs.getString("title_en"))))
                .list();
        return new PageImpl<>(withStoredNames(changes), request, total);
    }

    private List<RecentChange> withStoredNames(List<RecentChange> changes) {
        List<RecordKey> unnamed = changes.stream().filter(change -> change.label().isEmpty() && !"ACCOUNT".equals(change.kind()))
                .map(change -> new RecordKey(change.kind(), change.id())).toList();
        if (unnamed.isEmpty()) {
            return changes;
        }
        Map<RecordKey, Bilingual> stored = names.stored(unnamed);
        return changes.stream().map(change -> {
            Bilingual name = stored.get(new RecordKey(change.kind(), change.id()));
            return name == null || !change.label().isEmpty() ? change : new RecentChange(change.revision(), change.madeAt(),
                    change.username(), change.kind(), change.id(), change.type(), name);
        }).toList();
    }
}
