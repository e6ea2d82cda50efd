package com.partnershiptracker.initiative.web;

import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.ReferenceStubs;
import com.partnershiptracker.lookup.ReferenceResolver;
import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The metric form's choice of the target an actual measures, and the rules it keeps. */
@WebMvcTest(MetricAdminController.class)
@Import({Conflicts.class, Display.class, SliceSecurity.class, ReferenceFields.class})
@WithMockUser(roles = "EDITOR")
class MetricProgressLinkAdminControllerTests {

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

    Organization group;
    Organization bank;
    Metric groupTarget;

    @BeforeEach
    void stubServices() {
        ReferenceStubs.on(resolver).organization(1, "group", "그룹", "Group").organization(2, "bank", "은행", "Bank").byId(LookupKind.TARGETS, 13, null, "Users").byId(LookupKind.TARGETS, 9, null, "Users");
        group = organization(1L, "group");
        bank = organization(2L, "bank");
        when(organizations.hierarchy()).thenReturn(new OrganizationHierarchy(List.of()));
        when(organizations.findBySlug("group")).thenReturn(Optional.of(group));
        when(organizations.findBySlug("bank")).thenReturn(Optional.of(bank));
        when(initiatives.list(any())).thenReturn(Page.empty());

        groupTarget = Metric.target(group, null, Bilingual.of("통합 MAU", "Combined monthly users"));
        groupTarget.record(new BigDecimal("15000000"), "people", "1500만명");
        groupTarget.targetFor(PartialDate.ofYear(2023));
        ReflectionTestUtils.setField(groupTarget, "id", 13L);
        when(initiatives.findMetric(13L)).thenReturn(Optional.of(groupTarget));
        when(initiatives.targets()).thenReturn(List.of(groupTarget));
    }

