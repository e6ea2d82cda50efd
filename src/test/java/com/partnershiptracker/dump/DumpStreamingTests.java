package com.partnershiptracker.dump;

import com.partnershiptracker.support.Eventually;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dump is written as it is read, not built and then sent: with tens of megabytes of record that does not
 * compress, a client that reads its first kilobyte and stops leaves the dump stalled mid-table, still holding its
 * database connection (a dump built in memory, or buffered by a filter, would have finished reading first);
 * and when that client hangs up, the connection is back in the pool at once, without reading the rest.
 */
@SeededWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DumpStreamingTests {

    private static final int SOURCES = 15_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SqlStatementCounter statements;

    @BeforeAll
    void insertManySourcesWithNotesThatDoNotCompress() {
        // 15,000 notes of 1,920 random hex digits: about 29 MB of CSV, still over 14 MB compressed, far more than the sockets hold.
        jdbc.update("""
                insert into sources (kind, publisher, headline_en, language, note)
                select 'REPORT', 'Dump Probe Press', 'Dump probe ' || g, 'en',
                       (select string_agg(md5(random()::text || g || n), '') from generate_series(1, 60) n)
                from generate_series(1, ?) g""", SOURCES);
    }

    @AfterAll
    void removeThem() {
        jdbc.update("delete from sources where publisher = 'Dump Probe Press'");
    }

    @Test
    void aClientThatStopsReadingStallsTheDumpMidWayAndHangingUpFreesItsConnection() throws Exception {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        OutputStream request = socket.getOutputStream();
        request.write("GET /api/v1/dump HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        request.flush();
        InputStream body = socket.getInputStream();
        String start = new String(body.readNBytes(4096), StandardCharsets.ISO_8859_1);
        assertThat(start).startsWith("HTTP/1.1 200").contains("application/zip").contains("PK\u0003\u0004")
                .contains(DataPackage.FILE_NAME);

        // The client reads no more: the dump stalls on a full socket, mid-way through the sources, still reading them.
        assertThat(Eventually.within(Duration.ofSeconds(10), () -> pool.getActiveConnections() == 1)).isTrue();
        Thread.sleep(1_000);
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
        // It stops at its next write: the tables after the sources are never read.
        assertThat(statementsAfterHangingUp).isLessThanOrEqualTo(2);
    }

}
