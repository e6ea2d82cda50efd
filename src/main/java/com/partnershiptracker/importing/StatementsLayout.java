package com.partnershiptracker.importing;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.statement.Statement;
import com.partnershiptracker.statement.StatementChange;
import com.partnershiptracker.statement.StatementCsv;
import com.partnershiptracker.statement.StatementService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Statements, in the columns of /statements.csv. The speaker is a {@code person} (by slug), an
 * {@code organization} (slug, name or alias: the organization the person spoke for, or alone its
 * spokesperson), or both. A row is the statement its {@code id} names when one has it; else (an id from another
 * instance, or none) the statement with the same speaker, the same text (Korean, else English; compared as names
 * are) and the same date; else a new one. Organizations are never created by this layout. The date's note is
 * read and written in English; a Korean note already on the same date is kept.
 */
@Component
@Order(7)
class StatementsLayout implements ImportLayout {

    private final StatementService statements;
    private final PersonService people;
    private final OrganizationService organizations;

    StatementsLayout(StatementService statements, PersonService people, OrganizationService organizations) {
        this.statements = statements;
        this.people = people;
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return "statements";
    }

    @Override
    public List<String> columns() {
        return StatementCsv.COLUMNS;
    }

    @Override
    public Set<String> optionalColumns() {
        return Set.of("id", "person", "organization", "text_ko", "text_en", "gloss_en", "context_ko", "context_en",
                "stated", "stated_precision", "stated_inferred", "stated_note");
    }

    @Override
    public List<List<String>> examples() {
        return List.of(
                List.of("", "", "우리은행", "디지털 전환은 협업 없이 불가능하다", "", "Digital change is impossible without partners",
                        "KT와의 업무협약식에서", "At the signing with KT", "2020-08-31", "day", "", ""),
                List.of("", "", "K Bank", "", "We will keep growing with BC Card", "", "", "",
                        "2021-03", "month", "yes", "month of the interview, not printed"));
    }

    @Override
    public String exportPath() {
        return "/statements.csv";
    }

    /** One statement for every organization's names and one for every statement; then one for each chunk's people. */
    @Override
    public ImportRun start() {
        Map<Long, Existing> byId = new HashMap<>();
        Map<String, List<Existing>> byKey = new HashMap<>();
        for (Statement statement : statements.allWithSpeakers()) {
            Existing existing = Existing.of(statement);
            byId.put(existing.id(), existing);
            byKey.computeIfAbsent(key(existing.person(), existing.organization(), existing.text(), existing.stated()),
                    k -> new ArrayList<>()).add(existing);
        }
        OrganizationDirectory directory = new OrganizationDirectory(organizations.allNames());
        SeenKeys seenKeys = new SeenKeys();
        return chunk -> plan(chunk, directory, byId, byKey, seenKeys);
    }

    /** A statement as it stood when the pass began, in plain values. */
    private record Existing(long id, long version, String person, String organization, Bilingual text, String gloss,
                            Bilingual context, PartialDate stated) {

        static Existing of(Statement statement) {
            return new Existing(statement.getId(), statement.getVersion(),
                    statement.getPerson() == null ? null : statement.getPerson().getSlug(),
                    statement.getOrganization() == null ? null : statement.getOrganization().getSlug(),
                    statement.getText(), statement.getGlossEn(), statement.getContext(), statement.getStated());
        }
    }

    private static String key(String person, String organization, Bilingual text, PartialDate stated) {
        return person + "|" + organization + "|" + OrganizationDirectory.normalized(text.ko() != null ? text.ko() : text.en())
                + "|" + (stated == null ? "" : stated.toIsoString());
    }

    private List<RowPlan> plan(List<ImportRow> chunk, OrganizationDirectory directory, Map<Long, Existing> byId,
                               Map<String, List<Existing>> byKey, SeenKeys seenKeys) {
        Set<String> personSlugs = new LinkedHashSet<>();
        chunk.forEach(row -> {
            if (row.get("person") != null) {
                personSlugs.add(row.get("person").toLowerCase(Locale.ROOT));
            }
        });
        Set<String> knownPeople = people.findAllBySlugs(personSlugs).stream().map(Person::getSlug).collect(Collectors.toSet());
        List<RowPlan> plans = new ArrayList<>(chunk.size());
        for (ImportRow row : chunk) {
            try {
                plans.add(plan(row, Values.of(row), directory, knownPeople, byId, byKey, seenKeys));
            } catch (RowProblem problem) {
                plans.add(RowPlan.error(row, label(row), problem.error()));
            }
        }
        return plans;
    }

