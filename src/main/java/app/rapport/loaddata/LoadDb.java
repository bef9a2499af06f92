package app.rapport.loaddata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's insert statements on one connection, and the rows each has written. */
final class LoadDb implements AutoCloseable {

    static final int BATCH = 1_000;
    private static final ZoneOffset UTC = ZoneOffset.UTC;

    private final Connection connection;
    private final List<Table> tables = new ArrayList<>();

    LoadDb(Connection connection) {
        this.connection = connection;
    }

    /** An insert into {@code name}; when its first column is {@code id}, ids count on from the table's maximum. */
    Table table(String name, String columns, Table... parents) throws SQLException {
        var names = columns.split(",\\s*");
        var sql = "INSERT INTO " + name + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.length, "?")) + ")";
        long firstId = "id".equals(names[0]) ? maxId(name) + 1 : 0;
        var table = new Table(name, connection.prepareStatement(sql), names.length, List.of(parents), firstId);
        tables.add(table);
        return table;
    }

    private long maxId(String table) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** {@code base}, or with a suffix when an earlier run's coordinator already has that email. */
    String freeTag(String base) throws SQLException {
        try (var check = connection.prepareStatement("SELECT COUNT(*) FROM account WHERE email = ?")) {
            for (int n = 1; ; n++) {
                var tag = n == 1 ? base : base + "x" + n;
                check.setString(1, LoadDataGenerator.coordinatorEmail(tag));
                try (var rows = check.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        return tag;
                    }
                }
            }
        }
    }

    void commit() throws SQLException {
        for (var table : tables) {
            table.flush();
        }
        connection.commit();
    }

    Map<String, Integer> rows() {
        var rows = new LinkedHashMap<String, Integer>();
        tables.forEach(t -> rows.put(t.name, t.written));
        return rows;
    }

    @Override
    public void close() throws SQLException {
        for (var table : tables) {
            table.insert.close();
        }
    }

    /** One table's insert with its pending batch; its parents' batches go first, so foreign keys hold. */
    static final class Table {

        private final String name;
        private final PreparedStatement insert;
        private final int columns;
        private final List<Table> parents;
        private long nextId;
        private int pending;
        private int written;

        Table(String name, PreparedStatement insert, int columns, List<Table> parents, long firstId) {
            this.name = name;
            this.insert = insert;
            this.columns = columns;
            this.parents = parents;
            this.nextId = firstId;
        }

        long nextId() {
            return nextId++;
        }

        void add(Object... values) throws SQLException {
            if (values.length != columns) {
                throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns + " columns");
            }
            for (int i = 0; i < values.length; i++) {
                bind(i + 1, values[i]);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending == 0) {
                return;
            }
            for (var parent : parents) {
                parent.flush();
            }
            insert.executeBatch();
            written += pending;
            pending = 0;
        }

        /** Instants as UTC date-times, as the app's Hibernate ({@code jdbc.time_zone=UTC}) writes them. */
        private void bind(int index, Object value) throws SQLException {
            if (value == null) {
                insert.setNull(index, Types.NULL);
            } else if (value instanceof Instant instant) {
                insert.setObject(index, LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), UTC));
            } else {
                insert.setObject(index, value);
            }
        }
    }
}
