package com.partnershiptracker.importing;

import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.support.HostileInputWebTest;
import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile CSV files uploaded to /admin/import by a signed-in admin over real HTTP, for every layout: each
 * starts from the layout's own template (header, help row, two examples) and breaks it one way (byte order
 * marks, line ends, quoted newlines, formula cells, other encodings, missing, extra, repeated and reordered
 * columns, duplicate rows, empty and binary files, over-long cells, too many rows, too many bytes, unclosed
 * quotes, NULs, invalid UTF-8, right-to-left and zero-width characters, huge numbers, bad dates), then
 * applies whatever reached a preview. No answer may be 5xx; each upload must end on a page with a message
 * (the file's error, or the preview's totals); a file whose preview shows an error must save nothing (rows
 * of the record tables and revisions counted before and after); and the app must still answer afterwards.
 *
 * <p>{@code ./mvnw verify} uploads a few cases per layout; the battery (tag "battery") uploads every case
 * for every layout, then {@code -Dfuzz.files=N} (300) random combinations of two or three breakages from
 * seed {@code -Dfuzz.seed=N}.
 */
@HostileInputWebTest
class ImportHostileFileTests {

    static final long SEED = Long.getLong("fuzz.seed", 20_261_206L);
    static final int RANDOM_FILES = Integer.getInteger("fuzz.files", 300);
    static final String ADMIN = "import-fuzzer";
    static final String PASSWORD = "sturdy lantern meadow passphrase";
    static final List<String> CASES_IN_VERIFY = List.of("utf8-bom-crlf", "formula-cells", "euc-kr", "missing-column",
            "duplicate-rows", "empty", "png", "unclosed-quote", "invalid-utf8");
    /** The tables an import may write to, and the revisions. */
    static final List<String> COUNTED_TABLES = List.of("organizations", "organization_aliases", "organization_relations",
            "agreements", "agreement_parties", "people", "positions", "initiatives", "metrics", "statements", "sources",
            "revinfo");
    /** The CSRF token's cookie (CookieCsrfTokenRepository's default name), sent with the form's token. */
    static final String CSRF_COOKIE = "XSRF-TOKEN";
    static final Pattern UPLOAD_ID = Pattern.compile("/admin/import/([0-9a-f-]{36})$");
    static final Pattern ERROR_TOTAL = Pattern.compile("import-total-error\"><span class=\"number\">([0-9]+)<");
    static final Pattern MESSAGE = Pattern.compile("class=\"alert alert-danger import-(?:file-)?error\" role=\"alert\">([^<]+)<");

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("Bad input: hostile import files");

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private int uploads;
    private int serverErrors;
    private int withoutMessage;
    private int savedFromInvalid;
    private int applied;

    @Test
    void aFewHostileFilesPerLayoutAnswerNo5xxSayWhatIsWrongAndSaveNothing() {
        run(false);
    }

    @Test
    @Tag("battery")
    void everyHostileFileForEveryLayoutAndRandomCombinationsAnswerNo5xxSayWhatIsWrongAndSaveNothing() {
        run(true);
    }

