package com.partnershiptracker.importing;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationNames;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class OrganizationsToCreateTests {

    private final OrganizationService organizations = mock(OrganizationService.class);
    private final OrganizationsToCreate toCreate = new OrganizationsToCreate(new OrganizationDirectory(List.of(
            new OrganizationNames(1, "example-bank", null, Bilingual.of("예시은행", "Example Bank"), List.of()))), organizations);

    @Test
    void aKnownReferenceIsItsSlugAndCreatesNothing() {
        String slug = toCreate.slugOf("Example Bank", "parties", true);

        assertThat(slug).isEqualTo("example-bank");
        assertThat(toCreate.among(List.of(slug)).changes()).isEmpty();
    }

    @Test
    void anUnknownReferenceIsAnErrorUnlessTheRowAsksToCreateIt() {
        assertThatThrownBy(() -> toCreate.slugOf("Example Telecom", "parties", false))
                .isInstanceOfSatisfying(RowProblem.class, problem -> assertThat(problem.error())
                        .isEqualTo(RowError.in("parties", "import.error.unknownOrganization", "Example Telecom")));
    }

    @Test
    void aPlannedOrganizationIsFoundByLaterRowsAndShownOnEachOfThem() {
        String created = toCreate.slugOf("Example Telecom", "parties", true);
        String again = toCreate.slugOf("example telecom", "organization", false);

        assertThat(created).isEqualTo("example-telecom");
        assertThat(again).isEqualTo(created);
        assertThat(toCreate.among(List.of("example-bank", again)).changes())
                .containsExactly(new FieldChange("create_if_missing", "", "example-telecom"));
    }

    @Test
    void aReferenceWithoutLettersForASlugIsAnError() {
        assertThatThrownBy(() -> toCreate.slugOf("!!!", "subject", true))
                .isInstanceOfSatisfying(RowProblem.class, problem -> assertThat(problem.error())
                        .isEqualTo(RowError.in("subject", "import.error.noSlugFor", "!!!")));
    }

    @Test
    void applyingCreatesTheOrganizationOnceWithItsKoreanOrEnglishName() {
        String korean = toCreate.slugOf("예시페이", "organizations", true);
        String english = toCreate.slugOf("Example Telecom", "organizations", true);
        OrganizationsToCreate.ForRow row = toCreate.among(List.of(korean, english));
        when(organizations.findBySlug(anyString())).thenReturn(Optional.empty());
        when(organizations.findBySlug(english)).thenReturn(Optional.of(new Organization(english, Bilingual.of(null, "Example Telecom"),
                OrganizationKind.OTHER)));

        row.create();

        ArgumentCaptor<Organization> saved = ArgumentCaptor.forClass(Organization.class);
        verify(organizations, times(1)).create(saved.capture(), any());
        assertThat(saved.getValue().getSlug()).isEqualTo(korean);
        assertThat(saved.getValue().getName()).isEqualTo(Bilingual.of("예시페이", null));
        assertThat(saved.getValue().getKind()).isEqualTo(OrganizationKind.OTHER);
    }

    @Test
    void aRowWithoutOrganizationsToCreateSavesNothing() {
        toCreate.among(Collections.singletonList(null)).create();

        verify(organizations, never()).create(any(), any());
    }
}
