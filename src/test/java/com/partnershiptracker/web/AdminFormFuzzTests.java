package com.partnershiptracker.web;

import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.support.HostileInputWebTest;
import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.TimelineCopy;
import com.partnershiptracker.support.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two thousand hostile submissions, from a seeded generator, spread over every admin form, by a
 * signed-in admin over real HTTP. Each starts from a valid submission (so that saves happen too)
 * and then breaks one to four fields, may add parameters no form offers (ids, versions, owners),
 * and may carry bytes that are not UTF-8. None may answer 5xx or log an error, and no column that
 * the form does not offer may change: not in the record submitted, and not in any other record.
 * Run another sequence with {@code -Dfuzz.seed=N}; {@code -Dfuzz.submissions=N} changes the count.
 *
 * <p>{@code ./mvnw verify} sends the first hundred of the sequence; the two thousand are a soak of the
 * battery (tag "battery"), which reliability/run.sh runs every time and reports in RESULTS.md.
 */
@HostileInputWebTest
@ExtendWith(OutputCaptureExtension.class)
class AdminFormFuzzTests {

    static final long SEED = Long.getLong("fuzz.seed", 20_260_108L);
    static final int SUBMISSIONS = Integer.getInteger("fuzz.submissions", 2000);
    static final int SUBMISSIONS_IN_VERIFY = 100;
    static final String ADMIN = "form-fuzzer";
    static final String PASSWORD = "wobbly tangerine kettle passphrase";

    /** The tables of records, and what each form may not change in them whatever it is sent. */
    static final List<String> RECORD_TABLES = List.of("organizations", "organization_relations", "people", "positions",
            "agreements", "initiatives", "metrics", "statements", "sources", "users");

    static final List<String> OVER_POSTED = List.of("id", "version", "createdBy", "createdAt", "created_at", "createdBy.id",
            "owner", "person", "person.id", "organization.id", "subject.id", "parent.id", "passwordHash", "password_hash",
            "role", "enabled", "username", "kind", "parties[0].id", "attendees[0].person.id", "newSource.id",
            "newSource.version", "citations[0].source.id", "revision", "lang", "_method",
            "class.module.classLoader.resources.context.parent.pipeline.first.pattern", "metrics[0].id",
            "organizations[0].organization.id", "parties[300].organization", "parties[100000].organization",
            "attendees[256].role", "organizations[2147483648].organization", "parties[-1].organization", "parties[x].role");

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("Bad input: admin form fuzzing");

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService users;

    @Autowired
    JdbcClient jdbc;

    private HostileValues values;
    private Random random;
    private final Map<String, Set<Long>> touched = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> answers = new TreeMap<>();
    private final Set<String> formsSubmitted = new HashSet<>();
    private int serverErrors;
    private int sessionsLost;
    private int changesNotOffered;
    private int fuzzUsers;

    @Test
    void aHundredHostileSubmissionsAnswerNo5xxLogNoErrorAndChangeNothingTheFormsDoNotOffer(CapturedOutput log) {
        fuzz(SUBMISSIONS_IN_VERIFY, log);
    }

    @Test
    @Tag("battery")
    void twoThousandHostileSubmissionsAnswerNo5xxLogNoErrorAndChangeNothingTheFormsDoNotOffer(CapturedOutput log) {
        fuzz(SUBMISSIONS, log);
    }

