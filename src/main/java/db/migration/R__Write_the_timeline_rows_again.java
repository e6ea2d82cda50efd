package db.migration;

import com.partnershiptracker.timeline.TimelineRowsFill;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.zip.CRC32;

/**
 * Writes every row of the timeline's indexed copy again with the one definition of its fill
 * (timeline.TimelineRowsFill): a repeatable migration whose checksum is that definition's, so
 * Flyway runs it after the versioned migrations on a new database, and again on every database
 * whenever the definition changes. V9 filled the copy with its own text before the definition
 * existed; from here on this is the fill.
 */
public class R__Write_the_timeline_rows_again extends BaseJavaMigration {

    private static final Duration LONGEST_STATEMENT = Duration.ofMinutes(15);

    @Override
    public Integer getChecksum() {
        CRC32 checksum = new CRC32();
        checksum.update(TimelineRowsFill.definition().getBytes(StandardCharsets.UTF_8));
        return (int) checksum.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        allowLongStatements(connection);
        try (Statement sql = connection.createStatement()) {
            for (String statement : TimelineRowsFill.forEveryFact()) {
                sql.execute(statement);
            }
        }
    }

    /**
     * At scale 100000 one statement of the fill takes 10-45 s, past the socket timeout that bounds a
     * silent server's answer (app.database.socket-timeout, 30 s). The pool restores it when the
     * connection returns.
     */
    private static void allowLongStatements(Connection connection) throws SQLException {
        try {
            connection.setNetworkTimeout(Runnable::run, (int) LONGEST_STATEMENT.toMillis());
        } catch (SQLFeatureNotSupportedException embedded) {
            // H2 has no socket to time out.
        }
    }
}