    private RowPlan plan(ImportRow row, Values values, OrganizationDirectory directory, Set<String> knownPeople,
                         Map<Long, Existing> byId, Map<String, List<Existing>> byKey, SeenKeys seenKeys) {
        String person = values.person() == null ? null : values.person().toLowerCase(Locale.ROOT);
        if (person != null && !knownPeople.contains(person)) {
            throw RowProblem.in("person", "import.error.unknownPerson", values.person());
        }
        String organization = values.organization() == null ? null
                : OrganizationReferenceErrors.require(directory.resolve(values.organization()), "organization", values.organization());
        Existing current = values.id() == null ? null : byId.get(values.id());
        String naturalKey = key(person, organization, values.text(), values.stated());
        if (current == null) {
            List<Existing> same = byKey.getOrDefault(naturalKey, List.of());
            if (same.size() > 1) {
                throw RowProblem.in("text_ko", "import.error.ambiguousStatement",
                        same.stream().map(existing -> "#" + existing.id()).collect(Collectors.joining(", ")));
            }
            current = same.isEmpty() ? null : same.get(0);
        }
        seenKeys.requireFirst(current != null ? "#" + current.id() : naturalKey, row, values.id() != null ? "id" : "text_ko");
        PartialDate stated = RelationsLayout.keepingKoreanNote(values.stated(), current == null ? null : current.stated());
        StatementChange change = new StatementChange() {
            @Override
            public Statement newStatement(Lookups lookups) {
                return person == null ? Statement.bySpokespersonOf(organization(lookups), values.text())
                        : Statement.by(person(lookups), organization == null ? null : organization(lookups), values.text());
            }

            @Override
            public void applyTo(Statement statement, Lookups lookups) {
                statement.attributeTo(person == null ? null : person(lookups), organization == null ? null : organization(lookups));
                statement.reword(values.text());
                statement.glossInEnglish(values.gloss());
                statement.placeInContext(values.context());
                statement.dateStated(stated);
            }

            private Person person(Lookups lookups) {
                return lookups.person(person).orElseThrow(() -> new IllegalArgumentException("validation.unknownPerson"));
            }

            private Organization organization(Lookups lookups) {
                return lookups.organization(organization).orElseThrow(() -> new IllegalArgumentException("validation.unknownOrganization"));
            }
        };
        if (current == null) {
            return RowPlan.create(row, label(row), () -> statements.create(change));
        }
        Existing before = current;
        List<FieldChange> changes = new ArrayList<>();
        OrganizationsLayout.compare(changes, "person", before.person(), person);
        OrganizationsLayout.compare(changes, "organization", before.organization(), organization);
        OrganizationsLayout.compare(changes, "text_ko", before.text().ko(), values.text().ko());
        OrganizationsLayout.compare(changes, "text_en", before.text().en(), values.text().en());
        OrganizationsLayout.compare(changes, "gloss_en", before.gloss(), values.gloss());
        OrganizationsLayout.compare(changes, "context_ko", before.context().ko(), values.context().ko());
        OrganizationsLayout.compare(changes, "context_en", before.context().en(), values.context().en());
        OrganizationsLayout.compare(changes, "stated", ImportValues.shown(before.stated()), ImportValues.shown(values.stated()));
        return RowPlan.update(row, label(row), changes, () -> statements.update(before.id(), before.version(), change));
    }

    private static String label(ImportRow row) {
        String text = row.get("text_ko") != null ? row.get("text_ko") : ImportValues.text(row.get("text_en"));
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** One row's values, read and checked. */
    private record Values(Long id, String person, String organization, Bilingual text, String gloss, Bilingual context,
                          PartialDate stated) {

        static Values of(ImportRow row) {
            ImportValues.requireLengths(row, Map.of("text_ko", 2000, "text_en", 2000, "gloss_en", Statement.GLOSS_MAX_LENGTH,
                    "context_ko", 500, "context_en", 500, "stated_note", PartialDate.NOTE_MAX_LENGTH));
            Long id = null;
            if (row.get("id") != null) {
                try {
                    id = Long.parseLong(row.get("id"));
                } catch (NumberFormatException notANumber) {
                    throw RowProblem.in("id", "import.error.id", row.get("id"));
                }
            }
            if (row.get("person") == null && row.get("organization") == null) {
                throw RowProblem.in("person", "import.error.speakerRequired");
            }
            Bilingual text = Bilingual.of(row.get("text_ko"), row.get("text_en"));
            if (text.isEmpty()) {
                throw RowProblem.in("text_ko", "import.error.statementTextRequired");
            }
            return new Values(id, row.get("person"), row.get("organization"), text, row.get("gloss_en"),
                    Bilingual.of(row.get("context_ko"), row.get("context_en")),
                    ImportValues.date(row, "stated", "stated_precision", "stated_inferred", "stated_note"));
        }
    }
}