    private void fuzz(int submissions, CapturedOutput log) {
        random = new Random(SEED);
        values = new HostileValues(random);
        for (int i = 1; i <= 3; i++) {
            createUnlessPresent("fuzz-target-" + i, Role.EDITOR);
        }
        createUnlessPresent(ADMIN, Role.ADMIN);
        WebSession session = new WebSession(port);
        assertThat(session.signIn(ADMIN, PASSWORD).location()).endsWith("/admin");
        session.get("/admin");
        Map<String, Map<Long, String>> before = snapshot();
        int logStart = log.getOut().length();

        List<FormSpec> forms = forms();
        long started = System.nanoTime();
        for (int i = 0; i < submissions; i++) {
            FormSpec form = forms.get(i % forms.size());
            submit(session, form, i);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("Fuzzed %d admin form submissions (seed %d) in %d s: %s%n", submissions, SEED, seconds, answers);
        List<String> untouchedButChanged = changedRecordsNoSubmissionAimedAt(before, snapshot());
        List<String> unreadable = pagesThatNoLongerRead(session);
        List<String> errorLines = log.getOut().substring(logStart).lines().filter(line -> line.contains(" ERROR ")
                || line.startsWith("\tat ") || line.contains("jdbc.error") || line.contains("SqlExceptionHelper")).toList();
        int records = before.values().stream().mapToInt(Map::size).sum();
        recordPassMarks(submissions, forms.size(), records, untouchedButChanged, unreadable, errorLines);
        List<String> copyOutOfStep = TimelineCopy.differences(jdbc);
        MARKS.record("the timeline's indexed copy is still in step with the record", copyOutOfStep.size() + " rows out of step",
                copyOutOfStep.isEmpty());

        assertThat(problems).as("seed " + SEED).isEmpty();
        assertThat(untouchedButChanged).as("records that no submission was aimed at, changed anyway (seed %d)", SEED).isEmpty();
        assertThat(unreadable).as("pages that no longer read after the run (seed %d)", SEED).isEmpty();
        assertThat(copyOutOfStep).as("timeline rows out of step with the record (seed %d)", SEED).isEmpty();
        assertThat(errorLines.stream().limit(20).toList())
                .as("error lines and stack traces logged during the run (seed %d)", SEED).isEmpty();
        assertThat(answers.keySet()).as("some submissions must be saved, some refused").contains("302", "200");
    }

    private void recordPassMarks(int submissions, int forms, int records, List<String> untouchedButChanged,
                                 List<String> unreadable, List<String> errorLines) {
        int answered = answers.values().stream().mapToInt(Integer::intValue).sum();
        MARKS.record("every admin form gets hostile submissions, some saved and some refused",
                String.format("%d submissions (seed %d) over %d of %d forms, %d answered: %s by status", submissions, SEED,
                        formsSubmitted.size(), forms, answered, answers),
                formsSubmitted.size() == forms && answered == submissions && sessionsLost == 0
                        && answers.keySet().containsAll(List.of("302", "200")));
        MARKS.record("0 responses 5xx", serverErrors + " of " + submissions, serverErrors == 0);
        MARKS.record("0 ERROR or stack-trace lines logged", String.valueOf(errorLines.size()), errorLines.isEmpty());
        MARKS.record("0 fields changed that the form does not offer", changesNotOffered
                + " (ids, versions, owners and other columns of the records submitted or created)", changesNotOffered == 0);
        MARKS.record("0 records changed that no submission aimed at", untouchedButChanged.size() + " of " + records
                + " records in " + RECORD_TABLES.size() + " tables", untouchedButChanged.isEmpty());
        MARKS.record("every page still reads after the run", unreadable.size() + " pages broken", unreadable.isEmpty());
    }

    @Test
    void aFigureTooLargeForTheTimelineIsRefusedRatherThanBreakingIt() {
        users.create("figure-editor", PASSWORD, Role.EDITOR);
        WebSession session = new WebSession(port);
        assertThat(session.signIn("figure-editor", PASSWORD).location()).endsWith("/admin");
        session.get("/admin/metrics/new");
        for (String value : List.of("9223372036854775808", "99999999999999999999", "-9223372036854775809")) {
            WebSession.Answer answer = session.post("/admin/metrics/new", WebSession.form("kind", "ACTUAL",
                    "organization", anySlugFor("organizations"), "measureEn", "Huge figure", "value", value, "asOf.text", "2021-12"));
            assertThat(answer.status()).as(value).isEqualTo(200);
        }
        assertThat(session.get("/timeline").status()).isEqualTo(200);
        assertThat(session.get("/api/v1/timeline").status()).isEqualTo(200);
    }

    /** Both runs of the fuzz may share one database (when one JVM runs both), and with it their accounts. */
    private void createUnlessPresent(String username, Role role) {
        if (users.findByUsername(username).isEmpty()) {
            users.create(username, PASSWORD, role);
        }
    }

    private String anySlugFor(String table) {
        return jdbc.sql("select slug from " + table + " order by id limit 1").query(String.class).single();
    }

    // ---------------------------------------------------------------- one submission

    private void submit(WebSession session, FormSpec form, int index) {
        Prepared prepared = form.prepare().get();
        Map<String, String> fields = new LinkedHashMap<>(prepared.baseline());
        Map<String, byte[]> raw = new LinkedHashMap<>();
        List<String> changes = new ArrayList<>();
        int broken = values.between(0, 4);
        for (int i = 0; i < broken && !form.fields().isEmpty(); i++) {
            Field field = values.pick(form.fields());
            if (values.chance(0.08) && field.kind() == Kind.TEXT) {
                byte[] bytes = values.pick(HostileValues.INVALID_UTF8);
                raw.put(field.name(), concat("bad".getBytes(StandardCharsets.US_ASCII), bytes, "utf8".getBytes(StandardCharsets.US_ASCII)));
                fields.remove(field.name());
                changes.add(field.name() + "=<invalid UTF-8>");
            } else if (values.chance(0.05)) {
                fields.remove(field.name());
                changes.add(field.name() + " left out");
            } else {
                String value = hostile(field);
                fields.put(field.name(), value);
                changes.add(field.name() + "=" + abbreviate(value));
            }
        }
        if (!prepared.dateRanges().isEmpty() && values.chance(0.15)) {
            String[] range = values.pick(prepared.dateRanges());
            String[] backwards = values.pick(List.of(new String[] {"2021-05", "2020"}, new String[] {"2020-07-15", "2020-07-14"},
                    new String[] {"2021", "2020-12-31"}, new String[] {"2020-03", "2020-02"}));
            fields.put(range[0], backwards[0]);
            fields.put(range[1], backwards[1]);
            changes.add(range[0] + ".." + range[1] + " ends before it starts");
        }
        if (values.chance(0.35)) {
            for (int i = values.between(1, 3); i > 0; i--) {
                String name = values.pick(OVER_POSTED);
                String value = values.pick(List.of("1", "0", "-1", "999999", String.valueOf(anyId()), "attacker", "ADMIN", "true",
                        "9223372036854775807", "x"));
                if (fields.containsKey(name)) {
                    // A repeated parameter: Spring joins the values or takes the first, and either must be harmless.
                    raw.put(name, value.getBytes(StandardCharsets.UTF_8));
                } else {
                    fields.put(name, value);
                }
                changes.add("+" + name + "=" + value);
            }
        }
        Map<String, Object> rowBefore = prepared.target() == null ? null : row(prepared.target());
        long maxIdBefore = prepared.createdIn() == null ? 0 : maxId(prepared.createdIn());

        WebSession.Answer answer;
        try {
            answer = session.postRaw(prepared.path(), body(fields, raw));
        } catch (RuntimeException e) {
            problems.add("#" + index + " " + form.name() + " " + prepared.path() + " did not answer: " + e + " " + changes);
            return;
        }
        answers.merge(String.valueOf(answer.status()), 1, Integer::sum);
        formsSubmitted.add(form.name());
        String what = "#" + index + " " + form.name() + " POST " + prepared.path() + " " + changes;
        if (answer.status() >= 500) {
            serverErrors++;
            problems.add(what + " -> " + answer.status());
        }
        if (answer.status() == 403 || (answer.location() != null && answer.location().contains("/login"))) {
            sessionsLost++;
            problems.add(what + " -> " + answer.status() + " (signed out or CSRF refused: the run cannot go on)");
        }
        if (prepared.target() != null) {
            touched.computeIfAbsent(prepared.target().table(), t -> new HashSet<>()).add(prepared.target().id());
            checkTarget(what, prepared.target(), rowBefore, row(prepared.target()));
        }
        if (prepared.createdIn() != null) {
            checkCreated(what, prepared, maxIdBefore);
        }
    }

    private void checkTarget(String what, Target target, Map<String, Object> before, Map<String, Object> after) {
        if (after == null) {
            changeNotOffered(what + ": " + target.table() + " " + target.id() + " disappeared");
            return;
        }
        long versionBefore = ((Number) before.get("version")).longValue();
        long versionAfter = ((Number) after.get("version")).longValue();
        if (versionAfter != versionBefore && versionAfter != versionBefore + 1) {
            changeNotOffered(what + ": version went from " + versionBefore + " to " + versionAfter);
        }
        for (String column : before.keySet()) {
            boolean fixed = target.fixed() == null ? !column.equals("version") : target.fixed().contains(column);
            if (fixed && !String.valueOf(before.get(column)).equals(String.valueOf(after.get(column)))) {
                changeNotOffered(what + ": " + target.table() + "." + column + " of " + target.id() + " changed from "
                        + abbreviate(String.valueOf(before.get(column))) + " to " + abbreviate(String.valueOf(after.get(column))));
            }
        }
    }

    private void checkCreated(String what, Prepared prepared, long maxIdBefore) {
        List<Map<String, Object>> created = jdbc.sql("select * from " + prepared.createdIn() + " where id > ?")
                .param(maxIdBefore).query().listOfRows();
        for (Map<String, Object> row : created) {
            touched.computeIfAbsent(prepared.createdIn(), t -> new HashSet<>()).add(((Number) row.get("id")).longValue());
            if (((Number) row.get("version")).longValue() != 0) {
                changeNotOffered(what + ": created " + prepared.createdIn() + " " + row.get("id") + " with version "
                        + row.get("version"));
            }
            prepared.createdMust().forEach((column, expected) -> {
                if (!String.valueOf(expected).equals(String.valueOf(row.get(column)))) {
                    changeNotOffered(what + ": created " + prepared.createdIn() + " " + row.get("id") + " with " + column + "="
                            + row.get(column) + ", not " + expected);
                }
            });
        }
    }

    private void changeNotOffered(String problem) {
        changesNotOffered++;
        problems.add(problem);
    }

    private List<String> changedRecordsNoSubmissionAimedAt(Map<String, Map<Long, String>> before,
                                                           Map<String, Map<Long, String>> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((table, rows) -> rows.forEach((id, row) -> {
            if (!touched.getOrDefault(table, Set.of()).contains(id) && !row.equals(after.get(table).get(id))) {
                changed.add(table + " " + id + ": " + abbreviate(row) + " -> " + abbreviate(String.valueOf(after.get(table).get(id))));
            }
        }));
        return changed;
    }

    private List<String> pagesThatNoLongerRead(WebSession session) {
        List<String> broken = new ArrayList<>();
        for (String path : List.of("/", "/timeline", "/timeline?view=chart", "/network", "/agreements", "/initiatives",
                "/people", "/sources", "/search?q=a", "/api/v1/timeline", "/api/v1/timeline/chart", "/api/v1/network",
                "/api/v1/metrics", "/api/v1/organizations", "/timeline.csv", "/agreements.csv", "/timeline.atom",
                "/admin", "/admin/changes", "/admin/metrics", "/admin/organizations", "/admin/agreements", "/admin/people",
                "/admin/initiatives", "/admin/relations", "/admin/sources", "/admin/statements", "/admin/users")) {
            int status = session.get(path).status();
            int anonymous = new WebSession(port).get(path).status();
            if (status != 200 || (anonymous >= 500)) {
                broken.add(path + " -> " + status + " signed in, " + anonymous + " anonymous");
            }
        }
        return broken;
    }

    // ---------------------------------------------------------------- the forms

    enum Kind { TEXT, DATE, BOOL, ENUM, NUMBER, DECIMAL, URL, SLUG, ORGANIZATION, PERSON, REFERENCE, LANGUAGE, PASSWORD, USERNAME, VERSION, YEAR }

    record Field(String name, Kind kind, int max, List<String> choices) {

        static Field text(String name, int max) {
            return new Field(name, Kind.TEXT, max, List.of());
        }

        static Field of(String name, Kind kind) {
            return new Field(name, kind, 0, List.of());
        }

        static Field choice(String name, String... choices) {
            return new Field(name, Kind.ENUM, 0, List.of(choices));
        }
    }

    /** The row whose columns are checked; {@code fixed} null means every column but the version. */
    record Target(String table, long id, Set<String> fixed) {
    }

    record Prepared(String path, Map<String, String> baseline, Target target, String createdIn, Map<String, Object> createdMust,
                    List<String[]> dateRanges) {
    }

    record FormSpec(String name, List<Field> fields, Supplier<Prepared> prepare) {
    }

    private static final String[] ORGANIZATION_KINDS = {"FINANCIAL_GROUP", "BANK", "CARD_COMPANY", "INTERNET_BANK", "TELECOM",
            "PLATFORM", "FINTECH", "SECURITIES", "CAPITAL", "SAVINGS_BANK", "IT_SERVICES", "INTERNAL_UNIT"};
    private static final String[] FACT_KINDS = {"ORGANIZATION", "RELATION", "PERSON", "POSITION", "AGREEMENT", "INITIATIVE", "METRIC"};
    private static final Map<String, String> FACT_TABLES = Map.of("ORGANIZATION", "organizations", "RELATION",
            "organization_relations", "PERSON", "people", "POSITION", "positions", "AGREEMENT", "agreements", "INITIATIVE",
            "initiatives", "METRIC", "metrics");

    private List<FormSpec> forms() {
        List<Field> organization = List.of(Field.of("slug", Kind.SLUG), Field.text("nameKo", 200), Field.text("nameEn", 200),
                Field.text("aliases", 2000), Field.choice("kind", ORGANIZATION_KINDS), Field.of("parent", Kind.ORGANIZATION),
                Field.of("website", Kind.URL), Field.text("descriptionKo", 4000), Field.text("descriptionEn", 4000),
                Field.of("founded.text", Kind.DATE), Field.of("founded.inferred", Kind.BOOL), Field.text("founded.note", 1000),
                Field.text("founded.noteKo", 1000),
                Field.of("dissolved.text", Kind.DATE), Field.of("dissolved.inferred", Kind.BOOL), Field.text("dissolved.note", 1000),
                Field.text("dissolved.noteKo", 1000),
                Field.of("version", Kind.VERSION));
        List<Field> agreement = concat(List.of(Field.text("titleKo", 300), Field.text("titleEn", 300),
                Field.choice("kind", "MOU", "STRATEGIC_MOU", "SERVICE_PARTNERSHIP", "VERBAL_PLEDGE", "CAPITAL_INVESTMENT", "JOINT_VENTURE"),
                Field.choice("status", "PROPOSED", "ANNOUNCED", "SIGNED", "ACTIVE", "ENDED"), Field.text("placeKo", 300),
                Field.text("placeEn", 300), Field.text("summaryKo", 4000), Field.text("summaryEn", 4000), Field.text("areas[0].ko", 200), Field.text("areas[0].en", 200),
                Field.of("parties[0].organization", Kind.ORGANIZATION), Field.of("parties[1].organization", Kind.ORGANIZATION),
                Field.of("parties[2].organization", Kind.ORGANIZATION),
                Field.choice("parties[0].role", "PRINCIPAL", "PARTICIPATING_AFFILIATE", "SERVICE_PROVIDER", "INVESTOR"),
                Field.of("attendees[0].person", Kind.PERSON), Field.of("attendees[0].organization", Kind.ORGANIZATION),
                Field.choice("attendees[0].role", "SIGNATORY", "ATTENDEE"), Field.of("version", Kind.VERSION)),
                dates("announced", "signed", "effective", "ended"));
        List<Field> initiative = concat(List.of(Field.text("titleKo", 300), Field.text("titleEn", 300),
                Field.text("descriptionKo", 4000), Field.text("descriptionEn", 4000),
                Field.choice("kind", "SERVICE", "PRODUCT", "JOINT_PROJECT", "PROGRAM", "PLATFORM"),
                Field.choice("status", "PLANNED", "IN_PROGRESS", "LAUNCHED", "ENDED"), Field.of("agreement", Kind.REFERENCE),
                Field.of("organizations[0].organization", Kind.ORGANIZATION), Field.of("organizations[1].organization", Kind.ORGANIZATION),
                Field.choice("organizations[0].role", "LEAD", "PARTNER", "PROVIDER", "PLATFORM", "PARTICIPANT"),
                Field.of("version", Kind.VERSION)), dates("announced", "started", "launched", "ended"));
        List<Field> metric = concat(List.of(Field.choice("kind", "ACTUAL", "TARGET"), Field.of("organization", Kind.ORGANIZATION),
                Field.of("initiative", Kind.REFERENCE), Field.text("measureKo", 200), Field.text("measureEn", 200),
                Field.of("value", Kind.DECIMAL), Field.text("unit", 40), Field.text("rawText", 200),
                Field.of("progressToward", Kind.REFERENCE), Field.of("version", Kind.VERSION)), dates("asOf", "target"));
        List<Field> person = List.of(Field.of("slug", Kind.SLUG), Field.text("nameKo", 200), Field.text("nameEn", 200),
                Field.of("birthYear", Kind.YEAR), Field.of("version", Kind.VERSION));
        List<Field> position = concat(List.of(Field.of("organization", Kind.ORGANIZATION), Field.text("titleKo", 200),
                Field.text("titleEn", 200), Field.of("version", Kind.VERSION)), dates("started", "ended"));
        List<Field> relation = concat(List.of(Field.of("subject", Kind.ORGANIZATION), Field.of("object", Kind.ORGANIZATION),
                Field.choice("kind", "MAJOR_SHAREHOLDER_OF", "SHAREHOLDER_OF", "SUBSIDIARY_OF", "JOINT_VENTURE_OF", "ALLIANCE_PARTNER_OF"),
                Field.text("detailKo", 1000), Field.text("detailEn", 1000), Field.of("version", Kind.VERSION)), dates("started", "ended"));
        List<Field> source = concat(sourceFields(""), List.of(Field.of("version", Kind.VERSION)));
        List<Field> statement = concat(List.of(Field.of("person", Kind.PERSON), Field.of("organization", Kind.ORGANIZATION),
                Field.text("textKo", 2000), Field.text("textEn", 2000), Field.text("glossEn", 2000),
                Field.text("contextKo", 500), Field.text("contextEn", 500),
                Field.of("version", Kind.VERSION)), dates("stated"));
        List<Field> citation = concat(List.of(Field.of("source", Kind.REFERENCE), Field.of("createSource", Kind.BOOL),
                Field.text("quote", 1000), Field.text("claimAttribute", 60), Field.text("claimValue", 200), Field.text("note", 1000),
                Field.text("noteKo", 1000)),
                sourceFields("newSource."));
        List<Field> newUser = List.of(Field.of("username", Kind.USERNAME), Field.choice("role", "EDITOR", "ADMIN"),
                Field.of("password", Kind.PASSWORD));
        List<Field> userChange = List.of(Field.choice("role", "EDITOR", "ADMIN"), Field.of("enabled", Kind.BOOL));
        List<Field> userPassword = List.of(Field.of("password", Kind.PASSWORD));

        return List.of(
                new FormSpec("organization/new", organization, () -> create("/admin/organizations/new", organizationBaseline(),
                        "organizations", Map.of(), List.<String[]>of(new String[] {"founded.text", "dissolved.text"}))),
                new FormSpec("organization/edit", organization, () -> {
                    long id = anyIdIn("organizations");
                    String slug = jdbc.sql("select slug from organizations where id = ?").param(id).query(String.class).single();
                    Map<String, String> baseline = organizationBaseline();
                    baseline.put("slug", slug);
                    baseline.put("version", version("organizations", id));
                    return edit("/admin/organizations/" + slug + "/edit", baseline, "organizations", id, Set.of("id"),
                            List.<String[]>of(new String[] {"founded.text", "dissolved.text"}));
                }),
                new FormSpec("agreement/new", agreement, () -> create("/admin/agreements/new", agreementBaseline(), "agreements",
                        Map.of(), List.<String[]>of(new String[] {"signed.text", "ended.text"}))),
                new FormSpec("agreement/edit", agreement, () -> {
                    long id = anyIdIn("agreements");
                    Map<String, String> baseline = agreementBaseline();
                    baseline.put("version", version("agreements", id));
                    return edit("/admin/agreements/" + id + "/edit", baseline, "agreements", id, Set.of("id"),
                            List.<String[]>of(new String[] {"signed.text", "ended.text"}));
                }),
                new FormSpec("initiative/new", initiative, () -> create("/admin/initiatives/new", initiativeBaseline(), "initiatives",
                        Map.of(), List.<String[]>of(new String[] {"started.text", "ended.text"}))),
                new FormSpec("initiative/edit", initiative, () -> {
                    long id = anyIdIn("initiatives");
                    Map<String, String> baseline = initiativeBaseline();
                    baseline.put("version", version("initiatives", id));
                    return edit("/admin/initiatives/" + id + "/edit", baseline, "initiatives", id, Set.of("id"),
                            List.<String[]>of(new String[] {"started.text", "ended.text"}));
                }),
                new FormSpec("metric/new", metric, () -> create("/admin/metrics/new", metricBaseline("ACTUAL"), "metrics", Map.of(),
                        List.of())),
                new FormSpec("metric/edit", metric, () -> {
                    long id = anyIdIn("metrics");
                    String kind = jdbc.sql("select kind from metrics where id = ?").param(id).query(String.class).single();
                    Map<String, String> baseline = metricBaseline(kind);
                    baseline.put("version", version("metrics", id));
                    return edit("/admin/metrics/" + id + "/edit", baseline, "metrics", id, Set.of("id", "kind"), List.of());
                }),
                new FormSpec("person/new", person, () -> create("/admin/people/new", personBaseline(), "people", Map.of(), List.of())),
                new FormSpec("person/edit", person, () -> {
                    long id = anyIdIn("people");
                    String slug = jdbc.sql("select slug from people where id = ?").param(id).query(String.class).single();
                    Map<String, String> baseline = personBaseline();
                    baseline.put("slug", slug);
                    baseline.put("version", version("people", id));
                    return edit("/admin/people/" + slug + "/edit", baseline, "people", id, Set.of("id"), List.of());
                }),
                new FormSpec("position/new", position, () -> {
                    long personId = anyIdIn("people");
                    String slug = jdbc.sql("select slug from people where id = ?").param(personId).query(String.class).single();
                    Prepared created = create("/admin/people/" + slug + "/positions/new", positionBaseline(), "positions",
                            Map.of("person_id", personId), List.<String[]>of(new String[] {"started.text", "ended.text"}));
                    // The person the position is added to must not change either.
                    return new Prepared(created.path(), created.baseline(), new Target("people", personId, null),
                            created.createdIn(), created.createdMust(), created.dateRanges());
                }),
                new FormSpec("position/edit", position, () -> {
                    long id = anyIdIn("positions");
                    Map<String, String> baseline = positionBaseline();
                    baseline.put("version", version("positions", id));
                    return edit("/admin/positions/" + id + "/edit", baseline, "positions", id, Set.of("id", "person_id"),
                            List.<String[]>of(new String[] {"started.text", "ended.text"}));
                }),
                new FormSpec("relation/new", relation, () -> create("/admin/relations/new", relationBaseline(), "organization_relations",
                        Map.of(), List.<String[]>of(new String[] {"started.text", "ended.text"}))),
                new FormSpec("relation/edit", relation, () -> {
                    long id = anyIdIn("organization_relations");
                    Map<String, String> baseline = relationBaseline();
                    baseline.put("version", version("organization_relations", id));
                    return edit("/admin/relations/" + id + "/edit", baseline, "organization_relations", id, Set.of("id"),
                            List.<String[]>of(new String[] {"started.text", "ended.text"}));
                }),
                new FormSpec("source/new", source, () -> create("/admin/sources/new", sourceBaseline(""), "sources", Map.of(), List.of())),
                new FormSpec("source/edit", source, () -> {
                    long id = anyIdIn("sources");
                    Map<String, String> baseline = sourceBaseline("");
                    baseline.put("version", version("sources", id));
                    return edit("/admin/sources/" + id + "/edit", baseline, "sources", id, Set.of("id"), List.of());
                }),
                new FormSpec("statement/new", statement, () -> create("/admin/statements/new", statementBaseline(), "statements",
                        Map.of(), List.of())),
                new FormSpec("statement/edit", statement, () -> {
                    long id = anyIdIn("statements");
                    Map<String, String> baseline = statementBaseline();
                    baseline.put("version", version("statements", id));
                    return edit("/admin/statements/" + id + "/edit", baseline, "statements", id, Set.of("id"), List.of());
                }),
                new FormSpec("citation/new", citation, () -> {
                    String kind = values.pick(List.of(FACT_KINDS));
                    String table = FACT_TABLES.get(kind);
                    boolean missing = values.chance(0.05);
                    long id = missing ? 987_654_321L : anyIdIn(table);
                    Map<String, String> baseline = new LinkedHashMap<>();
                    baseline.put("version", missing ? "0" : currentVersion(table, id));
                    baseline.put("source", String.valueOf(anyIdIn("sources")));
                    baseline.put("quote", "fuzzed quote");
                    baseline.putAll(sourceBaseline("newSource."));
                    String path = "/admin/citations/" + (values.chance(0.03) ? values.pick(List.of("STATEMENT", "source", "x")) : kind)
                            + "/" + id + "/new";
                    return new Prepared(path, baseline, missing ? null : new Target(table, id, null), null, Map.of(), List.of());
                }),
                new FormSpec("citation/remove", List.of(), () -> {
                    String kind = values.pick(List.of(FACT_KINDS));
                    String table = FACT_TABLES.get(kind);
                    long id = anyIdIn(table);
                    String index = values.pick(List.of("0", "1", "3", "-1", "999999", "99999999999", "x"));
                    Map<String, String> baseline = new LinkedHashMap<>();
                    baseline.put("version", currentVersion(table, id));
                    baseline.put("source", index.matches("\\d{1,6}") ? jdbc.sql("""
                                    select coalesce(max(source_id), 0) from fact_citations
                                    where fact_kind = ? and fact_id = ? and position = ?""")
                            .params(kind, id, Integer.parseInt(index)).query(Long.class).single().toString() : "0");
                    return new Prepared("/admin/citations/" + kind + "/" + id + "/" + index + "/remove", baseline,
                            new Target(table, id, null), null, Map.of(), List.of());
                }),
                new FormSpec("user/new", newUser, () -> {
                    Map<String, String> baseline = new LinkedHashMap<>();
                    baseline.put("username", "fuzz-user-" + (++fuzzUsers));
                    baseline.put("role", "EDITOR");
                    baseline.put("password", "a long enough fuzz passphrase");
                    return create("/admin/users", baseline, "users", Map.of(), List.of());
                }),
                new FormSpec("user/change", userChange, () -> {
                    String username = values.pick(List.of("fuzz-target-1", "fuzz-target-2", "fuzz-target-3", ADMIN));
                    long id = jdbc.sql("select id from users where username = ?").param(username).query(Long.class).single();
                    Map<String, String> baseline = new LinkedHashMap<>();
                    baseline.put("role", "EDITOR");
                    baseline.put("enabled", "true");
                    return edit("/admin/users/" + username, baseline, "users", id,
                            Set.of("id", "username", "password_hash", "created_at"), List.of());
                }),
                new FormSpec("user/password", userPassword, () -> {
                    String username = values.pick(List.of("fuzz-target-1", "fuzz-target-2", "fuzz-target-3"));
                    long id = jdbc.sql("select id from users where username = ?").param(username).query(Long.class).single();
                    Map<String, String> baseline = new LinkedHashMap<>();
                    baseline.put("password", "another long fuzz passphrase");
                    return edit("/admin/users/" + username + "/password", baseline, "users", id,
                            Set.of("id", "username", "role", "enabled", "created_at"), List.of());
                }));
    }

    private static List<Field> sourceFields(String prefix) {
        return List.of(Field.choice(prefix + "kind", "NEWS_ARTICLE", "PRESS_RELEASE", "REPORT", "WEBSITE"),
                Field.text(prefix + "publisher", 200), Field.text(prefix + "author", 200), Field.text(prefix + "headlineKo", 500),
                Field.text(prefix + "headlineEn", 500), Field.of(prefix + "url", Kind.URL), Field.of(prefix + "language", Kind.LANGUAGE),
                Field.of(prefix + "published.text", Kind.DATE), Field.of(prefix + "published.inferred", Kind.BOOL),
                Field.text(prefix + "published.note", 1000), Field.text(prefix + "published.noteKo", 1000),
                Field.text(prefix + "note", 2000));
    }

    private static List<Field> dates(String... names) {
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            fields.add(Field.of(name + ".text", Kind.DATE));
            fields.add(Field.of(name + ".inferred", Kind.BOOL));
            fields.add(Field.text(name + ".note", 1000));
            fields.add(Field.text(name + ".noteKo", 1000));
        }
        return fields;
    }

