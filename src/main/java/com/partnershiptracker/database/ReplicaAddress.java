package com.partnershiptracker.database;

import java.util.ArrayList;
import java.util.List;

/** One replica's JDBC URL and credentials, from an entry of {@code app.replica.urls} (a JDBC or postgres:// URL). */
record ReplicaAddress(String jdbcUrl, String username, String password) {

    /**
     * The replicas named in the settings, in order. A postgres:// URL's own user and password win over
     * {@code app.replica.username}/{@code password}, which default to the primary's.
     */
    static List<ReplicaAddress> of(ReplicaSettings settings, String primaryUsername, String primaryPassword) {
        String username = settings.username() == null || settings.username().isBlank() ? primaryUsername : settings.username();
        String password = settings.password() == null || settings.password().isEmpty() ? primaryPassword : settings.password();
        List<ReplicaAddress> addresses = new ArrayList<>();
        for (String url : settings.configuredUrls()) {
            DatabaseUrl parsed = DatabaseUrl.parse(url);
            addresses.add(new ReplicaAddress(parsed.jdbcUrl(),
                    parsed.username() != null ? parsed.username() : username,
                    parsed.password() != null ? parsed.password() : password));
        }
        return addresses;
    }
}
