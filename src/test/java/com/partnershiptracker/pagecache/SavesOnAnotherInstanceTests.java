package com.partnershiptracker.pagecache;

import com.partnershiptracker.organization.OrganizationNode;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saves committed by another instance of the app, made here with SQL as that instance's transaction would
 * leave them: the records changed and a revision written, whose number may be older than the newest one
 * already visible (numbers are taken before commit). The page cache and the group structure see them at
 * their next request.
 */
@SeededWebTest
@TestPropertySource(properties = "app.page-cache.enabled=true")
class SavesOnAnotherInstanceTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationService organizations;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void aRevisionCommittedLateUnderAnOlderNumberMakesKeptPagesStale() {
        Map<String, Object> organization = jdbc.queryForMap("select id, slug, name_en from organizations order by id limit 1");
        String path = "/organizations/" + organization.get("slug") + "?elsewhere-test=1";
        long numberTakenEarly = takeARevisionNumber();
        commitARevision(null);
        Http.get(port, path, "en");
        Http.get(port, path, "en");
        assertThat(header(Http.get(port, path, "en"))).isEqualTo("hit");

        jdbc.update("update organizations set name_en = 'Renamed on another instance' where id = ?", organization.get("id"));
        try {
            commitARevision(numberTakenEarly);

            HttpResponse<String> next = Http.get(port, path, "en");
            assertThat(header(next)).isEqualTo("miss");
            assertThat(next.body()).contains("Renamed on another instance");
        } finally {
            jdbc.update("update organizations set name_en = ? where id = ?", organization.get("name_en"), organization.get("id"));
            commitARevision(null);
        }
    }

    @Test
    void theGroupStructureSeesAParentChangeCommittedOnAnotherInstance() {
        Map<String, Object> child = jdbc.queryForMap("""
                select id, slug from organizations o where parent_id is null
                and not exists (select 1 from organizations c where c.parent_id = o.id) order by id limit 1""");
        long newParent = jdbc.queryForObject("select min(id) from organizations where parent_id is null and id <> ?", Long.class,
                child.get("id"));
        String slug = (String) child.get("slug");
        assertThat(organizations.hierarchy().find(slug).map(OrganizationNode::parentId)).isEmpty();
        long numberTakenEarly = takeARevisionNumber();
        commitARevision(null);
        assertThat(organizations.hierarchy().find(slug).map(OrganizationNode::parentId)).isEmpty();

        jdbc.update("update organizations set parent_id = ? where id = ?", newParent, child.get("id"));
        try {
            assertThat(organizations.hierarchy().find(slug).map(OrganizationNode::parentId))
                    .as("kept until a revision commits").isEmpty();

            commitARevision(numberTakenEarly);

            assertThat(organizations.hierarchy().find(slug).map(OrganizationNode::parentId)).contains(newParent);
        } finally {
            jdbc.update("update organizations set parent_id = null where id = ?", child.get("id"));
            commitARevision(null);
        }
        assertThat(organizations.hierarchy().find(slug).map(OrganizationNode::parentId)).isEmpty();
    }

    @Test
    void aWebRequestReadsTheChangeStampOnceHoweverOftenItAsksForTheGroupStructure() {
        organizations.hierarchy();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("GET", "/timeline")));
        try {
            SqlStatementCounter.Counted<Integer> counted = statements.count(() -> {
                organizations.hierarchy();
                organizations.hierarchy();
                return organizations.hierarchy().all().size();
            });

            assertThat(counted.result()).isPositive();
            assertThat(counted.statements()).isEqualTo(1);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** The number a transaction on another instance takes when it writes its revision, long before it commits. */
    private long takeARevisionNumber() {
        return jdbc.queryForObject("select nextval(pg_get_serial_sequence('revinfo', 'rev'))", Long.class);
    }

    private void commitARevision(Long number) {
        if (number == null) {
            jdbc.update("insert into revinfo (revtstmp, username) values (0, 'another-instance')");
        } else {
            jdbc.update("insert into revinfo (rev, revtstmp, username) values (?, 0, 'another-instance')", number);
        }
    }

    private static String header(HttpResponse<String> response) {
        return response.headers().firstValue(PublicPageCache.STATUS_HEADER).orElse(null);
    }
}