    private Prepared create(String path, Map<String, String> baseline, String table, Map<String, Object> must, List<String[]> ranges) {
        return new Prepared(path, baseline, null, table, must, ranges);
    }

    private Prepared edit(String path, Map<String, String> baseline, String table, long id, Set<String> fixed, List<String[]> ranges) {
        return new Prepared(path, baseline, new Target(table, id, fixed), null, Map.of(), ranges);
    }

    private Map<String, String> organizationBaseline() {
        return mapOf("slug", "fuzz-org-" + random.nextInt(1_000_000), "nameKo", "퍼즈 기관", "nameEn", "Fuzz organization",
                "kind", values.pick(List.of(ORGANIZATION_KINDS)), "founded.text", "2019-03", "founded.inferred", "false",
                "website", "https://example.com/fuzz");
    }

    private Map<String, String> agreementBaseline() {
        List<String> slugs = twoOrganizations();
        return mapOf("titleKo", "퍼즈 협약", "titleEn", "Fuzz agreement", "kind", "MOU", "status", "SIGNED", "signed.text", "2021-04-02",
                "parties[0].organization", slugs.get(0), "parties[0].role", "PRINCIPAL", "parties[1].organization", slugs.get(1),
                "parties[1].role", "PRINCIPAL", "areas[0].ko", "디지털", "areas[0].en", "Digital");
    }

