package com.partnershiptracker.schema;

import com.partnershiptracker.support.PassMarks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once a Flyway migration has landed it is never edited: every database that ran it would keep
 * the old version and refuse to start on a checksum mismatch, or worse, differ silently. The
 * SHA-256 of each landed migration is committed in src/test/resources/db/landed-migrations.sha256;
 * this test recomputes them.
 */
class LandedMigrationsTests {

    static final Path MIGRATIONS = Path.of("src/main/resources");
    static final Path MANIFEST = Path.of("src/test/resources/db/landed-migrations.sha256");

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("Migrations");

    @Test
    void noLandedMigrationHasChangedAndEveryMigrationIsInTheManifest() throws IOException {
        Map<String, String> landed = readManifest(Files.readString(MANIFEST));
        Map<String, String> onDisk = hashesOnDisk();
        List<String> problems = problems(landed, onDisk);
        MARKS.record("no landed migration has changed, and every migration is in the manifest", String.format(
                "%d migrations on disk checked against %d landed SHA-256 sums: %d changed, gone or missing from the manifest",
                onDisk.size(), landed.size(), problems.size()), problems.isEmpty());

        assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
    }

    @Test
    void anEditedARemovedAndANewMigrationAreEachReportedWithWhatToDo() {
        Map<String, String> manifest = readManifest("""
                # comment
                aaaa  db/migration/V1__create_schema.sql
                bbbb  db/migration/V2__create_read_views.sql
                """);
        Map<String, String> onDisk = new TreeMap<>(Map.of(
                "db/migration/V1__create_schema.sql", "a0a0",
                "db/migration/V9__add_something.sql", "cccc"));

        List<String> problems = problems(manifest, onDisk);

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).contains("db/migration/V1__create_schema.sql has changed since it landed")
                .contains("add a new migration");
        assertThat(problems.get(1)).contains("db/migration/V2__create_read_views.sql landed but is gone");
        assertThat(problems.get(2)).contains("db/migration/V9__add_something.sql is not in")
                .contains("cccc  db/migration/V9__add_something.sql");
    }

    static List<String> problems(Map<String, String> manifest, Map<String, String> onDisk) {
        List<String> problems = new ArrayList<>();
        manifest.forEach((path, landed) -> {
            String now = onDisk.get(path);
            if (now == null) {
                problems.add(path + " landed but is gone. A landed migration stays: databases have run it. "
                        + "Restore it (git checkout main -- src/main/resources/" + path + ").");
            } else if (!now.equals(landed)) {
                problems.add(path + " has changed since it landed (SHA-256 " + landed + ", now " + now + "). "
                        + "A landed migration is never edited, since databases that ran it keep the old one: restore it "
                        + "(git checkout main -- src/main/resources/" + path + ") and add a new migration with the next "
                        + "version number instead.");
            }
        });
        onDisk.forEach((path, hash) -> {
            if (!manifest.containsKey(path)) {
                problems.add(path + " is not in " + MANIFEST + ". If it is a new migration ready to land, add this line "
                        + "to that file (from then on it must not change):\n" + hash + "  " + path);
            }
        });
        return problems;
    }

    /** The manifest's lines in sha256sum's format, "hash  path", without the comments. */
    static Map<String, String> readManifest(String text) {
        Map<String, String> landed = new TreeMap<>();
        text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
            String[] parts = line.split("\\s+\\*?", 2);
            landed.put(parts[1], parts[0]);
        });
        return landed;
    }

    static Map<String, String> hashesOnDisk() throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS.resolve("db"))) {
            files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().endsWith(".txt"))
                    .forEach(file -> hashes.put(MIGRATIONS.relativize(file).toString().replace('\\', '/'), sha256(file)));
        }
        return hashes;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
