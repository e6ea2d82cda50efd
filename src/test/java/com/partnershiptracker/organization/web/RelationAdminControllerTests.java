package com.partnershiptracker.organization.web;

import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.ReferenceStubs;
import com.partnershiptracker.lookup.ReferenceResolver;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(RelationAdminController.class)
@Import({Conflicts.class, Display.class, SliceSecurity.class, ReferenceFields.class})
class RelationAdminControllerTests {

    @Autowired
    MockMvc mvc;

    /** Review is not required in these tests: every save publishes, as before drafts existed. */
    @MockitoBean(name = "draftGate")
    DraftGate drafts;

    @MockitoBean
    ReferenceResolver resolver;

    @MockitoBean
    OrganizationService organizations;

    @BeforeEach
    void stubServices() {
        ReferenceStubs.on(resolver).organization(1, "woori-bank", "우리은행", "Woori Bank").organization(2, "k-bank", "케이뱅크", "K bank");
        Organization bank = organization("woori-bank", 1L);
        Organization kBank = organization("k-bank", 2L);
        when(organizations.hierarchy()).thenReturn(new OrganizationHierarchy(List.of()));
        when(organizations.findBySlug("woori-bank")).thenReturn(Optional.of(bank));
        when(organizations.findBySlug("k-bank")).thenReturn(Optional.of(kBank));
        OrganizationRelation relation = new OrganizationRelation(bank, RelationKind.MAJOR_SHAREHOLDER_OF, kBank);
        when(organizations.getRelation(5L)).thenReturn(relation);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aShareholderRelationIsCreated() throws Exception {
        mvc.perform(post("/admin/relations/new").with(csrf()).param("subject", "woori-bank").param("kind", "MAJOR_SHAREHOLDER_OF")
                        .param("object", "k-bank").param("started.text", "2016"))
                .andExpect(redirectedUrl("/organizations/woori-bank"));
        org.mockito.ArgumentCaptor<com.partnershiptracker.organization.RelationChange> created =
                org.mockito.ArgumentCaptor.forClass(com.partnershiptracker.organization.RelationChange.class);
        verify(organizations).createRelation(created.capture());
        OrganizationRelation made = created.getValue().newRelation(organizations::findBySlug);
        created.getValue().applyTo(made, organizations::findBySlug);
        org.assertj.core.api.Assertions.assertThat(made.getObject().getSlug()).isEqualTo("k-bank");
        org.assertj.core.api.Assertions.assertThat(made.getStarted().toIsoString()).isEqualTo("2016");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aRelationLinksTwoDifferentKnownOrganizations() throws Exception {
        mvc.perform(post("/admin/relations/new").with(csrf()).param("subject", "k-bank").param("kind", "OTHER")
                        .param("object", "k-bank").param("started.text", "2021").param("ended.text", "2020"))
                .andExpect(model().attributeHasFieldErrors("form", "betweenTwoOrganizations", "endedAfterStarted"));
        mvc.perform(post("/admin/relations/new").with(csrf()).param("subject", "nowhere").param("kind", "OTHER")
                        .param("object", "k-bank"))
                .andExpect(model().attributeHasFieldErrors("form", "subject"));
        verify(organizations, never()).createRelation(any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aStaleSaveIsRefusedWithA409() throws Exception {
        when(organizations.updateRelation(anyLong(), anyLong(), any())).thenThrow(new StaleRecordException("Relation", 5));
        mvc.perform(post("/admin/relations/5/edit").with(csrf()).param("version", "0").param("subject", "woori-bank")
                        .param("kind", "SHAREHOLDER_OF").param("object", "k-bank"))
                .andExpect(status().isConflict()).andExpect(model().attributeExists("conflict"));
    }

    private static Organization organization(String slug, long id) {
        Organization organization = new Organization(slug, Bilingual.of(null, slug), OrganizationKind.BANK);
        ReflectionTestUtils.setField(organization, "id", id);
        return organization;
    }
}