    private Map<String, String> initiativeBaseline() {
        return mapOf("titleKo", "퍼즈 서비스", "titleEn", "Fuzz service", "kind", "SERVICE", "status", "LAUNCHED",
                "launched.text", "2021-06", "organizations[0].organization", anySlug("organizations"), "organizations[0].role", "PARTNER");
    }

    private Map<String, String> metricBaseline(String kind) {
        Map<String, String> fields = mapOf("kind", kind, "organization", anySlug("organizations"), "measureKo", "퍼즈 지표",
                "measureEn", "Fuzz measure", "value", String.valueOf(random.nextInt(100_000)), "unit", "users", "asOf.text", "2021-12");
        if (kind.equals("TARGET")) {
            fields.put("target.text", "2025");
        }
        return fields;
    }

    private Map<String, String> personBaseline() {
        return mapOf("slug", "fuzz-person-" + random.nextInt(1_000_000), "nameKo", "퍼즈 사람", "nameEn", "Fuzz Person",
                "birthYear", "1970");
    }

    private Map<String, String> positionBaseline() {
        return mapOf("organization", anySlug("organizations"), "titleKo", "부장", "titleEn", "Head", "started.text", "2020-01");
    }

    private Map<String, String> relationBaseline() {
        List<String> slugs = twoOrganizations();
        return mapOf("subject", slugs.get(0), "object", slugs.get(1), "kind", "ALLIANCE_PARTNER_OF", "detailEn", "fuzz",
                "started.text", "2020");
    }

