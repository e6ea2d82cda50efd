package com.partnershiptracker.source;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class CitationAttributesTests {

    @Autowired
    CitationService citations;

    @Autowired
    CitationLookup lookup;

    @Autowired
    TestRecords records;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAttributesACitationSupportsAreSavedAndReadBackByTheEntityAndByThePages() {
        Agreement agreement = agreementCitedOnce("Attributes saved");
        Source report = records.source("Signed on the 19th");
        records.flush();

        citations.attach(Agreement.class, agreement.getId(), agreement.getVersion(), report.getId(),
                new Citation.Draft("19일 본점에서 맺었다", null, null, null, List.of(CitedAttribute.PLACE, CitedAttribute.SIGNED)));
        records.flushAndClear();

        Agreement saved = entityManager.find(Agreement.class, agreement.getId());
        assertThat(saved.getCitations()).extracting(Citation::getAttributes)
                .containsExactly(List.of(), List.of(CitedAttribute.PLACE, CitedAttribute.SIGNED));
        assertThat(jdbc.sql("select attributes from agreement_citations where agreement_id = ? and position = 1")
                .param(agreement.getId()).query(String.class).single()).isEqualTo("PLACE,SIGNED");
        FactRef fact = new FactRef(FactKind.AGREEMENT, agreement.getId());
        List<SourceCitation> shown = lookup.citationsOf(List.of(fact)).get(fact);
        assertThat(shown).extracting(SourceCitation::isWholeRecord).containsExactly(true, false);
        assertThat(shown.get(1).supports(CitedAttribute.SIGNED)).isTrue();
        assertThat(shown.get(1).supports(CitedAttribute.PARTIES)).isFalse();
        assertThat(shown.get(1).number()).isEqualTo(2);
    }

    @Test
    void aConflictingCitationNamesTheDisputedAttributeFromTheList() {
        Agreement agreement = agreementCitedOnce("Attribute disputed");
        Source other = records.source("July, says another");
        records.flush();

        citations.attach(Agreement.class, agreement.getId(), agreement.getVersion(), other.getId(),
                new Citation.Draft("지난 7월", CitedAttribute.SIGNED, "2020-07", "Another month"));
        records.flushAndClear();

        FactRef fact = new FactRef(FactKind.AGREEMENT, agreement.getId());
        SourceCitation conflict = lookup.citationsOf(List.of(fact)).get(fact).get(1);
        assertThat(conflict.claimAttribute()).isEqualTo("SIGNED");
        assertThat(conflict.disputes(CitedAttribute.SIGNED)).isTrue();
        assertThat(conflict.disputes(CitedAttribute.ANNOUNCED)).isFalse();
        assertThat(conflict.isWholeRecord()).isFalse();
    }

    @Test
    void aSavedNameNoLongerInTheListIsDroppedOnReadingRatherThanBreakingThePage() {
        Agreement agreement = agreementCitedOnce("Attribute retired");
        records.flush();
        jdbc.sql("update agreement_citations set attributes = 'SIGNED,RETIRED_ATTRIBUTE' where agreement_id = ?")
                .param(agreement.getId()).update();
        records.flushAndClear();

        assertThat(entityManager.find(Agreement.class, agreement.getId()).getCitations())
                .extracting(Citation::getAttributes).containsExactly(List.of(CitedAttribute.SIGNED));
        FactRef fact = new FactRef(FactKind.AGREEMENT, agreement.getId());
        assertThat(lookup.citationsOf(List.of(fact)).get(fact)).singleElement()
                .satisfies(citation -> assertThat(citation.attributes()).containsExactly(CitedAttribute.SIGNED));
    }

    private Agreement agreementCitedOnce(String title) {
        Source source = records.source(title + " source");
        Organization bank = records.organization(slug(title) + "-bank", OrganizationKind.BANK);
        Organization pay = records.organization(slug(title) + "-pay", OrganizationKind.FINTECH);
        return records.agreement(title, PartialDate.ofDay(2020, 8, 19), source, bank, pay);
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
