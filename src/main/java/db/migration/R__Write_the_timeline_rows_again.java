package db.migration;

import com.partnershiptracker.timeline.TimelineRowsFill;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.zip.CRC32;

/**
 * Writes every row of the timeline's indexed copy again with the one definition of its fill
 * (timeline.TimelineRowsFill): a repeatable migration whose checksum is that definition's, so
 * Flyway runs it after the versioned migrations on a new database, and again on every database
 * whenever the definition changes. V9 filled the copy with its own text before the definition
 * existed; from here on this is the fill.
 */
public class R__Write_the_timeline_rows_again extends BaseJavaMigration {

    @Override
    public Integer getChecksum() {
        CRC32 checksum = new CRC32();
        checksum.update(TimelineRowsFill.definition().getBytes(StandardCharsets.UTF_8));
        return (int) checksum.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            for (String statement : TimelineRowsFill.forEveryFact()) {
                sql.execute(statement);
            }
        }
    }
}
