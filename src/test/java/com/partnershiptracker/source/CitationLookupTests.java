package com.partnershiptracker.source;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class CitationLookupTests {

    @Autowired
    CitationLookup citations;

    @Autowired
    TestRecords records;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void factsOfOneKindAreCitedAsWhenMixedWithOtherKindsInOneStatementEach() {
        Source source = records.source("One kind or many");
        Organization bank = records.organization("cited-bank", OrganizationKind.BANK);
        Organization pay = records.organization("cited-pay", OrganizationKind.FINTECH);
        Agreement first = records.agreement("Cited first", PartialDate.ofYear(2020), source, bank, pay);
        Agreement second = records.agreement("Cited second", PartialDate.ofYear(2021), source, bank, pay);
        Initiative initiative = records.initiative("Cited service", PartialDate.ofYear(2022), source, bank);
        records.flush();
        FactRef firstFact = new FactRef(FactKind.AGREEMENT, first.getId());
        FactRef secondFact = new FactRef(FactKind.AGREEMENT, second.getId());
        FactRef initiativeFact = new FactRef(FactKind.INITIATIVE, initiative.getId());

        SqlStatementCounter.Counted<Map<FactRef, List<SourceCitation>>> agreements =
                statements.count(() -> citations.citationsOf(List.of(firstFact, secondFact)));
        SqlStatementCounter.Counted<Map<FactRef, List<SourceCitation>>> mixed =
                statements.count(() -> citations.citationsOf(List.of(firstFact, initiativeFact, secondFact)));

        assertThat(agreements.result()).containsOnlyKeys(firstFact, secondFact);
        assertThat(agreements.result().get(firstFact)).singleElement()
                .satisfies(citation -> assertThat(citation.factVersion()).isEqualTo(first.getVersion()));
        assertThat(mixed.result()).containsOnlyKeys(firstFact, secondFact, initiativeFact);
        assertThat(mixed.result().get(firstFact)).isEqualTo(agreements.result().get(firstFact));
        assertThat(mixed.result().get(secondFact)).isEqualTo(agreements.result().get(secondFact));
        assertThat(mixed.result().get(initiativeFact)).isEqualTo(citations.citationsOf(List.of(initiativeFact)).get(initiativeFact));
        assertThat(agreements.statements()).isEqualTo(mixed.statements()).isEqualTo(1);
    }
}
