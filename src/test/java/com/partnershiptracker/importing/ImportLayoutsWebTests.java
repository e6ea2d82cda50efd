package com.partnershiptracker.importing;

import com.partnershiptracker.organization.RelationCsv;
import com.partnershiptracker.person.PersonCsv;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.statement.StatementCsv;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.support.CsvReader;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Over real HTTP against the seed: the relations and statements exports, their templates, and the export previewed as an import. Nothing is saved. */
@SeededWebTest
class ImportLayoutsWebTests {

    static final String EDITOR = "layouts-importer";
    static final String PASSWORD = "amber relations importing passphrase";

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    UserAccountService users;

    @Test
    void theSeedsRelationsExportPreviewsAsAllUnchanged() {
        String exported = Http.get(port, "/relations.csv", "en").body();
        List<List<String>> rows = CsvReader.read(exported.replace("\uFEFF", ""));
        assertThat(rows.get(0)).isEqualTo(RelationCsv.COLUMNS);
        // The export ends with a "# complete: N rows" line, which the import skips.
        long relations = rows.stream().skip(1).filter(row -> !row.get(0).startsWith("#")).count();
        assertThat(relations).isPositive();

        String id = imports.upload("relations", "relations.csv", exported.getBytes(StandardCharsets.UTF_8), EDITOR);

        assertThat(imports.preview(id, EDITOR, 0, 50).orElseThrow().totals()).isEqualTo(new ImportTotals(0, 0, relations, 0));
    }

    @Test
    void theSeedsStatementsExportPreviewsAsAllUnchanged() {
        String exported = Http.get(port, "/statements.csv", "en").body();
        List<List<String>> rows = CsvReader.read(exported.replace("\uFEFF", ""));
        assertThat(rows.get(0)).isEqualTo(StatementCsv.COLUMNS);
        long statements = rows.stream().skip(1).filter(row -> !row.get(0).startsWith("#")).count();
        assertThat(statements).isPositive();

        String id = imports.upload("statements", "statements.csv", exported.getBytes(StandardCharsets.UTF_8), EDITOR);

        assertThat(imports.preview(id, EDITOR, 0, 50).orElseThrow().totals()).isEqualTo(new ImportTotals(0, 0, statements, 0));
    }

    @Test
    void theSeedsPeopleExportPreviewsAsAllUnchanged() {
        String exported = Http.get(port, "/people.csv", "en").body();
        List<List<String>> rows = CsvReader.read(exported.replace("\uFEFF", ""));
        assertThat(rows.get(0)).isEqualTo(PersonCsv.COLUMNS);
        List<List<String>> people = rows.stream().skip(1).filter(row -> !row.get(0).startsWith("#")).toList();
        assertThat(people).isNotEmpty();
        assertThat(people).anyMatch(row -> !row.get(PersonCsv.COLUMNS.indexOf("organization")).isEmpty());

        String id = imports.upload("people", "people.csv", exported.getBytes(StandardCharsets.UTF_8), EDITOR);

        assertThat(imports.preview(id, EDITOR, 0, 50).orElseThrow().totals()).isEqualTo(new ImportTotals(0, 0, people.size(), 0));
    }

    @Test
    void theImportPageOffersTheRelationsTemplateAndExportAndTheTemplateHasHeaderHelpAndTwoExamples() {
        if (users.findByUsername(EDITOR).isEmpty()) {
            users.create(EDITOR, PASSWORD, Role.EDITOR);
        }
        WebSession editor = new WebSession(port);
        assertThat(editor.signIn(EDITOR, PASSWORD).location()).endsWith("/admin");

        String page = editor.get("/admin/import", "Accept-Language", "en").body();
        assertThat(page).contains("/admin/import/relations/template.csv").contains("href=\"/relations.csv\"");

        String template = editor.get("/admin/import/relations/template.csv", "Accept-Language", "en").body();
        List<String> lines = template.replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", RelationCsv.COLUMNS) + ",create_if_missing");
        assertThat(lines.get(1)).startsWith("\"# ").contains("major_shareholder_of, shareholder_of");
        assertThat(lines.subList(2, lines.size())).hasSize(2);
        assertThat(lines.get(2)).contains("woori-financial-group,major_shareholder_of,K Bank");
        assertThat(lines.get(3)).contains("BC카드,subsidiary_of,KT");

        String statements = editor.get("/admin/import/statements/template.csv", "Accept-Language", "en").body();
        assertThat(statements.replace("\uFEFF", "").lines().findFirst()).contains(String.join(",", StatementCsv.COLUMNS));
        assertThat(page).contains("href=\"/statements.csv\"");

        List<String> people = editor.get("/admin/import/people/template.csv", "Accept-Language", "en").body()
                .replace("\uFEFF", "").lines().toList();
        assertThat(people.get(0)).isEqualTo(String.join(",", PersonCsv.COLUMNS) + ",create_if_missing");
        assertThat(people.get(1)).startsWith("# Leave blank for a new person");
        assertThat(people.subList(2, people.size())).hasSize(2);
        assertThat(people.get(2)).contains("lim-jong-ryong,임종룡");
        assertThat(page).contains("/admin/import/people/template.csv").contains("href=\"/people.csv\"");
    }

    @Test
    void theImportPageOffersTheSourcesTemplateAndExportAndTheTemplateHasHeaderHelpAndTwoExamples() {
        if (users.findByUsername(EDITOR).isEmpty()) {
            users.create(EDITOR, PASSWORD, Role.EDITOR);
        }
        WebSession editor = new WebSession(port);
        assertThat(editor.signIn(EDITOR, PASSWORD).location()).endsWith("/admin");

        String page = editor.get("/admin/import", "Accept-Language", "en").body();
        assertThat(page).contains("/admin/import/sources/template.csv").contains("href=\"/sources.csv\"");

        String template = editor.get("/admin/import/sources/template.csv", "Accept-Language", "en").body();
        List<String> lines = template.replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", com.partnershiptracker.source.SourceCsv.COLUMNS));
        assertThat(lines.get(1)).startsWith("\"# ").contains("news_article, press_release");
        assertThat(lines.subList(2, lines.size())).hasSize(2);
        assertThat(lines.get(2)).contains("organization,woori-financial-group");
        assertThat(lines.get(3)).contains("agreement,#1,signed,2019-03-05");
    }
}
