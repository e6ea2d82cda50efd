package com.partnershiptracker.initiative.web;

import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.ReferenceStubs;
import com.partnershiptracker.lookup.ReferenceResolver;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@WebMvcTest({InitiativeAdminController.class, MetricAdminController.class})
@Import({Conflicts.class, Display.class, SliceSecurity.class, ReferenceFields.class})
class InitiativeAndMetricAdminControllerTests {

    @Autowired
    MockMvc mvc;

    /** Review is not required in these tests: every save publishes, as before drafts existed. */
    @MockitoBean(name = "draftGate")
    DraftGate drafts;

    @MockitoBean
    ReferenceResolver resolver;

    @MockitoBean
    InitiativeService initiatives;

    @MockitoBean
    OrganizationService organizations;

    @MockitoBean
    AgreementService agreements;

    @BeforeEach
    void stubServices() {
        ReferenceStubs.on(resolver).organization(1, "kt", "KT", "KT");
        when(organizations.hierarchy()).thenReturn(new OrganizationHierarchy(List.of()));
        when(organizations.findBySlug("kt")).thenReturn(Optional.of(new Organization("kt", Bilingual.of("KT", "KT"),
                OrganizationKind.TELECOM)));
        when(initiatives.list(any())).thenReturn(Page.empty());
        when(agreements.search(any(), any())).thenReturn(Page.empty());
        when(initiatives.create(any())).thenAnswer(call -> {
            com.partnershiptracker.initiative.Initiative saved = call.<com.partnershiptracker.initiative.InitiativeChange>getArgument(0)
                    .newInitiative();
            ReflectionTestUtils.setField(saved, "id", 40L);
            return saved;
        });
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anInitiativeIsCreatedWithItsOrganizations() throws Exception {
        mvc.perform(post("/admin/initiatives/new").with(csrf()).param("titleEn", "New service").param("kind", "SERVICE")
                        .param("status", "PLANNED").param("organizations[0].organization", "kt")
                        .param("organizations[0].role", "LEAD").param("organizations[1].organization", ""))
                .andExpect(redirectedUrl("/initiatives/40"));
        org.mockito.ArgumentCaptor<com.partnershiptracker.initiative.InitiativeChange> created =
                org.mockito.ArgumentCaptor.forClass(com.partnershiptracker.initiative.InitiativeChange.class);
        verify(initiatives).create(created.capture());
        com.partnershiptracker.initiative.Initiative made = created.getValue().newInitiative();
        created.getValue().applyTo(made, new com.partnershiptracker.initiative.InitiativeChange.Lookups() {
            @Override
            public Optional<Organization> organization(String slug) {
                return organizations.findBySlug(slug);
            }

            @Override
            public Optional<com.partnershiptracker.agreement.Agreement> agreement(long id) {
                return Optional.empty();
            }
        });
        org.assertj.core.api.Assertions.assertThat(made.getOrganizations()).singleElement()
                .satisfies(row -> org.assertj.core.api.Assertions.assertThat(row.getOrganization().getSlug()).isEqualTo("kt"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anUnknownOrganizationRowAndAnEndBeforeTheStartAreRefused() throws Exception {
        mvc.perform(post("/admin/initiatives/new").with(csrf()).param("titleEn", "New service").param("kind", "SERVICE")
                        .param("status", "PLANNED").param("organizations[0].organization", "nowhere")
                        .param("started.text", "2021").param("ended.text", "2020-05"))
                .andExpect(model().attributeHasFieldErrors("form", "organizations[0].organization", "endedAfterStarted"));
        verify(initiatives, never()).create(any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void staleSavesAreRefusedWithA409() throws Exception {
        com.partnershiptracker.initiative.Initiative initiative = new com.partnershiptracker.initiative.Initiative(
                Bilingual.of(null, "Old"), com.partnershiptracker.initiative.InitiativeKind.SERVICE,
                com.partnershiptracker.initiative.InitiativeStatus.PLANNED);
        when(initiatives.getById(8L)).thenReturn(initiative);
        when(initiatives.getForEditing(8L)).thenReturn(initiative);
        when(initiatives.update(org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.anyLong(), any()))
                .thenThrow(new com.partnershiptracker.shared.StaleRecordException("Initiative", 8));
        mvc.perform(post("/admin/initiatives/8/edit").with(csrf()).param("version", "0").param("titleEn", "Mine")
                        .param("kind", "SERVICE").param("status", "PLANNED"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict());

        Metric metric = Metric.actual(new Organization("kt", Bilingual.of("KT", "KT"), OrganizationKind.TELECOM), null,
                Bilingual.of(null, "Users"));
        metric.record(BigDecimal.ONE, null, null);
        when(initiatives.getMetric(9L)).thenReturn(metric);
        when(initiatives.updateMetric(org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.anyLong(), any()))
                .thenThrow(new com.partnershiptracker.shared.StaleRecordException("Metric", 9));
        mvc.perform(post("/admin/metrics/9/edit").with(csrf()).param("version", "0").param("kind", "ACTUAL")
                        .param("organization", "kt").param("measureEn", "Users").param("value", "2"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aTargetIsSavedAsATargetWithItsDate() throws Exception {
        mvc.perform(post("/admin/metrics/new").with(csrf()).param("kind", "TARGET").param("organization", "kt")
                        .param("measureEn", "Users").param("value", "15000000").param("unit", "people").param("target.text", "2023"))
                .andExpect(redirectedUrl("/admin/metrics"));
        Metric saved = createdMetric();
        assertThat(saved.getValue()).isEqualByComparingTo(new BigDecimal("15000000"));
        assertThat(saved.getTarget().toIsoString()).isEqualTo("2023");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anActualCannotHaveATargetDateAndNeedsAValue() throws Exception {
        mvc.perform(post("/admin/metrics/new").with(csrf()).param("kind", "ACTUAL").param("organization", "kt")
                        .param("measureEn", "Users").param("target.text", "2023"))
                .andExpect(model().attributeHasFieldErrors("form", "targetDateOnTarget", "valued"));
        mvc.perform(post("/admin/metrics/new").with(csrf()).param("kind", "ACTUAL").param("measureEn", "Users")
                        .param("value", "not a number"))
                .andExpect(model().attributeHasFieldErrors("form", "value", "aboutSomething"));
        verify(initiatives, never()).createMetric(any());
    }

    /** The figure the controller asked the service to create, as the service would make it. */
    private Metric createdMetric() {
        ArgumentCaptor<com.partnershiptracker.initiative.MetricChange> change =
                ArgumentCaptor.forClass(com.partnershiptracker.initiative.MetricChange.class);
        verify(initiatives).createMetric(change.capture());
        com.partnershiptracker.initiative.MetricChange.Lookups lookups = new com.partnershiptracker.initiative.MetricChange.Lookups() {
            @Override
            public Optional<Organization> organization(String slug) {
                return organizations.findBySlug(slug);
            }

            @Override
            public Optional<com.partnershiptracker.initiative.Initiative> initiative(long id) {
                return initiatives.findById(id);
            }

            @Override
            public Optional<Metric> metric(long id) {
                return initiatives.findMetric(id);
            }
        };
        Metric metric = change.getValue().newMetric(lookups);
        change.getValue().applyTo(metric, lookups);
        return metric;
    }
}
