package com.partnershiptracker.web;

import com.partnershiptracker.support.Eventually;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.export.CursorReader;
import com.partnershiptracker.support.CsvReader;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole-record exports over real HTTP against PostgreSQL, with more rows than the old 5,000-row cap:
 * every filtered row, a fixed number of statements per chunk of rows, a dozen at once, and a client
 * that hangs up.
 */
@SeededWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportStreamingTests {

    private static final int ROWS = 5_100;
    private static final String PROBE = "/agreements.csv?partner=export-probe-a";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SqlStatementCounter statements;

    @Autowired
    OrganizationService organizations;

    @BeforeAll
    void insertMoreAgreementsThanTheOldCap() {
        jdbc.update("insert into organizations (slug, name_ko, name_en, kind) values"
                + " ('export-probe-a', '수출 시험 가', 'Export Probe A', 'FINTECH'),"
                + " ('export-probe-b', '수출 시험 나', 'Export Probe B', 'FINTECH')");
        // Long Korean summaries make the file larger than the sockets' buffers, so that a client that stops reading stalls it.
        jdbc.update("""
                insert into agreements (title_ko, title_en, kind, status, summary_ko, signed_date, signed_precision, signed_inferred)
                select '시험 협약 ' || g, 'Probe agreement ' || g, 'MOU', 'SIGNED', repeat('협력 ', 400),
                       date '2000-01-01' + g, 'DAY', false
                from generate_series(1, ?) g""", ROWS);
        jdbc.update("""
                insert into agreement_parties (agreement_id, position, organization_id, role)
                select a.id, o.position, o.id, 'PRINCIPAL'
                from agreements a cross join (select id, case slug when 'export-probe-a' then 0 else 1 end as position
                                              from organizations where slug like 'export-probe-%') o
                where a.title_en like 'Probe agreement %'""");
        // Written around the service, so the group structure it keeps in memory (shared by the whole test run) is dropped.
        organizations.organizationsChangedElsewhere();
    }

    @AfterAll
    void removeThem() {
        jdbc.update("delete from agreements where title_en like 'Probe agreement %'");
        jdbc.update("delete from organizations where slug like 'export-probe-%'");
        organizations.organizationsChangedElsewhere();
    }

    @Test
    void anExportHoldsEveryFilteredRowBeyondTheOldCapAndSaysThatItIsComplete() {
        HttpResponse<String> response = Http.get(port, PROBE, "en");

        assertThat(response.statusCode()).isEqualTo(200);
        List<List<String>> rows = CsvReader.read(response.body().substring(1));
        assertThat(rows).hasSize(1 + ROWS + 1);
        assertThat(rows.get(rows.size() - 1)).containsExactly("# complete: " + ROWS + " rows");
        List<String> newestFirst = jdbc.queryForList(
                "select id::text from agreements where title_en like 'Probe agreement %' order by signed_date desc", String.class);
        assertThat(rows.subList(1, rows.size() - 1)).extracting(row -> row.get(0)).containsExactlyElementsOf(newestFirst);
        assertThat(rows.get(1).get(7)).isEqualTo("export-probe-a;export-probe-b");
    }

    @Test
    void theStatementsPerChunkOfRowsAreFixedWhateverTheNumberOfRows() {
        Http.get(port, "/agreements.csv?partner=kt", "en");
        List<String> oneChunk = statements.statementsWhile(() -> Http.get(port, "/agreements.csv?partner=kt", "en"));
        List<String> manyChunks = statements.statementsWhile(() -> Http.get(port, PROBE, "en"));

        int chunks = (ROWS + CursorReader.CHUNK - 1) / CursorReader.CHUNK;
        // Each further chunk of rows costs its parties and its sources; the rows themselves come from one cursor.
        assertThat(manyChunks).as(String.join("\n", manyChunks)).hasSize(oneChunk.size() + 2 * (chunks - 1));
        assertThat(manyChunks).hasSizeLessThan(ROWS / 100);
    }

    @Test
    void twelveConcurrentFullExportsAllCompleteWhileAPublicPageStillAnswers() {
        List<CompletableFuture<HttpResponse<String>>> exports = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            exports.add(CompletableFuture.supplyAsync(() -> Http.get(port, PROBE, "en")));
        }
        List<Integer> pages = new ArrayList<>();
        while (exports.stream().anyMatch(export -> !export.isDone())) {
            pages.add(Http.get(port, "/agreements?partner=kt", "en").statusCode());
        }

        assertThat(pages).isNotEmpty().containsOnly(200);
        for (CompletableFuture<HttpResponse<String>> export : exports) {
            HttpResponse<String> response = export.join();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).endsWith("# complete: " + ROWS + " rows\r\n");
        }
    }

    @Test
    void aClientThatHangsUpMidTransferFreesItsDatabaseConnectionAtOnce() throws Exception {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        OutputStream request = socket.getOutputStream();
        request.write(("GET " + PROBE + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        request.flush();
        InputStream body = socket.getInputStream();
        assertThat(body.readNBytes(1024)).hasSize(1024);

        // The client reads no more: the export stalls on a full socket, still holding its connection.
        assertThat(Eventually.within(Duration.ofSeconds(10), () -> pool.getActiveConnections() == 1)).isTrue();
        Thread.sleep(500);
        assertThat(pool.getActiveConnections()).isEqualTo(1);

        boolean[] freed = {false};
        int statementsAfterHangingUp = statements.countWhile(() -> {
            try {
                Eventually.hangUp(socket);
                freed[0] = Eventually.within(Duration.ofSeconds(3), () -> pool.getActiveConnections() == 0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(freed[0]).isTrue();
        // The export stops at its next write, without reading the thousands of rows left.
        assertThat(statementsAfterHangingUp).isLessThanOrEqualTo(2);
        assertThat(Http.get(port, "/agreements?partner=kt", "en").statusCode()).isEqualTo(200);
    }

}
