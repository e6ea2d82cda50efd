package com.partnershiptracker.dump;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A dumped table as the database describes it: its public columns in order, its primary key and its foreign keys. */
record TableLayout(String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys) {

    /** A column, with the Table Schema type its JDBC type reads as. */
    record Column(String name, FieldType type, boolean required) {
    }

    record ForeignKey(List<String> fields, String table, List<String> referencedFields) {
    }

    /** The types of the Frictionless Table Schema that the dump's columns take. */
    enum FieldType {
        INTEGER, NUMBER, BOOLEAN, DATE, DATETIME, TIME, STRING;

        String frictionlessName() {
            return name().toLowerCase();
        }

        static FieldType of(int jdbcType) {
            return switch (jdbcType) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
                case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL -> NUMBER;
                // PostgreSQL's driver reports boolean columns as BIT.
                case Types.BOOLEAN, Types.BIT -> BOOLEAN;
                case Types.DATE -> DATE;
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> DATETIME;
                case Types.TIME, Types.TIME_WITH_TIMEZONE -> TIME;
                default -> STRING;
            };
        }
    }

    /** One table's layout, read from the database's catalog; references to tables the dump leaves out are dropped. */
    static TableLayout read(DatabaseMetaData catalog, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        // The table name is a LIKE pattern here, in which '_' would match any character.
        String exactly = table.replace("_", catalog.getSearchStringEscape() + "_");
        try (ResultSet rs = catalog.getColumns(null, null, exactly, null)) {
            Map<Integer, Column> byPosition = new TreeMap<>();
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                if (DumpedTables.isPublic(table, name)) {
                    byPosition.put(rs.getInt("ORDINAL_POSITION"), new Column(name, FieldType.of(rs.getInt("DATA_TYPE")),
                            rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls));
                }
            }
            columns.addAll(byPosition.values());
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("No table " + table + " to dump");
        }
        Map<Integer, String> keyParts = new TreeMap<>();
        try (ResultSet rs = catalog.getPrimaryKeys(null, null, table)) {
            while (rs.next()) {
                keyParts.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        Map<String, Map<Integer, String[]>> references = new LinkedHashMap<>();
        try (ResultSet rs = catalog.getImportedKeys(null, null, table)) {
            while (rs.next()) {
                String referenced = rs.getString("PKTABLE_NAME");
                if (DumpedTables.NAMES.contains(referenced)) {
                    references.computeIfAbsent(rs.getString("FK_NAME"), name -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"),
                            new String[]{rs.getString("FKCOLUMN_NAME"), referenced, rs.getString("PKCOLUMN_NAME")});
                }
            }
        }
        List<ForeignKey> foreignKeys = references.values().stream().map(parts -> new ForeignKey(
                parts.values().stream().map(part -> part[0]).toList(), parts.values().iterator().next()[1],
                parts.values().stream().map(part -> part[2]).toList())).toList();
        return new TableLayout(table, List.copyOf(columns), List.copyOf(keyParts.values()), foreignKeys);
    }

    String selectInKeyOrder() {
        String names = String.join(", ", columns.stream().map(Column::name).toList());
        List<String> order = primaryKey.isEmpty() ? List.of(columns.get(0).name()) : primaryKey;
        return "select " + names + " from " + name + " order by " + String.join(", ", order);
    }
}
