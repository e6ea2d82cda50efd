package com.partnershiptracker.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The audit of accounts. Accounts are not kept in Envers' history (a password hash must never be copied
 * into it), so each change is written here as a revision of its own, signed by whoever made it, which is
 * what puts it in the site-wide list of changes beside every other save.
 */
@Component
class AccountChanges {

    private static final int SHOWN = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountChanges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the change in the caller's transaction, so that it commits (or not) with the change itself. */
    void record(String actor, String username, AccountChange change, String detail) {
        KeyHolder revision = new GeneratedKeyHolder();
        jdbc.sql("insert into revinfo (revtstmp, username) values (:at, :actor)")
                .param("at", Instant.now(clock).toEpochMilli()).param("actor", actor)
                .update(revision, "rev");
        jdbc.sql("insert into account_changes (rev, username, change, detail) values (:rev, :username, :change, :detail)")
                .param("rev", revision.getKeyAs(Number.class).longValue()).param("username", username)
                .param("change", change.name()).param("detail", detail)
                .update();
    }

    /** The account's changes, newest first. */
    List<AccountChangeEntry> of(String username) {
        return jdbc.sql("""
                        select c.rev, r.revtstmp, r.username as actor, c.change, c.detail
                        from account_changes c join revinfo r on r.rev = c.rev
                        where c.username = :username order by c.rev desc limit :limit""")
                .param("username", username).param("limit", SHOWN)
                .query((rs, n) -> new AccountChangeEntry(rs.getLong("rev"), Instant.ofEpochMilli(rs.getLong("revtstmp")),
                        rs.getString("actor"), AccountChange.valueOf(rs.getString("change")), rs.getString("detail")))
                .list();
    }
}