    private Map<String, String> sourceBaseline(String prefix) {
        return mapOf(prefix + "kind", "NEWS_ARTICLE", prefix + "publisher", "Fuzz Daily", prefix + "headlineEn", "Fuzz headline",
                prefix + "url", "https://example.com/news/1", prefix + "language", "ko", prefix + "published.text", "2021-02-03");
    }

    private Map<String, String> statementBaseline() {
        return mapOf("person", anySlug("people"), "textKo", "퍼즈 발언", "textEn", "A fuzzed statement", "stated.text", "2021-01-05");
    }

    // ---------------------------------------------------------------- values

    private String hostile(Field field) {
        return switch (field.kind()) {
            case TEXT -> values.text(field.max());
            case DATE -> values.pick(HostileValues.DATES);
            case BOOL -> values.pick(HostileValues.BOOLEANS);
            case ENUM -> values.chance(0.5) ? values.pick(field.choices()) : values.pick(HostileValues.ENUM_NOISE);
            case NUMBER -> values.chance(0.3) ? String.valueOf(anyId()) : values.pick(HostileValues.NUMBERS);
            case DECIMAL -> values.pick(HostileValues.DECIMALS);
            case URL -> values.pick(HostileValues.URLS);
            case SLUG -> values.chance(0.3) ? anySlug(values.chance(0.5) ? "organizations" : "people") : values.pick(HostileValues.SLUGS);
            case ORGANIZATION -> pickerText("organizations");
            case PERSON -> pickerText("people");
            case REFERENCE -> values.chance(0.3) ? "#" + anyId() : values.chance(0.3) ? "Any title (#" + anyId() + ")"
                    : values.chance(0.3) ? String.valueOf(anyId()) : values.pick(HostileValues.NUMBERS);
            case LANGUAGE -> values.pick(List.of("ko", "en", "en-US", "zh-Hant", "KO", "k", "toolong-language", "", "ko\u0000"));
            case PASSWORD -> values.pick(HostileValues.PASSWORDS);
            case USERNAME -> values.chance(0.3) ? "fuzz-user-" + (++fuzzUsers) : values.pick(HostileValues.USERNAMES);
            case VERSION -> values.pick(List.of("0", "1", "2", "-1", "abc", "", "9223372036854775807", "99999999999999999999"));
            case YEAR -> values.pick(List.of("1850", "2100", "1849", "2101", "0", "-1", "99999999999", "abc", "", "1970.5"));
        };
    }

