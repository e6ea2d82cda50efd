package com.partnershiptracker.schema;

import com.partnershiptracker.support.WebSession;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One save of every kind of record, made by a signed-in admin through the real admin forms as a
 * browser makes it: each form is opened first, and its hidden inputs (the CSRF token, the record's
 * version, checkbox markers) are sent back with the fields filled in. Between them the saves write
 * a row to every table that has a check constraint: sources, organizations, relations, people,
 * positions, agreements with their parties, areas and attendees, initiatives with their
 * organizations, metrics, statements, a citation of each kind of fact, and users.
 */
final class SavesOfEveryKind {

    /** A save as the server answered it; a save succeeded when it redirected (post/redirect/get) anywhere but the sign-in page. */
    record Outcome(String kind, int status, String detail) {

        boolean saved() {
            return status == 302 && !detail.contains("/login");
        }

        @Override
        public String toString() {
            return kind + " " + status + (saved() ? "" : " " + detail);
        }
    }

    static final String PASSWORD = "quiet harbour lantern 4817";

    private static final Pattern FORM = Pattern.compile("(?s)<form\\b([^>]*)>(.*?)</form>");
    private static final Pattern HIDDEN = Pattern.compile("<input\\b[^>]*\\btype=\"hidden\"[^>]*>");
    private static final Pattern FIELD_ERROR = Pattern.compile("(?s)class=\"invalid-feedback[^\"]*\"[^>]*>(.*?)<");

    private final WebSession session;
    private final int port;
    private final JdbcClient jdbc;
    private final String tag;
    private final List<Outcome> outcomes = new ArrayList<>();

    private SavesOfEveryKind(WebSession session, int port, JdbcClient jdbc, String tag) {
        this.session = session;
        this.port = port;
        this.jdbc = jdbc;
        this.tag = tag;
    }

    /**
     * Makes one save of every kind, with names made unique by {@code tag}, and answers how each went. The
     * app must require review, so that an editor's save is kept as a draft; the admin's saves publish at once.
     */
    static List<Outcome> make(WebSession session, int port, JdbcClient jdbc, String tag) {
        SavesOfEveryKind saves = new SavesOfEveryKind(session, port, jdbc, tag);
        saves.makeEach();
        return List.copyOf(saves.outcomes);
    }

