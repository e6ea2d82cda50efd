package com.partnershiptracker.database;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Turns a start-up that failed because the database could not be reached into a short report that
 * says so, instead of a hundred lines of nested bean-creation errors with the reason at the bottom.
 * It names the database by host, port and name only: no user, no password, no query parameters.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        Throwable cause = connectionFailure(failure);
        if (cause == null) {
            return null;
        }
        String description = "The database " + where() + " could not be reached, so the app stopped: "
                + firstLine(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        String action = "Check that the database is running and reachable from here, and that DATABASE_URL, "
                + "DATABASE_USERNAME and DATABASE_PASSWORD (or SPRING_DATASOURCE_*) name it. The app waits "
                + "app.database.connect-timeout for a connection, then gives up; start it again once the database is up.";
        return new FailureAnalysis(description, action, cause);
    }

    private static Throwable connectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return t;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException) {
                return t;
            }
        }
        return null;
    }

    private String where() {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            return "";
        }
        // Query parameters may carry a password (jdbc:postgresql://host/db?password=...): leave them out.
        int query = url.indexOf('?');
        String bare = query < 0 ? url : url.substring(0, query);
        int credentials = bare.lastIndexOf('@');
        if (credentials >= 0) {
            bare = bare.substring(0, bare.indexOf("//") + 2) + bare.substring(credentials + 1);
        }
        return "at " + bare;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