    private long anyId() {
        return anyIdIn(values.pick(RECORD_TABLES.subList(0, RECORD_TABLES.size() - 1)));
    }

    private long anyIdIn(String table) {
        List<Long> ids = jdbc.sql("select id from " + table + " order by id").query(Long.class).list();
        return ids.get(random.nextInt(ids.size()));
    }

    /** What a picker field may be sent: a slug, a canonical "Name (slug)" (true or forged), a bare name, or junk. */
    private String pickerText(String table) {
        if (values.chance(0.3)) {
            return anySlug(table);
        }
        if (values.chance(0.3)) {
            String slug = anySlug(table);
            String label = values.chance(0.5) ? nameOf(table, slug) : values.pick(HostileValues.SLUGS);
            return label + " (" + slug + ")";
        }
        if (values.chance(0.2)) {
            return nameOf(table, anySlug(table));
        }
        return values.pick(HostileValues.SLUGS);
    }

    private String nameOf(String table, String slug) {
        return jdbc.sql("select coalesce(name_en, name_ko) from " + table + " where slug = ?").param(slug).query(String.class).single();
    }

    private String anySlug(String table) {
        List<String> slugs = jdbc.sql("select slug from " + table + " order by id").query(String.class).list();
        return slugs.get(random.nextInt(slugs.size()));
    }

