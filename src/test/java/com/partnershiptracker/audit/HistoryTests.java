package com.partnershiptracker.audit;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TimelineCopy;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Revisions are written when a transaction commits, so these tests commit and clean up after themselves. */
@PostgresTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class HistoryTests {

    @Autowired
    OrganizationService organizations;

    @Autowired
    HistoryService history;

    @Autowired
    RecentChanges recentChanges;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from organizations_aud where slug like 'history-%'").update();
        jdbc.sql("delete from organization_aliases where organization_id in (select id from organizations where slug like 'history-%')").update();
        jdbc.sql("delete from organizations where slug like 'history-%'").update();
        TimelineCopy.rebuildFromViews(jdbc);
    }

    @Test
    void everySaveIsARevisionSignedByItsAuthorWithTheFieldsItChanged() {
        Organization created = as("alice", () -> organizations.create(
                new Organization("history-bank", Bilingual.of("역사은행", "History Bank"), OrganizationKind.BANK),
                (organization, bySlug) -> organization.addAlias("HB")));
        as("bob", () -> organizations.update(created.getId(), created.getVersion(),
                (organization, bySlug) -> organization.rename(Bilingual.of("역사은행", "History Bank Ltd"))));

        List<RevisionView> revisions = history.historyOf(Organization.class, created.getId());

        assertThat(revisions).extracting(RevisionView::username).containsExactly("bob", "alice");
        assertThat(revisions).extracting(RevisionView::type).containsExactly(RevisionType.MOD, RevisionType.ADD);
        assertThat(revisions.get(0).changes()).containsExactly(new FieldChange("nameEn", "History Bank", "History Bank Ltd"));
        assertThat(revisions.get(1).changes()).contains(new FieldChange("aliases", "", "HB"));
    }

    @Test
    void aStaleUpdateIsRefusedAndChangesNothing() {
        Organization created = as("alice", () -> organizations.create(
                new Organization("history-stale", Bilingual.of(null, "Stale"), OrganizationKind.BANK), (o, bySlug) -> { }));
        as("bob", () -> organizations.update(created.getId(), created.getVersion(),
                (organization, bySlug) -> organization.rename(Bilingual.of(null, "Bob's name"))));

        assertThatThrownBy(() -> as("carol", () -> organizations.update(created.getId(), created.getVersion(),
                (organization, bySlug) -> organization.rename(Bilingual.of(null, "Carol's name"))))).isInstanceOf(StaleRecordException.class);
        assertThat(organizations.getBySlug("history-stale").getName().en()).isEqualTo("Bob's name");
        assertThat(history.historyOf(Organization.class, created.getId())).hasSize(2);
    }

    @Test
    void restoringAnOldRevisionIsItselfANewRevision() {
        Organization created = as("alice", () -> organizations.create(
                new Organization("history-restore", Bilingual.of(null, "Original"), OrganizationKind.FINTECH),
                (organization, bySlug) -> organization.addAlias("first alias")));
        as("bob", () -> organizations.update(created.getId(), created.getVersion(), (organization, bySlug) -> {
            organization.rename(Bilingual.of(null, "Vandalised"));
            organization.replaceAliases(List.of());
        }));
        long original = history.historyOf(Organization.class, created.getId()).get(1).revision();

        long current = organizations.getBySlug("history-restore").getVersion();
        as("admin", () -> history.restore(Organization.class, created.getId(), original, current));

        Organization restored = organizations.findWithParentBySlug("history-restore").orElseThrow();
        assertThat(restored.getName().en()).isEqualTo("Original");
        assertThat(restored.getAliases()).containsExactly("first alias");
        List<RevisionView> revisions = history.historyOf(Organization.class, created.getId());
        assertThat(revisions).hasSize(3);
        assertThat(revisions.get(0).username()).isEqualTo("admin");
        assertThat(recentChanges.page(new PageSlice(0, 10)).getContent())
                .anySatisfy(change -> assertThat(change.id()).isEqualTo(created.getId()));
    }

    @Test
    void anUnreferencedOrganizationIsDeletedAndTheDeletionIsInTheHistory() {
        Organization created = as("alice", () -> organizations.create(
                new Organization("history-delete", Bilingual.of(null, "Short-lived"), OrganizationKind.OTHER), (o, bySlug) -> { }));
        as("admin", () -> {
            organizations.delete(organizations.getBySlug("history-delete"));
            return null;
        });
        assertThat(organizations.findBySlug("history-delete")).isEmpty();
        assertThat(history.historyOf(Organization.class, created.getId()).get(0).type()).isEqualTo(RevisionType.DEL);
    }

    private static <T> T as(String username, java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, "n/a", "ROLE_EDITOR"));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