    private void makeEach() {
        String organization = "h2-org-" + tag;
        String person = "h2-person-" + tag;
        String other = jdbc.sql("select slug from organizations where slug <> ? order by id limit 1").param(organization)
                .query(String.class).single();

        save("source", "/admin/sources/new", "/admin/sources/new", fields("kind", "NEWS_ARTICLE", "publisher", "H2 Daily",
                "headlineKo", "H2 기사 " + tag, "headlineEn", "H2 article " + tag, "url", "https://example.com/h2/" + tag,
                "language", "ko", "published.text", "2021-02-03", "published.inferred", "false"));
        Map<String, String> organizationFields = fields("slug", organization, "nameKo", "H2 기관 " + tag,
                "nameEn", "H2 organization " + tag, "kind", "BANK", "founded.text", "2019-03", "founded.inferred", "false",
                "website", "https://example.com/" + tag);
        save("organization", "/admin/organizations/new", "/admin/organizations/new", organizationFields);
        organizationFields.put("nameEn", "H2 organization " + tag + " (edited)");
        String edit = "/admin/organizations/" + organization + "/edit";
        save("organization edit", edit, edit, organizationFields);
        save("person", "/admin/people/new", "/admin/people/new", fields("slug", person, "nameKo", "H2 사람 " + tag,
                "nameEn", "H2 Person " + tag, "birthYear", "1970"));
        String positions = "/admin/people/" + person + "/positions/new";
        save("position", positions, positions, fields("organization", organization, "titleKo", "부장", "titleEn", "Head",
                "started.text", "2020-01", "started.inferred", "false"));
        save("relation", "/admin/relations/new", "/admin/relations/new", fields("subject", organization, "object", other,
                "kind", "ALLIANCE_PARTNER_OF", "detailEn", "H2 " + tag, "started.text", "2020", "started.inferred", "false"));
        save("agreement", "/admin/agreements/new", "/admin/agreements/new", fields("titleKo", "H2 협약 " + tag,
                "titleEn", "H2 agreement " + tag, "kind", "MOU", "status", "SIGNED", "signed.text", "2021-04-02",
                "signed.inferred", "false", "parties[0].organization", organization, "parties[0].role", "PRINCIPAL",
                "parties[1].organization", other, "parties[1].role", "PRINCIPAL", "areas[0].ko", "디지털", "areas[0].en", "Digital",
                "attendees[0].person", person, "attendees[0].organization", organization, "attendees[0].role", "SIGNATORY"));
        save("initiative", "/admin/initiatives/new", "/admin/initiatives/new", fields("titleKo", "H2 서비스 " + tag,
                "titleEn", "H2 service " + tag, "kind", "SERVICE", "status", "LAUNCHED", "launched.text", "2021-06",
                "launched.inferred", "false", "organizations[0].organization", organization, "organizations[0].role", "PARTNER"));
        save("metric", "/admin/metrics/new", "/admin/metrics/new", fields("kind", "ACTUAL", "organization", organization,
                "measureKo", "H2 지표 " + tag, "measureEn", "H2 measure " + tag, "value", "1200", "unit", "users",
                "asOf.text", "2021-12", "asOf.inferred", "false"));
        save("statement", "/admin/statements/new", "/admin/statements/new", fields("person", person,
                "textKo", "H2 발언 " + tag, "textEn", "An H2 statement " + tag, "stated.text", "2021-01-05", "stated.inferred", "false"));
        citeEachKindOfFact(organization, person);
        dismissAndMergeADuplicate(organization, other, person);
        String username = "h2-user-" + tag;
        save("user", "/admin/users", "/admin/users", fields("username", username, "role", "EDITOR", "password", PASSWORD));
        save("user role", "/admin/users/" + username, "/admin/users/" + username, fields("role", "ADMIN", "enabled", "true"));
        save("user password", "/admin/users/" + username, "/admin/users/" + username + "/password",
                fields("password", PASSWORD + " " + tag));
        draftAsAnEditor(organizationFields, edit);
    }

    /** An editor's edit while review is required: a row of drafts (V38), waiting for a reviewer. */
    private void draftAsAnEditor(Map<String, String> organizationFields, String edit) {
        String editor = "h2-editor-" + tag;
        save("editor", "/admin/users", "/admin/users", fields("username", editor, "role", "EDITOR", "password", PASSWORD));
        WebSession editorSession = new WebSession(port);
        editorSession.signIn(editor, PASSWORD);
        organizationFields.put("nameEn", "H2 organization " + tag + " (drafted)");
        new SavesOfEveryKind(editorSession, port, jdbc, tag).saveInto(outcomes, "organization draft", edit, edit, organizationFields);
    }

    private void saveInto(List<Outcome> into, String kind, String page, String action, Map<String, String> fields) {
        save(kind, page, action, fields);
        into.addAll(outcomes);
    }

    /** An alias of a person, a pair marked "not a duplicate", and a merge that moves a relation (V37's tables). */
    private void dismissAndMergeADuplicate(String organization, String other, String person) {
        String edit = "/admin/people/" + person + "/edit";
        save("person alias", edit, edit, fields("slug", person, "nameKo", "H2 사람 " + tag, "nameEn", "H2 Person " + tag,
                "birthYear", "1970", "aliases", "H2 other name " + tag));
        String duplicate = organization + "-dup";
        save("duplicate organization", "/admin/organizations/new", "/admin/organizations/new", fields("slug", duplicate,
                "nameKo", "H2 기관 " + tag, "nameEn", "H2 organization " + tag, "kind", "BANK"));
        save("relation of the duplicate", "/admin/relations/new", "/admin/relations/new", fields("subject", duplicate,
                "object", other, "kind", "SHAREHOLDER_OF"));
        long kept = idOf("select id from organizations where slug = ?", organization);
        long merged = idOf("select id from organizations where slug = ?", duplicate);
        save("duplicate dismissal", "/admin/duplicates", "/admin/duplicates/dismiss", fields("kind", "organization",
                "first", String.valueOf(kept), "second", idOf("select id from organizations where slug = ?", other) + ""));
        save("merge", "/admin/duplicates/merge?kind=organization&kept=" + kept + "&merged=" + merged, "/admin/duplicates/merge",
                fields());
    }

