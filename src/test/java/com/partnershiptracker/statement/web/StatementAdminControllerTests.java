package com.partnershiptracker.statement.web;

import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.ReferenceStubs;
import com.partnershiptracker.lookup.ReferenceResolver;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.websupport.Display;
import com.partnershiptracker.statement.Statement;
import com.partnershiptracker.statement.StatementChange;
import com.partnershiptracker.statement.StatementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

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

@WebMvcTest(StatementAdminController.class)
@Import({Conflicts.class, Display.class, SliceSecurity.class, ReferenceFields.class})
class StatementAdminControllerTests {

    @Autowired
    MockMvc mvc;

    /** Review is not required in these tests: every save publishes, as before drafts existed. */
    @MockitoBean(name = "draftGate")
    DraftGate drafts;

    @MockitoBean
    ReferenceResolver resolver;

    @MockitoBean
    StatementService statements;

    @MockitoBean
    PersonService people;

    @MockitoBean
    OrganizationService organizations;

    @BeforeEach
    void stubServices() {
        ReferenceStubs.on(resolver).organization(1, "kt", "KT", "KT");
        when(organizations.hierarchy()).thenReturn(new OrganizationHierarchy(List.of()));
        when(organizations.findBySlug("kt")).thenReturn(Optional.of(new Organization("kt", Bilingual.of("KT", "KT"),
                OrganizationKind.TELECOM)));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aSpokespersonStatementIsSavedWithItsPartialDate() throws Exception {
        mvc.perform(post("/admin/statements/new").with(csrf()).param("organization", "kt").param("textKo", "기대한다")
                        .param("stated.text", "2020-08").param("stated.inferred", "true").param("stated.note", "reported"))
                .andExpect(redirectedUrl("/admin/statements"));
        ArgumentCaptor<StatementChange> saved = ArgumentCaptor.forClass(StatementChange.class);
        verify(statements).create(saved.capture());
        StatementChange.Lookups lookups = new StatementChange.Lookups() {
            @Override
            public Optional<com.partnershiptracker.person.Person> person(String slug) {
                return Optional.empty();
            }

            @Override
            public Optional<Organization> organization(String slug) {
                return organizations.findBySlug(slug);
            }
        };
        Statement statement = saved.getValue().newStatement(lookups);
        saved.getValue().applyTo(statement, lookups);
        assertThat(statement.isBySpokesperson()).isTrue();
        assertThat(statement.getOrganization().getSlug()).isEqualTo("kt");
        assertThat(statement.getStated().toIsoString()).isEqualTo("2020-08");
        assertThat(statement.getStated().isInferred()).isTrue();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void theEnglishGlossAndTheDateNoteInBothLanguagesAreSaved() throws Exception {
        mvc.perform(post("/admin/statements/new").with(csrf()).param("organization", "kt").param("textKo", "기대한다")
                        .param("glossEn", "We expect it.")
                        .param("stated.text", "2020-08").param("stated.inferred", "true")
                        .param("stated.note", "The date the article reported it.")
                        .param("stated.noteKo", "기사가 보도한 날짜."))
                .andExpect(redirectedUrl("/admin/statements"));
        ArgumentCaptor<StatementChange> saved = ArgumentCaptor.forClass(StatementChange.class);
        verify(statements).create(saved.capture());
        StatementChange.Lookups lookups = new StatementChange.Lookups() {
            @Override
            public Optional<com.partnershiptracker.person.Person> person(String slug) {
                return Optional.empty();
            }

            @Override
            public Optional<Organization> organization(String slug) {
                return organizations.findBySlug(slug);
            }
        };
        Statement statement = saved.getValue().newStatement(lookups);
        saved.getValue().applyTo(statement, lookups);
        assertThat(statement.getGlossEn()).isEqualTo("We expect it.");
        assertThat(statement.getStated().note()).isEqualTo("The date the article reported it.");
        assertThat(statement.getStated().noteKo()).isEqualTo("기사가 보도한 날짜.");
        assertThat(statement.getStated().isInferred()).isTrue();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aStaleSaveOfAGlossIsRefusedWithA409() throws Exception {
        Statement current = Statement.bySpokespersonOf(new Organization("kt", Bilingual.of("KT", "KT"), OrganizationKind.TELECOM),
                Bilingual.of("원래", null));
        when(statements.getWithSpeaker(7L)).thenReturn(current);
        when(statements.update(org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.anyLong(), any()))
                .thenThrow(new com.partnershiptracker.shared.StaleRecordException("Statement", 7));
        mvc.perform(post("/admin/statements/7/edit").with(csrf()).param("version", "0").param("organization", "kt")
                        .param("textKo", "원래").param("glossEn", "My gloss").param("stated.text", "2020")
                        .param("stated.noteKo", "내 메모"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict())
                .andExpect(model().attributeExists("conflict"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aStaleSaveIsRefusedWithA409() throws Exception {
        Statement current = Statement.bySpokespersonOf(new Organization("kt", Bilingual.of("KT", "KT"), OrganizationKind.TELECOM),
                Bilingual.of("원래", null));
        when(statements.getWithSpeaker(7L)).thenReturn(current);
        when(statements.update(org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.anyLong(), any()))
                .thenThrow(new com.partnershiptracker.shared.StaleRecordException("Statement", 7));
        mvc.perform(post("/admin/statements/7/edit").with(csrf()).param("version", "0").param("organization", "kt")
                        .param("textKo", "내 수정"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict())
                .andExpect(model().attributeExists("conflict"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aStatementNeedsWordsAndASpeaker() throws Exception {
        mvc.perform(post("/admin/statements/new").with(csrf()).param("stated.text", "yesterday"))
                .andExpect(model().attributeHasFieldErrors("form", "worded", "spoken", "stated.text"));
        verify(statements, never()).create(any());
    }
}
