package com.partnershiptracker.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads DATABASE_URL in either form people use: a JDBC URL as it is, or the
 * {@code postgres://user:password@host:port/database} form that hosting platforms hand out,
 * which becomes a JDBC URL plus credentials.
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    /** @throws IllegalArgumentException when a postgres:// URL cannot be parsed */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.startsWith("jdbc:")) {
            return new DatabaseUrl(url, null, null);
        }
        if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            throw new IllegalArgumentException("DATABASE_URL must be a JDBC URL or a postgres:// URL");
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("DATABASE_URL names no host");
            }
            int port = uri.getPort() == -1 ? 5432 : uri.getPort();
            String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String username = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                username = decode(parts[0]);
                password = parts.length > 1 ? decode(parts[1]) : null;
            }
            return new DatabaseUrl(jdbc, username, password);
        } catch (URISyntaxException e) {
            // The message would echo the URL, and with it the password; say only where the fault is.
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL (at index " + e.getIndex() + ")");
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