    /** A citation of each kind of fact, with a disputed claim, so that every citation table's check runs on a full row. */
    private void citeEachKindOfFact(String organization, String person) {
        long source = idOf("select id from sources where headline_en = ?", "H2 article " + tag);
        Map<String, Long> facts = new LinkedHashMap<>();
        facts.put("ORGANIZATION", idOf("select id from organizations where slug = ?", organization));
        facts.put("RELATION", idOf("select r.id from organization_relations r join organizations o on o.id = r.subject_id"
                + " where o.slug = ?", organization));
        facts.put("PERSON", idOf("select id from people where slug = ?", person));
        facts.put("POSITION", idOf("select p.id from positions p join people x on x.id = p.person_id where x.slug = ?", person));
        facts.put("AGREEMENT", idOf("select id from agreements where title_en = ?", "H2 agreement " + tag));
        facts.put("INITIATIVE", idOf("select id from initiatives where title_en = ?", "H2 service " + tag));
        facts.put("METRIC", idOf("select id from metrics where measure_en = ?", "H2 measure " + tag));
        facts.put("STATEMENT", idOf("select id from statements where text_en = ?", "An H2 statement " + tag));
        facts.forEach((kind, id) -> {
            String path = "/admin/citations/" + kind + "/" + id + "/new";
            save("citation of " + kind.toLowerCase(java.util.Locale.ROOT), path, path, fields("source", String.valueOf(source),
                    "quote", "H2 quote " + tag, "attributes", firstAttributeOf(kind), "claimAttribute",
                    firstAttributeOf(kind), "claimValue", "H2 " + tag));
        });
    }

    private static String firstAttributeOf(String kind) {
        return com.partnershiptracker.source.CitedAttribute.of(com.partnershiptracker.shared.FactKind.valueOf(kind)).get(0).name();
    }

    private long idOf(String query, String value) {
        List<Long> ids = jdbc.sql(query).param(value).query(Long.class).list();
        // A save that failed left nothing to cite; its own outcome already says so, and 0 is an id no record has.
        return ids.isEmpty() ? 0 : ids.get(0);
    }

    /** Opens the page that holds the form, then posts the form's hidden inputs with {@code fields} over them. */
    private void save(String kind, String page, String action, Map<String, String> fields) {
        WebSession.Answer opened = session.get(page);
        if (opened.status() != 200) {
            outcomes.add(new Outcome(kind, opened.status(), "opening " + page + " answered " + opened.status()));
            return;
        }
        Map<String, String> all = hiddenInputsOf(opened.body(), action);
        all.remove("_csrf");
        all.putAll(fields);
        WebSession.Answer answer = session.post(action, all);
        outcomes.add(new Outcome(kind, answer.status(), answer.status() == 302 ? String.valueOf(answer.location())
                : fieldErrors(answer.body())));
    }

    static Map<String, String> hiddenInputsOf(String page, String action) {
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            if (!action.equals(attribute(form.group(1), "action"))) {
                continue;
            }
            Matcher input = HIDDEN.matcher(form.group(2));
            while (input.find()) {
                String name = attribute(input.group(), "name");
                if (name != null) {
                    hidden.putIfAbsent(name, unescape(String.valueOf(attribute(input.group(), "value"))));
                }
            }
            break;
        }
        return hidden;
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? unescape(value.group(1)) : null;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String fieldErrors(String page) {
        List<String> errors = new ArrayList<>();
        Matcher error = FIELD_ERROR.matcher(page);
        while (error.find() && errors.size() < 5) {
            String text = error.group(1).strip();
            if (!text.isEmpty()) {
                errors.add(text);
            }
        }
        return errors.isEmpty() ? "(no field error shown)" : String.join("; ", errors);
    }

    private static Map<String, String> fields(String... namesAndValues) {
        return WebSession.form(namesAndValues);
    }
}