    @Test
    void theFormOffersTheTargetsThroughAPickerNotAListOfEveryTarget() throws Exception {
        mvc.perform(get("/admin/metrics/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-lookup=\"/api/v1/lookup/targets\"")))
                .andExpect(content().string(not(containsString("<option value=\"13\">"))));
    }

    @Test
    void anActualIsSavedWithTheTargetItMeasures() throws Exception {
        mvc.perform(actual("group", "7190000", "people").param("progressToward", "13"))
                .andExpect(redirectedUrl("/admin/metrics"))
                .andExpect(flash().attribute("flash", "flash.saved"));
        Metric saved = createdMetric();
        assertThat(saved.getProgressToward()).isSameAs(groupTarget);
    }

    @Test
    void aTargetDoesNotMeasureAnotherTarget() throws Exception {
        mvc.perform(post("/admin/metrics/new").with(csrf()).param("kind", "TARGET").param("organization", "group")
                        .param("measureEn", "Users").param("value", "1").param("unit", "people").param("progressToward", "13"))
                .andExpect(view().name(MetricAdminController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "progressToward", "validation.progressOnlyFromActuals"));
        verify(initiatives, never()).createMetric(any());
    }

    @Test
    void anActualMeasuresOnlyATarget() throws Exception {
        Metric anotherActual = Metric.actual(group, null, Bilingual.of(null, "Users"));
        anotherActual.record(BigDecimal.TEN, "people", null);
        ReflectionTestUtils.setField(anotherActual, "id", 14L);
        when(initiatives.findMetric(14L)).thenReturn(Optional.of(anotherActual));

        // The targets' look-up knows only targets: another actual, like a missing id, is no target at all.
        mvc.perform(actual("group", "7190000", "people").param("progressToward", "14"))
                .andExpect(model().attributeHasFieldErrorCode("form", "progressToward", "validation.reference.unknown"));
        mvc.perform(actual("group", "7190000", "people").param("progressToward", "99"))
                .andExpect(model().attributeHasFieldErrorCode("form", "progressToward", "validation.reference.unknown"));
        verify(initiatives, never()).createMetric(any());
    }

    @Test
    void aTargetAboutAnotherSubjectOrInAnotherUnitIsRefusedNextToTheField() throws Exception {
        mvc.perform(actual("bank", "7190000", "people").param("progressToward", "13"))
                .andExpect(model().attributeHasFieldErrorCode("form", "progressToward", "validation.progressTowardOtherSubject"))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("That target is about another organization or initiative")));
        mvc.perform(actual("group", "7190000", "accounts").param("progressToward", "13"))
                .andExpect(model().attributeHasFieldErrorCode("form", "progressToward", "validation.progressTowardOtherUnit"));
        verify(initiatives, never()).createMetric(any());
    }

    @Test
    void aFigureDoesNotMeasureItself() throws Exception {
        Metric current = Metric.actual(group, null, Bilingual.of(null, "Users"));
        current.record(BigDecimal.ONE, "people", null);
        ReflectionTestUtils.setField(current, "id", 9L);
        when(initiatives.getMetric(9L)).thenReturn(current);

        mvc.perform(post("/admin/metrics/9/edit").with(csrf()).param("version", "0").param("kind", "ACTUAL")
                        .param("organization", "group").param("measureEn", "Users").param("value", "2")
                        .param("unit", "people").param("progressToward", "9"))
                .andExpect(model().attributeHasFieldErrorCode("form", "progressToward", "validation.progressTowardItself"));
        verify(initiatives, never()).updateMetric(anyLong(), anyLong(), any());
    }

    @Test
    void anEditLinksTheActualInsideTheSave() throws Exception {
        Metric current = Metric.actual(group, null, Bilingual.of(null, "Users"));
        current.record(BigDecimal.ONE, "people", null);
        ReflectionTestUtils.setField(current, "id", 9L);
        when(initiatives.getMetric(9L)).thenReturn(current);
        mvc.perform(post("/admin/metrics/9/edit").with(csrf()).param("version", "0").param("kind", "ACTUAL")
                        .param("organization", "group").param("measureEn", "Users").param("value", "7190000")
                        .param("unit", "people").param("progressToward", "13"))
                .andExpect(redirectedUrl("/admin/metrics"));
        ArgumentCaptor<com.partnershiptracker.initiative.MetricChange> change =
                ArgumentCaptor.forClass(com.partnershiptracker.initiative.MetricChange.class);
        verify(initiatives).updateMetric(eq(9L), eq(0L), change.capture());
        change.getValue().applyTo(current, new com.partnershiptracker.initiative.MetricChange.Lookups() {
            @Override
            public Optional<Organization> organization(String slug) {
                return organizations.findBySlug(slug);
            }

            @Override
            public Optional<com.partnershiptracker.initiative.Initiative> initiative(long id) {
                return Optional.empty();
            }

            @Override
            public Optional<Metric> metric(long id) {
                return initiatives.findMetric(id);
            }
        });
        assertThat(current.getProgressToward()).isSameAs(groupTarget);
    }

    @Test
    void aTargetWithActualsKeepsItsSubjectAndUnit() throws Exception {
        Metric linked = Metric.actual(group, null, Bilingual.of(null, "Users"));
        linked.record(new BigDecimal("7190000"), "people", null);
        linked.measureProgressToward(groupTarget);
        when(initiatives.getMetric(13L)).thenReturn(groupTarget);
        when(initiatives.actualsToward(13L)).thenReturn(List.of(linked));

        mvc.perform(get("/admin/metrics/13/edit"))
                .andExpect(model().attribute("actualsToward", List.of(linked)))
                .andExpect(content().string(containsString("Actual figures recorded against this target")));
        mvc.perform(target("bank", "people"))
                .andExpect(model().attributeHasFieldErrorCode("form", "organization", "validation.targetSubjectHasActuals"));
        mvc.perform(target("group", "accounts"))
                .andExpect(model().attributeHasFieldErrorCode("form", "unit", "validation.targetUnitHasActuals"));
        verify(initiatives, never()).updateMetric(anyLong(), anyLong(), any());
    }

    @Test
    void aPartIsAboutTheTargetsGroupAndInItsUnit() throws Exception {
        // Without the bank under the group, the bank's figure is about another group.
        mvc.perform(actual("bank", "7190000", "people").param("progressToward", "13").param("progressPart", "true"))
                .andExpect(model().attributeHasFieldErrorCode("form", "progressToward", "validation.partTowardOtherGroup"))
                .andExpect(content().string(containsString("a part must be about the same organization or group as its target")));
        mvc.perform(actual("group", "7190000", "accounts").param("progressToward", "13").param("progressPart", "true"))
                .andExpect(model().attributeHasFieldErrorCode("form", "progressToward", "validation.partTowardOtherUnit"));
        mvc.perform(actual("group", "7190000", "people").param("progressPart", "true"))
                .andExpect(model().attributeHasFieldErrorCode("form", "progressPart", "validation.partWithoutTarget"));
        verify(initiatives, never()).createMetric(any());
    }

    @Test
    void anAffiliatesFigureIsSavedAsAPartOfItsGroupsTarget() throws Exception {
        when(organizations.hierarchy()).thenReturn(new OrganizationHierarchy(List.of(
                new com.partnershiptracker.organization.OrganizationNode(1L, "group", null),
                new com.partnershiptracker.organization.OrganizationNode(2L, "bank", 1L))));

        mvc.perform(actual("bank", "7190000", "people").param("progressToward", "13").param("progressPart", "true"))
                .andExpect(redirectedUrl("/admin/metrics"));
        // A full link from the bank's figure to the group's target is still refused.
        mvc.perform(actual("bank", "7190000", "people").param("progressToward", "13"))
                .andExpect(model().attributeHasFieldErrorCode("form", "progressToward", "validation.progressTowardOtherSubject"));
    }

    private MockHttpServletRequestBuilder actual(String organization, String value, String unit) {
        return post("/admin/metrics/new").with(csrf()).param("kind", "ACTUAL").param("organization", organization)
                .param("measureEn", "WON Banking monthly users").param("value", value).param("unit", unit)
                .param("asOf.text", "2022-10");
    }

    private MockHttpServletRequestBuilder target(String organization, String unit) {
        return post("/admin/metrics/13/edit").with(csrf()).param("version", "0").param("kind", "TARGET")
                .param("organization", organization).param("measureEn", "Combined monthly users")
                .param("value", "15000000").param("unit", unit).param("target.text", "2023");
    }

    private static Organization organization(long id, String slug) {
        Organization organization = new Organization(slug, Bilingual.of(slug, slug), OrganizationKind.FINANCIAL_GROUP);
        ReflectionTestUtils.setField(organization, "id", id);
        return organization;
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
