package com.partnershiptracker.lookup.web;

import com.partnershiptracker.support.SeededPostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every admin form stays small and opens with a fixed number of statements however large the
 * record grows: references are picked through the look-up, never listed in the page.
 */
@SeededPostgresTest
class AdminFormSizeTests {

    static final int MANY = 2_000;
    static final int MAX_BYTES = 100 * 1024;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter statements;

    @PersistenceContext
    EntityManager entityManager;

    MockMvc mvc;

    @BeforeEach
    void signInAsAnEditor() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void everyAdminFormStaysUnderAHundredKilobytesWithItsStatementCountUnchangedByThousandsOfRecords() {
        Map<String, Integer> before = statementCounts();

        addMany();

        Map<String, Integer> after = new LinkedHashMap<>();
        for (String path : formPaths()) {
            SqlStatementCounter.Counted<String> counted = statements.count(() -> page(path));
            assertThat(counted.result().getBytes(StandardCharsets.UTF_8).length).as(path).isLessThan(MAX_BYTES);
            assertThat(counted.result()).as(path).doesNotContain("<option value=\"pk-many-");
            after.put(path, counted.statements());
        }
        assertThat(after).isEqualTo(before);
    }

    private Map<String, Integer> statementCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        formPaths().forEach(path -> counts.put(path, statements.countWhile(() -> page(path))));
        return counts;
    }

    private List<String> formPaths() {
        long agreement = idOf("select min(agreement_id) from agreement_parties");
        long initiative = idOf("select min(id) from initiatives");
        long metric = idOf("select min(id) from metrics");
        long relation = idOf("select min(id) from organization_relations");
        long statement = idOf("select min(id) from statements");
        long position = idOf("select min(id) from positions");
        String organization = jdbc.sql("select min(slug) from organizations where parent_id is not null").query(String.class).single();
        String person = jdbc.sql("select min(slug) from people").query(String.class).single();
        return List.of("/admin/agreements/" + agreement + "/edit", "/admin/agreements/new",
                "/admin/organizations/" + organization + "/edit", "/admin/organizations/new",
                "/admin/people/" + person + "/positions/new", "/admin/positions/" + position + "/edit",
                "/admin/initiatives/" + initiative + "/edit", "/admin/initiatives/new",
                "/admin/metrics/" + metric + "/edit", "/admin/metrics/new",
                "/admin/relations/" + relation + "/edit", "/admin/relations/new",
                "/admin/statements/" + statement + "/edit", "/admin/statements/new",
                "/admin/citations/AGREEMENT/" + agreement + "/new");
    }

    private void addMany() {
        jdbc.sql("""
                insert into organizations (slug, name_ko, name_en, kind)
                select 'pk-many-' || n, '많은기관' || n, 'Many Organization ' || n, 'BANK' from generate_series(1, :many) n""")
                .param("many", MANY).update();
        jdbc.sql("""
                insert into people (slug, name_ko, name_en)
                select 'pk-many-person-' || n, '많은사람' || n, 'Many Person ' || n from generate_series(1, :many) n""")
                .param("many", MANY).update();
        jdbc.sql("""
                insert into sources (kind, publisher, headline_en, language)
                select 'NEWS_ARTICLE', 'Many Times', 'Many headline ' || n, 'en' from generate_series(1, :many) n""")
                .param("many", MANY).update();
    }

    private long idOf(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String page(String path) {
        // Each request has its own persistence context in the running app; in this test's one transaction, start afresh.
        entityManager.clear();
        try {
            var result = mvc.perform(get(path).with(user("size-editor").roles("EDITOR")).header("Accept-Language", "en"))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }
}
