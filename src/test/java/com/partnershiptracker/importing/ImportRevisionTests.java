package com.partnershiptracker.importing;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.support.NetworkSummaryTables;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TimelineCopy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Revisions are written when a transaction commits, so these tests commit and clean up after themselves. */
@PostgresTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ImportRevisionTests {

    @Autowired
    ImportService imports;

    @Autowired
    OrganizationService organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter statements;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        String agreements = "(select id from agreements where title_en like 'Revision %')";
        for (String table : List.of("agreement_parties", "agreement_areas", "agreement_attendees", "agreement_citations")) {
            jdbc.sql("delete from " + table + "_aud where agreement_id in (select id from agreements_aud where title_en like 'Revision %')").update();
            jdbc.sql("delete from " + table + " where agreement_id in " + agreements).update();
        }
        jdbc.sql("delete from agreements_aud where title_en like 'Revision %'").update();
        jdbc.sql("delete from agreements where title_en like 'Revision %'").update();
        jdbc.sql("delete from organization_aliases_aud where organization_id in (select id from organizations where slug like 'revision-%')").update();
        jdbc.sql("delete from organization_aliases where organization_id in (select id from organizations where slug like 'revision-%')").update();
        jdbc.sql("delete from organizations_aud where slug like 'revision-%'").update();
        jdbc.sql("delete from organizations where slug like 'revision-%'").update();
        jdbc.sql("delete from import_uploads where uploader = 'importer'").update();
        TimelineCopy.rebuildFromViews(jdbc);
    }

    @Test
    void aFileAppliesAsOneRevisionSignedByTheImporterWithTheFilesName() {
        signInAs("importer");
        organizations.create(new Organization("revision-one", Bilingual.of("리비전원", "Revision One"), OrganizationKind.BANK), (o, f) -> { });
        organizations.create(new Organization("revision-two", Bilingual.of("리비전투", "Revision Two"), OrganizationKind.BANK), (o, f) -> { });
        String id = imports.upload("agreements", "deals-2021.csv", ("title_ko,title_en,kind,status,date,date_precision,parties,summary_ko,summary_en,create_if_missing\n"
                + ",Revision A,mou,signed,2021-03,,revision-one; revision-two,,,\n"
                + ",Revision B,mou,signed,2021,,revision-one; Revision Three,,,yes\n").getBytes(StandardCharsets.UTF_8), "importer");

        assertThat(imports.apply(id, "importer", false).orElseThrow().applied()).isTrue();

        List<Long> revisions = jdbc.sql("""
                select rev from agreements_aud where title_en like 'Revision %'
                union select rev from organizations_aud where slug = 'revision-three'""").query(Long.class).list();
        assertThat(revisions).hasSize(1);
        assertThat(jdbc.sql("select note from revinfo where rev = :rev").param("rev", revisions.get(0)).query(String.class).single())
                .isEqualTo("Import: deals-2021.csv (2 rows)");
        assertThat(jdbc.sql("select username from revinfo where rev = :rev").param("rev", revisions.get(0)).query(String.class).single())
                .isEqualTo("importer");
    }

    @Test
    void aFileOfSeveralChunksRewritesTheNetworksSummariesOnceAndLeavesThemInStepWithTheAgreements() {
        signInAs("importer");
        organizations.create(new Organization("revision-one", Bilingual.of("리비전원", "Revision One"), OrganizationKind.BANK), (o, f) -> { });
        organizations.create(new Organization("revision-two", Bilingual.of("리비전투", "Revision Two"), OrganizationKind.BANK), (o, f) -> { });
        StringBuilder file = new StringBuilder("title_ko,title_en,kind,status,date,date_precision,parties,summary_ko,summary_en\n");
        for (int i = 0; i < 1_200; i++) {
            file.append(",Revision ").append(i).append(",mou,signed,").append(2000 + i % 20).append(",,revision-one; revision-two,,\n");
        }
        String id = imports.upload("agreements", "many.csv", file.toString().getBytes(StandardCharsets.UTF_8), "importer");
        // Other tests here delete their agreements with plain SQL, which leaves their summary rows behind: those are not this test's.
        Map<String, Long> before = summaryDifferences();

        List<String> written = statements.statementsWhile(() -> assertThat(imports.apply(id, "importer", false).orElseThrow().applied()).isTrue());

        assertThat(written).filteredOn(sql -> sql.toLowerCase().startsWith("merge into network_pair_years")).hasSize(1);
        assertThat(summaryDifferences()).isEqualTo(before);
    }

    private Map<String, Long> summaryDifferences() {
        Map<String, Long> differences = new LinkedHashMap<>();
        for (String pair : NetworkSummaryTables.PAIRS) {
            String[] tableAndView = pair.split(":");
            differences.put(pair, NetworkSummaryTables.differences(jdbc, tableAndView[0], tableAndView[1]));
        }
        return differences;
    }

    @Test
    void aRowTheFeatureRefusesWhenSavedRollsTheWholeFileBackAndIsNamed() {
        signInAs("importer");
        organizations.create(new Organization("revision-one", Bilingual.of("리비전원", "Revision One"), OrganizationKind.BANK), (o, f) -> { });
        organizations.create(new Organization("revision-two", Bilingual.of("리비전투", "Revision Two"), OrganizationKind.BANK), (o, f) -> { });
        // Each row alone is fine when planned; saved in turn, the second closes a cycle the first opened.
        String id = imports.upload("organizations", "cycle.csv", ("slug,name_ko,name_en,kind,parent,aliases,website,founded,"
                + "founded_precision,dissolved,dissolved_precision,description_ko,description_en\n"
                + "revision-one,리비전원,Revision One,bank,revision-two,,,,,,,,\n"
                + "revision-two,리비전투,Revision Two,bank,revision-one,,,,,,,,\n").getBytes(StandardCharsets.UTF_8), "importer");

        assertThatThrownBy(() -> imports.apply(id, "importer", false)).isInstanceOfSatisfying(ImportApplyException.class, refused -> {
            assertThat(refused.rowNumber()).isEqualTo(2);
            assertThat(refused.reason()).isEqualTo("validation.parentCycle");
        });

        assertThat(organizations.getBySlug("revision-one").getParentId()).isNull();
    }

    private static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
    }
}
