package com.partnershiptracker.web;

import com.partnershiptracker.support.Eventually;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports waiting for their turn, over real HTTP against PostgreSQL, with a line sized for the test:
 * one export reads at a time (held by a client that stops reading) and one may wait. The one in line
 * has its file started at once, holds no connection, and completes in its turn; one that hangs up
 * gives its place back; past the line, a 503 at once.
 */
@SeededWebTest
@TestPropertySource(properties = {"app.exports.max-concurrent=1", "app.exports.max-waiting=1",
        "server.tomcat.connection-timeout=60s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueuedExportTests {

    private static final int ROWS = 5_100;
    private static final String PROBE = "/agreements.csv?partner=queue-probe-a";
    private static final String HEADER_ROW = "id,title_ko,title_en,";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    OrganizationService organizations;

    private final List<Socket> clients = new ArrayList<>();

    @BeforeAll
    void insertAnExportLargerThanTheSocketsBuffers() {
        jdbc.update("insert into organizations (slug, name_ko, name_en, kind) values"
                + " ('queue-probe-a', '대기 시험 가', 'Queue Probe A', 'FINTECH'),"
                + " ('queue-probe-b', '대기 시험 나', 'Queue Probe B', 'FINTECH')");
        jdbc.update("""
                insert into agreements (title_ko, title_en, kind, status, summary_ko, signed_date, signed_precision, signed_inferred)
                select '대기 협약 ' || g, 'Queue agreement ' || g, 'MOU', 'SIGNED', repeat('협력 ', 400),
                       date '2000-01-01' + g, 'DAY', false
                from generate_series(1, ?) g""", ROWS);
        jdbc.update("""
                insert into agreement_parties (agreement_id, position, organization_id, role)
                select a.id, o.position, o.id, 'PRINCIPAL'
                from agreements a cross join (select id, case slug when 'queue-probe-a' then 0 else 1 end as position
                                              from organizations where slug like 'queue-probe-%') o
                where a.title_en like 'Queue agreement %'""");
        organizations.organizationsChangedElsewhere();
    }

    @AfterAll
    void removeThem() {
        jdbc.update("delete from agreements where title_en like 'Queue agreement %'");
        jdbc.update("delete from organizations where slug like 'queue-probe-%'");
        organizations.organizationsChangedElsewhere();
    }

    @AfterEach
    void hangUpEveryClientAndWaitForTheTurnsToBeFree() throws Exception {
        for (Socket client : clients) {
            Eventually.hangUp(client);
        }
        clients.clear();
        assertThat(Eventually.within(Duration.ofSeconds(10), () -> Http.get(port, "/agreements.csv?partner=kt", "en").body()
                .endsWith(" rows\r\n"))).as("an export has its turn again").isTrue();
    }

    @Test
    void anExportInLineGetsItsHeaderRowWithinASecondHoldsNoConnectionAndCompletesInItsTurn() throws Exception {
        Socket reading = exportThatStopsReading();
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();

        long started = System.nanoTime();
        HttpResponse<InputStream> queued = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + PROBE))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader lines = new BufferedReader(new InputStreamReader(queued.body(), StandardCharsets.UTF_8));
        String headerRow = lines.readLine();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(queued.statusCode()).isEqualTo(200);
        assertThat(queued.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(queued.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment").contains("agreements.csv"));
        assertThat(headerRow).startsWith("\uFEFF" + HEADER_ROW);
        // Still in line: only the reading export holds a connection.
        Thread.sleep(500);
        assertThat(pool.getActiveConnections()).isEqualTo(1);

        Eventually.hangUp(reading);
        List<String> rest = lines.lines().toList();

        assertThat(rest).hasSize(ROWS + 1);
        assertThat(rest.get(rest.size() - 1)).isEqualTo("# complete: " + ROWS + " rows");
    }

    @Test
    void anExportInLineWhoseClientHangsUpGivesItsPlaceBack() throws Exception {
        exportThatStopsReading();
        Socket queued = export();
        readUntil(queued, HEADER_ROW);
        assertThat(statusOfAnExportThenHangUp()).as("the line is full").isEqualTo(503);

        queued.close();

        assertThat(Eventually.within(Duration.ofSeconds(2), () -> statusOfAnExportThenHangUp() == 200))
                .as("the next export has a place in line again").isTrue();
    }

    @Test
    void pastTheLineTheNextExportIsRefusedAtOnceWithRetryAfterAndNoFile() throws Exception {
        exportThatStopsReading();
        readUntil(export(), HEADER_ROW);

        long started = System.nanoTime();
        HttpResponse<String> refused = Http.get(port, PROBE, "en");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).doesNotContain("csv"));
        assertThat(refused.body()).doesNotContain(HEADER_ROW);
    }

    /** An export whose client reads its first kilobyte and no more: it stalls on a full socket, holding its turn. */
    private Socket exportThatStopsReading() throws Exception {
        Socket socket = export();
        assertThat(socket.getInputStream().readNBytes(1024)).hasSize(1024);
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        assertThat(Eventually.within(Duration.ofSeconds(10), () -> pool.getActiveConnections() == 1)).isTrue();
        return socket;
    }

    private Socket export() throws IOException {
        Socket socket = new Socket();
        clients.add(socket);
        socket.setReceiveBufferSize(4096);
        socket.setSoTimeout(20_000);
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        socket.getOutputStream().write(("GET " + PROBE + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    private int statusOfAnExportThenHangUp() {
        try {
            Socket socket = export();
            String statusLine = readUntil(socket, "\r\n");
            Eventually.hangUp(socket);
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readUntil(Socket socket, String text) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        while (!seen.toString(StandardCharsets.UTF_8).contains(text)) {
            int next = in.read();
            if (next < 0) {
                throw new EOFException("no " + text + " in " + seen.toString(StandardCharsets.UTF_8));
            }
            seen.write(next);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }


}