    private void run(boolean all) {
        if (users.findByUsername(ADMIN).isEmpty()) {
            users.create(ADMIN, PASSWORD, Role.ADMIN);
        }
        WebSession session = new WebSession(port);
        assertThat(session.signIn(ADMIN, PASSWORD).location()).endsWith("/admin");
        List<String> layouts = imports.layouts().stream().map(ImportLayout::name).toList();
        Random random = new Random(SEED);
        long started = System.nanoTime();
        int cases = 0;
        for (String layout : layouts) {
            Template template = template(session, layout);
            Map<String, Function<Template, byte[]>> hostile = cases(random);
            for (Map.Entry<String, Function<Template, byte[]>> file : hostile.entrySet()) {
                if (all || CASES_IN_VERIFY.contains(file.getKey())) {
                    upload(session, layout, file.getKey(), file.getValue().apply(template));
                    cases++;
                }
            }
            if (all) {
                List<String> names = new ArrayList<>(hostile.keySet());
                names.removeIf(name -> name.equals("over-10-mb") || name.equals("50001-rows"));
                for (int i = 0; i < RANDOM_FILES / layouts.size(); i++) {
                    Template broken = template;
                    StringBuilder name = new StringBuilder("random-" + i);
                    int breakages = 2 + random.nextInt(2);
                    for (int b = 0; b < breakages; b++) {
                        String breakage = names.get(random.nextInt(names.size()));
                        name.append('+').append(breakage);
                        broken = Template.read(hostile.get(breakage).apply(broken));
                    }
                    upload(session, layout, name.toString(), broken.utf8());
                    cases++;
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("Uploaded %d hostile import files (seed %d) in %d s: %s%n", uploads, SEED, seconds, outcomes);
        boolean stillAnswers = session.get("/admin/import").status() == 200 && session.get("/actuator/health").status() == 200
                && session.get("/agreements").status() == 200;

        MARKS.record("every layout gets hostile files", String.format("%d files over %d layouts (seed %d): %s", uploads,
                layouts.size(), SEED, outcomes), uploads == cases && outcomes.containsKey("refused") && outcomes.containsKey("preview"));
        MARKS.record("0 responses 5xx", serverErrors + " of " + uploads + " uploads, previews and applies", serverErrors == 0);
        MARKS.record("every file ends on a page with a message", withoutMessage + " without one", withoutMessage == 0);
        MARKS.record("nothing saved from a file with an error", savedFromInvalid + " files saved rows or revisions; "
                + applied + " error-free files applied", savedFromInvalid == 0);
        MARKS.record("the app still answers afterwards", stillAnswers ? "yes" : "no", stillAnswers);

        assertThat(problems).as("seed " + SEED).isEmpty();
        assertThat(stillAnswers).isTrue();
        assertThat(outcomes).containsKeys("refused", "preview");
    }

    // ---------------------------------------------------------------- one file

    private void upload(WebSession session, String layout, String name, byte[] content) {
        uploads++;
        Map<String, Long> before = counts();
        session.get("/admin/import");
        HttpResponse<String> answer = postFile(session, layout, name + ".csv", content);
        String what = layout + "/" + name + " (" + content.length + " bytes)";
        if (answer.statusCode() >= 500 || answer.statusCode() != 302) {
            serverErrors += answer.statusCode() >= 500 ? 1 : 0;
            problems.add(what + ": upload answered " + answer.statusCode());
            return;
        }
        String location = URI.create(answer.headers().firstValue("Location").orElse("/")).getPath();
        WebSession.Answer page = session.get(location);
        if (page.status() >= 500) {
            serverErrors++;
            problems.add(what + ": " + location + " answered " + page.status());
            return;
        }
        Matcher id = UPLOAD_ID.matcher(location);
        if (!id.find()) {
            Matcher message = MESSAGE.matcher(page.body());
            if (!message.find() || message.group(1).isBlank()) {
                withoutMessage++;
                problems.add(what + ": refused without a message on " + location);
            }
            count("refused");
            expectUnchanged(what, before, "refused upload");
            return;
        }
        Matcher errors = ERROR_TOTAL.matcher(page.body());
        boolean fileError = MESSAGE.matcher(page.body()).find();
        boolean hasTotals = errors.find();
        if (!hasTotals && !fileError) {
            withoutMessage++;
            problems.add(what + ": a preview with neither totals nor a message");
        }
        boolean valid = !fileError && hasTotals && Integer.parseInt(errors.group(1)) == 0;
        if (valid && page.body().contains("import-row-error")) {
            problems.add(what + ": totals say no error, a row says one");
        }
        count(fileError ? "preview with a file error" : valid ? "preview, valid" : "preview");
        WebSession.Answer apply = session.post(location + "/apply", Map.of());
        if (apply.status() >= 500) {
            serverErrors++;
            problems.add(what + ": apply answered " + apply.status());
            return;
        }
        if (valid) {
            applied++;
            return;
        }
        WebSession.Answer after = session.get(apply.location() == null ? location : URI.create(apply.location()).getPath());
        if (after.status() >= 500) {
            serverErrors++;
            problems.add(what + ": the page after apply answered " + after.status());
        } else if (!MESSAGE.matcher(after.body()).find()) {
            withoutMessage++;
            problems.add(what + ": applying a file with errors gave no message");
        }
        expectUnchanged(what, before, "file with errors");
    }

    private void expectUnchanged(String what, Map<String, Long> before, String why) {
        Map<String, Long> after = counts();
        if (!after.equals(before)) {
            savedFromInvalid++;
            problems.add(what + ": a " + why + " changed " + before + " to " + after);
        }
    }

    private void count(String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : COUNTED_TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private HttpResponse<String> postFile(WebSession session, String layout, String fileName, byte[] content) {
        String boundary = "----import-fuzz-" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "_csrf", session.csrfToken());
        field(body, boundary, "layout", layout);
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/import"))
                .timeout(Duration.ofSeconds(120))
                .header("Cookie", WebSession.SESSION_COOKIE + "=" + session.sessionId() + "; " + CSRF_COOKIE + "=" + session.cookie(CSRF_COOKIE))
                .header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private Template template(WebSession session, String layout) {
        WebSession.Answer answer = session.get("/admin/import/" + layout + "/template.csv");
        assertThat(answer.status()).as(layout + " template").isEqualTo(200);
        return Template.read(answer.body().getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- the hostile files

    /** The header and data rows of a file (the template's help row left out), written back as needed. */
    record Template(List<String> header, List<List<String>> rows) {

        static Template read(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
            List<List<String>> all = new ArrayList<>();
            for (String line : text.split("\r\n|\n|\r")) {
                if (!line.startsWith("\"# ") && !line.startsWith("# ")) {
                    all.add(splitCsvLine(line));
                }
            }
            if (all.isEmpty()) {
                all.add(List.of("id"));
            }
            return new Template(all.get(0), all.subList(1, all.size()));
        }

        /** Enough of CSV for the template's own lines (quoted cells with doubled quotes, no newlines). */
        private static List<String> splitCsvLine(String line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            return cells;
        }

        Template withRows(List<List<String>> replaced) {
            return new Template(header, replaced);
        }

        Template mapCells(Function<String, String> change, int column) {
            List<List<String>> changed = new ArrayList<>();
            for (List<String> row : rows) {
                List<String> copy = new ArrayList<>(row);
                int at = Math.min(column, copy.size() - 1);
                copy.set(at, change.apply(copy.get(at)));
                changed.add(copy);
            }
            return withRows(changed);
        }

        int column(String name, int otherwise) {
            int at = header.indexOf(name);
            return at < 0 ? Math.min(otherwise, header.size() - 1) : at;
        }

        String text(String lineEnd) {
            StringBuilder out = new StringBuilder();
            line(out, header, lineEnd);
            rows.forEach(row -> line(out, row, lineEnd));
            return out.toString();
        }

        private static void line(StringBuilder out, List<String> cells, String lineEnd) {
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (i > 0) {
                    out.append(',');
                }
                if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                    out.append('"').append(cell.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(cell);
                }
            }
            out.append(lineEnd);
        }

        byte[] utf8() {
            return text("\r\n").getBytes(StandardCharsets.UTF_8);
        }

        byte[] in(Charset charset) {
            return text("\r\n").getBytes(charset);
        }
    }

    private static Map<String, Function<Template, byte[]>> cases(Random random) {
        Map<String, Function<Template, byte[]>> cases = new LinkedHashMap<>();
        cases.put("utf8-bom-crlf", t -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, t.utf8()));
        cases.put("lf", t -> t.text("\n").getBytes(StandardCharsets.UTF_8));
        cases.put("cr", t -> t.text("\r").getBytes(StandardCharsets.UTF_8));
        cases.put("quoted-newlines", t -> t.mapCells(cell -> "첫 줄\r\n두 번째 줄 \"인용\"\n" + cell, t.column("summary_ko", 1)).utf8());
        for (String formula : List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=HYPERLINK(\"http://x\")")) {
            cases.put("formula-cells" + (cases.containsKey("formula-cells") ? "-" + cases.size() : ""),
                    t -> t.mapCells(cell -> formula, t.column("summary_en", 2)).utf8());
        }
        cases.put("euc-kr", t -> t.in(Charset.forName("EUC-KR")));
        cases.put("utf-16", t -> t.in(StandardCharsets.UTF_16));
        cases.put("shift-jis", t -> t.mapCells(cell -> cell + " 日本語テキスト", t.column("title_en", 1)).in(Charset.forName("Shift_JIS")));
        cases.put("latin-1", t -> t.mapCells(cell -> cell + " café", t.column("title_en", 1)).in(StandardCharsets.ISO_8859_1));
        cases.put("missing-column", t -> {
            List<String> header = new ArrayList<>(t.header());
            header.remove(t.header().size() > 1 ? 1 : 0);
            List<List<String>> rows = t.rows().stream().map(row -> {
                List<String> copy = new ArrayList<>(row);
                copy.remove(copy.size() > 1 ? 1 : 0);
                return (List<String>) copy;
            }).toList();
            return new Template(header, rows).utf8();
        });
        cases.put("extra-column", t -> {
            List<String> header = new ArrayList<>(t.header());
            header.add("secret_admin_flag");
            List<List<String>> rows = t.rows().stream().map(row -> {
                List<String> copy = new ArrayList<>(row);
                copy.add("yes");
                return (List<String>) copy;
            }).toList();
            return new Template(header, rows).utf8();
        });
        cases.put("repeated-column", t -> {
            List<String> header = new ArrayList<>(t.header());
            header.add(header.get(header.size() - 1));
            List<List<String>> rows = t.rows().stream().map(row -> {
                List<String> copy = new ArrayList<>(row);
                copy.add(copy.get(copy.size() - 1));
                return (List<String>) copy;
            }).toList();
            return new Template(header, rows).utf8();
        });
        cases.put("reordered-columns", t -> {
            List<String> header = new ArrayList<>(t.header());
            java.util.Collections.reverse(header);
            List<List<String>> rows = t.rows().stream().map(row -> {
                List<String> copy = new ArrayList<>(row);
                java.util.Collections.reverse(copy);
                return (List<String>) copy;
            }).toList();
            return new Template(header, rows).utf8();
        });
        cases.put("short-and-long-rows", t -> t.withRows(t.rows().stream().map(row -> row.size() > 2
                ? (List<String>) new ArrayList<>(row.subList(0, 2)) : (List<String>) new ArrayList<>(java.util.Collections.nCopies(row.size() + 5, "x"))).toList()).utf8());
        cases.put("duplicate-rows", t -> {
            List<List<String>> rows = new ArrayList<>(t.rows());
            rows.addAll(t.rows());
            return t.withRows(rows).utf8();
        });
        cases.put("empty", t -> new byte[0]);
        cases.put("header-only", t -> t.withRows(List.of()).utf8());
        cases.put("only-whitespace", t -> " \r\n\t\r\n".getBytes(StandardCharsets.UTF_8));
        cases.put("random-bytes", t -> {
            byte[] bytes = new byte[4096];
            random.nextBytes(bytes);
            return bytes;
        });
        cases.put("png", t -> concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
                t.utf8()));
        cases.put("zip", t -> zip(t.utf8()));
        cases.put("over-long-cells", t -> t.mapCells(cell -> "가".repeat(200_000), t.column("title_ko", 1)).utf8());
        cases.put("50001-rows", t -> {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < 50_001; i++) {
                List<String> row = new ArrayList<>(t.rows().isEmpty() ? t.header() : t.rows().get(i % t.rows().size()));
                row.set(Math.min(t.column("title_en", 2), row.size() - 1), "Row " + i);
                rows.add(row);
            }
            return t.withRows(rows).utf8();
        });
        cases.put("over-10-mb", t -> {
            byte[] text = t.utf8();
            StringBuilder padding = new StringBuilder();
            padding.append("\r\n".repeat(10));
            while (padding.length() < 10 * 1024 * 1024 + 4096) {
                padding.append(",".repeat(t.header().size() - 1)).append("\r\n");
            }
            return concat(text, padding.toString().getBytes(StandardCharsets.US_ASCII));
        });
        cases.put("unclosed-quote", t -> concat(t.utf8(), "\"never closed,x,y\r\nmore".getBytes(StandardCharsets.UTF_8)));
        cases.put("nul-bytes", t -> {
            byte[] text = t.utf8();
            text[text.length / 2] = 0;
            return text;
        });
        cases.put("invalid-utf8", t -> {
            byte[] text = t.utf8();
            byte[] broken = new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
            int at = text.length * 3 / 4;
            byte[] out = new byte[text.length + broken.length];
            System.arraycopy(text, 0, out, 0, at);
            System.arraycopy(broken, 0, out, at, broken.length);
            System.arraycopy(text, at, out, at + broken.length, text.length - at);
            return out;
        });
        cases.put("rtl-and-zero-width", t -> {
            Template named = t.mapCells(cell -> "\u202Eknab-elpmaxe\u202C\u200B" + cell + "\u200D\uFEFF", t.column("title_ko", 1));
            return named.mapCells(cell -> cell.isEmpty() ? cell : "\u200B" + cell, t.column("parties", t.column("slug", 0))).utf8();
        });
        cases.put("huge-numbers", t -> {
            Template huge = t;
            for (String column : List.of("id", "value", "date", "founded", "position", "parent")) {
                if (t.header().contains(column)) {
                    huge = huge.mapCells(cell -> "99999999999999999999999999999999", t.column(column, 0));
                }
            }
            return huge.mapCells(cell -> "-9223372036854775809", 0).utf8();
        });
        cases.put("bad-dates", t -> {
            Template bad = t;
            List<String> dates = List.of("2021-13-45", "0000-00-00", "99999-01-01", "어제", "2021-02-30", "-0001-01-01");
            int n = 0;
            for (String column : t.header()) {
                if (column.contains("date") && !column.contains("precision") && !column.contains("inferred") && !column.contains("note")
                        || column.equals("founded") || column.equals("dissolved")) {
                    String date = dates.get(n++ % dates.size());
                    bad = bad.mapCells(cell -> date, t.column(column, 0));
                }
            }
            return bad.utf8();
        });
        cases.put("bad-choices", t -> t.mapCells(cell -> "<script>alert(1)</script>", t.column("kind", 1)).utf8());
        return cases;
    }

    private static byte[] zip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("agreements.csv"));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
