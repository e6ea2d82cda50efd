package com.partnershiptracker.organization;

import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
class OrganizationDeletionTests {

    @Autowired
    OrganizationService organizations;

    @Autowired
    TestRecords records;

    @Test
    void anOrganizationOthersReferToIsNotDeletedAndTheReferencesAreNamed() {
        Source source = records.source("참조 기사");
        Organization group = records.organization("ref-group", OrganizationKind.FINANCIAL_GROUP);
        Organization bank = records.organization("ref-bank", OrganizationKind.BANK, group);
        Organization telecom = records.organization("ref-telecom", OrganizationKind.TELECOM);
        records.agreement("Referenced", PartialDate.ofYear(2020), source, bank, telecom);
        records.flush();

        assertThat(organizations.referencesTo(group)).containsEntry("affiliates", 1L);
        assertThat(organizations.referencesTo(bank)).containsEntry("agreements", 1L);
        assertThatThrownBy(() -> organizations.delete(bank)).isInstanceOf(IllegalStateException.class);
        assertThat(organizations.findBySlug("ref-bank")).isPresent();
    }
}
