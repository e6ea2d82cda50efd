package com.partnershiptracker.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Uploaded files kept in the database (import_uploads) between preview and apply, each readable by its uploader only. */
@Component
class ImportUploads {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final JdbcClient jdbc;

    ImportUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the file, removing files older than {@link #KEPT_FOR} but those an open draft holds for review; returns
     * its id (random, so not guessable).
     */
    String keep(String uploader, String layout, String fileName, byte[] content) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("delete from import_uploads where created_at < :cutoff and not held_for_review").param("cutoff", now.minus(KEPT_FOR)).update();
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into import_uploads (id, uploader, layout, file_name, content, created_at) "
                        + "values (:id, :uploader, :layout, :fileName, :content, :createdAt)")
                .param("id", id).param("uploader", uploader).param("layout", layout).param("fileName", fileName)
                .param("content", content).param("createdAt", now).update();
        return id;
    }

    Optional<Upload> find(String id, String uploader) {
        return jdbc.sql("select id, layout, file_name, content, created_at from import_uploads where id = :id and uploader = :uploader")
                .param("id", id).param("uploader", uploader)
                .query((row, n) -> new Upload(row.getString("id"), row.getString("layout"), row.getString("file_name"),
                        row.getBytes("content"), row.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** An import draft applies this file when published: it stays however old it gets. */
    void holdForReview(String id) {
        jdbc.sql("update import_uploads set held_for_review = true where id = :id").param("id", id).update();
    }

    void releaseFromReview(String id) {
        jdbc.sql("update import_uploads set held_for_review = false where id = :id").param("id", id).update();
    }

    void forget(String id) {
        jdbc.sql("delete from import_uploads where id = :id").param("id", id).update();
    }

    record Upload(String id, String layout, String fileName, byte[] content, Instant createdAt) {
    }
}