    private List<String> twoOrganizations() {
        List<String> slugs = jdbc.sql("select slug from organizations order by id").query(String.class).list();
        int first = random.nextInt(slugs.size());
        int second = (first + 1 + random.nextInt(slugs.size() - 1)) % slugs.size();
        return List.of(slugs.get(first), slugs.get(second));
    }

    private String version(String table, long id) {
        long current = jdbc.sql("select version from " + table + " where id = ?").param(id).query(Long.class).single();
        // Now and then a stale version, which must get the conflict answer and change nothing.
        return String.valueOf(values.chance(0.1) ? current - 1 : current);
    }

    private long maxId(String table) {
        return jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
    }

    private Map<String, Object> row(Target target) {
        List<Map<String, Object>> rows = jdbc.sql("select * from " + target.table() + " where id = ?").param(target.id())
                .query().listOfRows();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private Map<String, Map<Long, String>> snapshot() {
        Map<String, Map<Long, String>> tables = new HashMap<>();
        for (String table : RECORD_TABLES) {
            tables.put(table, jdbc.sql("select * from " + table).query().listOfRows().stream()
                    .collect(Collectors.toMap(row -> ((Number) row.get("id")).longValue(), row -> new TreeMap<>(row).toString())));
        }
        return tables;
    }

    private static byte[] body(Map<String, String> fields, Map<String, byte[]> raw) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Stream.concat(fields.entrySet().stream().map(e -> Map.entry(e.getKey(),
                        URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII))),
                raw.entrySet().stream()).forEach(entry -> {
                    if (body.size() > 0) {
                        body.write('&');
                    }
                    body.writeBytes(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII));
                    body.write('=');
                    body.writeBytes(entry.getValue());
                });
        return body.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    private static Map<String, String> mapOf(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static String abbreviate(String text) {
        String visible = text.replace("\u0000", "\\0").replace("\n", "\\n").replace("\r", "\\r");
        return visible.length() <= 60 ? visible : visible.substring(0, 40) + "…(" + text.length() + " chars)";
    }

    /** The record's version as saved now, which the citation forms carry. */
    private String currentVersion(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = ?").param(id).query(Long.class).optional()
                .map(String::valueOf).orElse("0");
    }
}
