package com.partnershiptracker.seed;

import com.partnershiptracker.source.CitedAttribute;
import com.partnershiptracker.source.CitedAttributes;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.support.SeededPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The attributes V21 gives the seed's citations. */
@SeededPostgresTest
class SeedCitedAttributesTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void allButTwoSupportingCitationsOfTheSeedNameTheirAttributesAndTheThreeConflictsDisputeOneFromTheList() {
        record Row(String kind, String attributes, String claim) {
        }
        List<Row> rows = jdbc.sql("select fact_kind, attributes, claim_attribute from fact_citations")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3))).list();

        assertThat(rows).hasSize(151);
        assertThat(rows).filteredOn(row -> row.attributes() != null).hasSize(146);
        assertThat(rows).filteredOn(row -> row.claim() != null).extracting(Row::claim)
                .containsExactlyInAnyOrder("SIGNED", "LAUNCHED", "DESCRIPTION");
        assertThat(rows).filteredOn(row -> row.attributes() == null && row.claim() == null).hasSize(2);
        // Every named attribute is one the fact's kind has, and reads back whole.
        assertThat(rows).filteredOn(row -> row.attributes() != null).allSatisfy(row -> {
            FactKind kind = FactKind.valueOf(row.kind());
            List<CitedAttribute> attributes = CitedAttributes.read(row.attributes());
            assertThat(CitedAttributes.write(attributes)).isEqualTo(row.attributes());
            assertThat(attributes).allMatch(attribute -> attribute.appliesTo(kind), "attributes of a " + kind);
        });
        assertThat(rows).filteredOn(row -> row.claim() != null)
                .allMatch(row -> CitedAttribute.valueOf(row.claim()).appliesTo(FactKind.valueOf(row.kind())));
    }

    @Test
    void theSeedsFirstRevisionHoldsTheSameAttributes() {
        long differing = jdbc.sql("""
                        select count(*) from agreement_citations c join agreement_citations_aud a
                          on a.agreement_id = c.agreement_id and a.position = c.position
                        where a.rev = (select min(rev) from revinfo where username = 'seed')
                          and (coalesce(a.attributes, '-') <> coalesce(c.attributes, '-')
                               or coalesce(a.claim_attribute, '-') <> coalesce(c.claim_attribute, '-'))""")
                .query(Long.class).single();
        long named = jdbc.sql("""
                        select count(*) from initiative_citations_aud
                        where rev = (select min(rev) from revinfo where username = 'seed') and attributes is not null""")
                .query(Long.class).single();

        assertThat(differing).isZero();
        assertThat(named).isEqualTo(46);
    }
}
