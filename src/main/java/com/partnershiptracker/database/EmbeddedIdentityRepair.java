package com.partnershiptracker.database;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * On the embedded H2 database, after every migrate (that is, at every start), each identity column
 * starts again above the largest key its table holds. H2 2.5 can hand out, after a restart on the same
 * files, an identity value it already gave before the restart once the table was altered by a later
 * migration (seen on initiatives after V26 added columns to it): the next save of that kind then
 * failed on the primary key. PostgreSQL keeps its sequences itself, so this does nothing there.
 */
@Component
class EmbeddedIdentityRepair implements Callback {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedIdentityRepair.class);

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection connection = context.getConnection();
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")) {
                return;
            }
            for (String[] column : identityColumns(connection)) {
                restartAboveTheLargestKey(connection, column[0], column[1]);
            }
        } catch (SQLException e) {
            LOG.warn("Could not check the embedded database's identity columns: {}", e.getMessage());
        }
    }

    @Override
    public String getCallbackName() {
        return "restart H2 identities above their largest key";
    }

    private static List<String[]> identityColumns(Connection connection) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select table_name, column_name from information_schema.columns"
                     + " where is_identity = 'YES' and table_schema = current_schema")) {
            while (rows.next()) {
                columns.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        return columns;
    }

    private static void restartAboveTheLargestKey(Connection connection, String table, String column) throws SQLException {
        long next;
        try (Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("select coalesce(max(\"" + column + "\"), 0) + 1 from \"" + table + "\"")) {
            max.next();
            next = max.getLong(1);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table \"" + table + "\" alter column \"" + column + "\" restart with " + next);
        }
    }
}
