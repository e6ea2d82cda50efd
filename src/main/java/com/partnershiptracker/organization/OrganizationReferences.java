package com.partnershiptracker.organization;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** How many records of each kind refer to an organization; one statement. A referenced organization is not deleted. */
@Component
class OrganizationReferences {

    private final JdbcClient jdbc;

    OrganizationReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> count(long organizationId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select 'affiliates' as kind, count(*) as n from organizations where parent_id = :id
                        union all select 'relations', count(*) from organization_relations where subject_id = :id or object_id = :id
                        union all select 'agreements', count(*) from agreement_parties where organization_id = :id
                        union all select 'attendees', count(*) from agreement_attendees where organization_id = :id
                        union all select 'initiatives', count(*) from initiative_organizations where organization_id = :id
                        union all select 'positions', count(*) from positions where organization_id = :id
                        union all select 'statements', count(*) from statements where organization_id = :id
                        union all select 'metrics', count(*) from metrics where organization_id = :id""")
                .param("id", organizationId)
                .query(rs -> {
                    if (rs.getLong("n") > 0) {
                        counts.put(rs.getString("kind"), rs.getLong("n"));
                    }
                });
        return counts;
    }
}
