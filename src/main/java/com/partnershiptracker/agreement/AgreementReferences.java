package com.partnershiptracker.agreement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** What refers to an agreement: the initiatives it produced. One statement. */
@Component
class AgreementReferences {

    private final JdbcClient jdbc;

    AgreementReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> count(long agreementId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long initiatives = jdbc.sql("select count(*) from initiatives where agreement_id = :id").param("id", agreementId)
                .query(Long.class).single();
        if (initiatives > 0) {
            counts.put("initiatives", initiatives);
        }
        return counts;
    }
}
