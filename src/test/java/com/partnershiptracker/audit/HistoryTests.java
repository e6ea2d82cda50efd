package com.partnershiptracker.audit;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationIdentifiers;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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

    @Autowired
    PlatformTransactionManager transactions;

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
        assertThat(revisions.get(0).changes()).containsExactly(
                new FieldChange("nameEn", new HistoryValue.Text("History Bank"), new HistoryValue.Text("History Bank Ltd")));
        assertThat(revisions.get(1).changes()).contains(
                new FieldChange("aliases", HistoryValue.NONE, new HistoryValue.Items(List.of(new HistoryValue.Text("HB")))),
                new FieldChange("kind", HistoryValue.NONE, new HistoryValue.Label(OrganizationKind.BANK)));
    }

    @Test
    void aHistoryKeepsDatesAndReferencesAsSuchAndNamesTheRecordsAsTheyAreNowOrAsLastStoredOnceDeleted() {
        Organization parent = as("alice", () -> organizations.create(
                new Organization("history-parent", Bilingual.of("역사지주", "History Holdings"), OrganizationKind.OTHER),
                (o, bySlug) -> { }));
        Organization child = as("alice", () -> organizations.create(
                new Organization("history-child", Bilingual.of("역사자회사", "History Child"), OrganizationKind.BANK),
                (organization, bySlug) -> {
                    organization.placeUnder(bySlug.apply("history-parent").orElseThrow());
                    organization.recordFounding(PartialDate.ofMonth(2020, 7));
                }));
        as("bob", () -> organizations.update(child.getId(), child.getVersion(),
                (organization, bySlug) -> organization.recordFounding(PartialDate.ofDay(2020, 8, 19))));
        as("bob", () -> organizations.update(parent.getId(), parent.getVersion(),
                (organization, bySlug) -> organization.rename(Bilingual.of("역사지주", "History Holdings Renamed"))));
        RecordKey parentKey = new RecordKey("ORGANIZATION", parent.getId());

        RecordHistory shown = history.recordHistory(Organization.class, child.getId());

        assertThat(shown.record()).isEqualTo(new RecordKey("ORGANIZATION", child.getId()));
        assertThat(shown.title()).isEqualTo(Bilingual.of("역사자회사", "History Child"));
        assertThat(shown.revisions().get(0).changes()).containsExactly(new FieldChange("founded",
                new HistoryValue.Date(PartialDate.ofMonth(2020, 7)), new HistoryValue.Date(PartialDate.ofDay(2020, 8, 19))));
        assertThat(shown.revisions().get(1).changes())
                .contains(new FieldChange("parent", HistoryValue.NONE, new HistoryValue.Reference(parentKey)));
        assertThat(shown.nameOf(parentKey)).isEqualTo(Bilingual.of("역사지주", "History Holdings Renamed"));

        as("bob", () -> organizations.update(child.getId(), organizations.getBySlug("history-child").getVersion(),
                (organization, bySlug) -> organization.placeUnder(null)));
        as("admin", () -> {
            organizations.delete(organizations.getBySlug("history-parent"));
            organizations.delete(organizations.getBySlug("history-child"));
            return null;
        });

        RecordHistory deleted = history.recordHistory(Organization.class, child.getId());
        assertThat(deleted.title()).isEqualTo(Bilingual.of("역사자회사", "History Child"));
        assertThat(deleted.nameOf(parentKey)).isEqualTo(Bilingual.of("역사지주", "History Holdings Renamed"));
        assertThat(recentChanges.page(new PageSlice(0, 10)).getContent())
                .filteredOn(change -> change.id() == child.getId() && change.kind().equals("ORGANIZATION"))
                .isNotEmpty()
                .allSatisfy(change -> assertThat(change.label()).isEqualTo(Bilingual.of("역사자회사", "History Child")));
    }

    @Test
    void aRevisionCarriesItsNoteAndAPublishedDraftIsSignedByItsEditorAndItsReviewer() {
        Organization imported = as("alice", () -> new TransactionTemplate(transactions).execute(status -> {
            RevisionNote.saying("Import: partners.csv (1 rows)").attachToCurrentTransaction();
            return organizations.create(new Organization("history-noted", Bilingual.of(null, "Noted"), OrganizationKind.BANK),
                    (o, bySlug) -> { });
        }));
        as("rita", () -> new TransactionTemplate(transactions).execute(status -> {
            RevisionNote.publishing("alice", "rita").attachToCurrentTransaction();
            return organizations.update(imported.getId(), imported.getVersion(),
                    (organization, bySlug) -> organization.rename(Bilingual.of(null, "Noted Ltd")));
        }));
        as("bob", () -> organizations.update(imported.getId(), organizations.getBySlug("history-noted").getVersion(),
                (organization, bySlug) -> organization.rename(Bilingual.of(null, "Noted Inc"))));

        List<RevisionView> revisions = history.historyOf(Organization.class, imported.getId());

        assertThat(revisions).extracting(RevisionView::username).containsExactly("bob", "alice", "alice");
        assertThat(revisions).extracting(RevisionView::reviewer).containsExactly(null, "rita", null);
        assertThat(revisions).extracting(RevisionView::note).containsExactly(null, null, "Import: partners.csv (1 rows)");
    }

    @Test
    void aRevisionNoteNeedsATransaction() {
        assertThatThrownBy(() -> RevisionNote.saying("outside").attachToCurrentTransaction())
                .isInstanceOf(IllegalStateException.class);
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
    void anIdentifierGivenIsAChangeInTheHistoryAndAVersionWhoseIdentifierAnotherOrganizationCarriesNowIsNotRestored() {
        Organization first = as("alice", () -> organizations.create(
                new Organization("history-identified", Bilingual.of(null, "Identified"), OrganizationKind.BANK),
                (organization, bySlug) -> organization.identifyAs(new OrganizationIdentifiers("Q987654301", null, null))));
        as("bob", () -> organizations.update(first.getId(), first.getVersion(),
                (organization, bySlug) -> organization.identifyAs(OrganizationIdentifiers.NONE)));
        as("bob", () -> organizations.create(
                new Organization("history-identified-other", Bilingual.of(null, "Other"), OrganizationKind.BANK),
                (organization, bySlug) -> organization.identifyAs(new OrganizationIdentifiers("Q987654301", null, null))));

        List<RevisionView> revisions = history.historyOf(Organization.class, first.getId());
        assertThat(revisions.get(0).changes()).containsExactly(
                new FieldChange("wikidataId", new HistoryValue.Text("Q987654301"), HistoryValue.NONE));
        long identified = revisions.get(1).revision();
        long current = organizations.getBySlug("history-identified").getVersion();

        assertThatThrownBy(() -> as("admin", () -> history.restore(Organization.class, first.getId(), identified, current)))
                .isInstanceOfSatisfying(RestoreRefusedException.class, refused -> assertThat(refused.getBlockers())
                        .extracting(RestoreBlocker::messageKey, RestoreBlocker::value)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("restore.blocked.taken", "wikidataId Q987654301")));
        assertThat(organizations.getBySlug("history-identified").getIdentifiers()).isEqualTo(OrganizationIdentifiers.NONE);
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
