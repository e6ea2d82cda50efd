package com.partnershiptracker.export;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a query's rows from a database cursor, {@value #CHUNK} at a time, and hands them over a
 * chunk at a time, so that a reader can load what the rows refer to in one statement per chunk
 * and memory holds one chunk, however many rows match. The whole read is one statement.
 */
@Component
public class CursorReader {

    public static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate connections;
    private final int serverWaitMillis;

    CursorReader(JdbcClient jdbc, DataSource dataSource,
                 @Value("${app.database.socket-timeout:30s}") Duration serverWait) {
        this.jdbc = jdbc;
        this.connections = new JdbcTemplate(dataSource);
        this.serverWaitMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, serverWait.toMillis()));
    }

    /**
     * Runs the query and hands its rows to the action in chunks of at most {@value #CHUNK}, in the
     * query's order. Must run inside a transaction: PostgreSQL's driver reads from a cursor only
     * with autocommit off, and reads every row into memory otherwise.
     *
     * @throws IllegalStateException when no transaction is active
     */
    public <T> void forEachChunk(String sql, Map<String, ?> params, RowMapper<T> rowMapper, Consumer<List<T>> action) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A cursor needs a transaction, or every row is read into memory");
        }
        allowTheServerTime();
        List<T> chunk = new ArrayList<>(CHUNK);
        int[] number = {0};
        jdbc.sql(sql).params(params).withFetchSize(CHUNK).query(rs -> {
            chunk.add(rowMapper.mapRow(rs, number[0]++));
            if (chunk.size() == CHUNK) {
                action.accept(List.copyOf(chunk));
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            action.accept(List.copyOf(chunk));
        }
    }

    /**
     * Runs the query and hands each row to the handler as the cursor reaches it, {@value #CHUNK}
     * rows fetched at a time, for readers that write each row out at once and keep none (the data
     * dump). Must run inside a transaction, for the same reason as {@link #forEachChunk}.
     *
     * @throws IllegalStateException when no transaction is active
     */
    public void forEachRow(String sql, RowCallbackHandler handler) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A cursor needs a transaction, or every row is read into memory");
        }
        allowTheServerTime();
        jdbc.sql(sql).withFetchSize(CHUNK).query(handler);
    }

    /**
     * A web request's connection waits at most app.database.request-timeout (2 s) for the server:
     * sorting every matching row before the first arrives may take longer under load, so the
     * export's connection waits as long as work outside requests does. The pool restores the
     * setting when the connection goes back.
     */
    private void allowTheServerTime() {
        connections.execute((ConnectionCallback<Void>) connection -> {
            try {
                connection.setNetworkTimeout(Runnable::run, serverWaitMillis);
            } catch (SQLException | UnsupportedOperationException notSupported) {
                // H2 runs in the process and has no network to wait for.
            }
            return null;
        });
    }
}
