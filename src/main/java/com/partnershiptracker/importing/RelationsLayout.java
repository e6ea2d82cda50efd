package com.partnershiptracker.importing;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationChange;
import com.partnershiptracker.organization.RelationCsv;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Relations between organizations ("subject KIND object"), in the columns of /relations.csv. A row is the
 * relation its {@code id} names when one has it; else (an id from another instance, or none) the relation with
 * the same subject, kind and object; else a new one. {@code subject} and {@code object} are references (slug, name or alias);
 * {@code create_if_missing=yes} creates an organization (kind other) for an end that names none.
 * {@code started} and {@code ended} are partial dates, each with its precision, inferred flag and note
 * (in English; a Korean note already on the date is kept when the date stays the same).
 */
@Component
@Order(3)
class RelationsLayout implements ImportLayout {

    private final OrganizationService organizations;

    RelationsLayout(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public List<String> columns() {
        List<String> columns = new ArrayList<>(RelationCsv.COLUMNS);
        columns.add("create_if_missing");
        return columns;
    }

    @Override
    public Set<String> optionalColumns() {
        return Set.of("id", "detail_ko", "detail_en", "started", "ended", "started_precision", "started_inferred", "started_note",
                "ended_precision", "ended_inferred", "ended_note", "create_if_missing");
    }

    @Override
    public List<List<String>> examples() {
        return List.of(
                List.of("", "woori-financial-group", "major_shareholder_of", "K Bank", "지분 보유", "Equity stake",
                        "2016-12", "month", "", "", "", "", "", "", ""),
                List.of("", "BC카드", "subsidiary_of", "KT", "", "Card processor in the KT group",
                        "2011", "year", "yes", "year of the share purchase in the annual report", "", "", "", "", "no"));
    }

    @Override
    public String exportPath() {
        return "/relations.csv";
    }

    /** One statement for every organization's names and one for every relation: a pass then resolves rows in memory. */
    @Override
    public ImportRun start() {
        Map<Long, Existing> byId = new HashMap<>();
        Map<String, List<Existing>> byEnds = new HashMap<>();
        for (OrganizationRelation relation : organizations.allRelations()) {
            Existing existing = Existing.of(relation);
            byId.put(existing.id(), existing);
            byEnds.computeIfAbsent(existing.key(), k -> new ArrayList<>()).add(existing);
        }
        Run run = new Run(new OrganizationDirectory(organizations.allNames()), byId, byEnds);
        return run::plan;
    }

    /** A relation as it stood when the pass began: plain values, so that clearing the session between chunks loses nothing. */
    private record Existing(long id, long version, String subject, RelationKind kind, String object, Bilingual detail,
                            PartialDate started, PartialDate ended) {

        static Existing of(OrganizationRelation relation) {
            return new Existing(relation.getId(), relation.getVersion(), relation.getSubject().getSlug(), relation.getKind(),
                    relation.getObject().getSlug(), relation.getDetail(), relation.getStarted(), relation.getEnded());
        }

        String key() {
            return RelationsLayout.key(subject, kind, object);
        }
    }

    private static String key(String subject, RelationKind kind, String object) {
        return subject + "|" + kind.name() + "|" + object;
    }

    private final class Run {
        private final Map<Long, Existing> byId;
        private final Map<String, List<Existing>> byEnds;
        private final SeenKeys seenKeys = new SeenKeys();
        private final OrganizationsToCreate organizationsToCreate;

        Run(OrganizationDirectory directory, Map<Long, Existing> byId, Map<String, List<Existing>> byEnds) {
            this.organizationsToCreate = new OrganizationsToCreate(directory, organizations);
            this.byId = byId;
            this.byEnds = byEnds;
        }

        List<RowPlan> plan(List<ImportRow> chunk) {
            List<RowPlan> plans = new ArrayList<>(chunk.size());
            for (ImportRow row : chunk) {
                try {
                    plans.add(plan(row, Values.of(row)));
                } catch (RowProblem problem) {
                    plans.add(RowPlan.error(row, label(row), problem.error()));
                }
            }
            return plans;
        }

        private RowPlan plan(ImportRow row, Values values) {
            String subject = organizationsToCreate.slugOf(values.subject(), "subject", values.createIfMissing());
            String object = organizationsToCreate.slugOf(values.object(), "object", values.createIfMissing());
            if (subject.equals(object)) {
                throw RowProblem.in("object", "import.error.relationToItself", values.object());
            }
            Existing current = values.id() == null ? null : byId.get(values.id());
            if (current == null) {
                List<Existing> same = byEnds.getOrDefault(key(subject, values.kind(), object), List.of());
                if (same.size() > 1) {
                    throw RowProblem.in("kind", "import.error.ambiguousRelation",
                            same.stream().map(existing -> "#" + existing.id()).collect(Collectors.joining(", ")));
                }
                current = same.isEmpty() ? null : same.get(0);
            }
            String seenKey = current != null ? "#" + current.id() : key(subject, values.kind(), object);
            seenKeys.requireFirst(seenKey, row, values.id() != null ? "id" : "subject");
            OrganizationsToCreate.ForRow createdHere = organizationsToCreate.among(List.of(subject, object));
            List<FieldChange> changes = new ArrayList<>(createdHere.changes());
            Existing before = current;
            PartialDate started = keepingKoreanNote(values.started(), before == null ? null : before.started());
            PartialDate ended = keepingKoreanNote(values.ended(), before == null ? null : before.ended());
            RelationChange change = new RelationChange() {
                @Override
                public OrganizationRelation newRelation(Function<String, Optional<Organization>> bySlug) {
                    return new OrganizationRelation(found(bySlug, subject), values.kind(), found(bySlug, object));
                }

                @Override
                public void applyTo(OrganizationRelation relation, Function<String, Optional<Organization>> bySlug) {
                    if (before != null && !(before.subject().equals(subject) && before.object().equals(object) && before.kind() == values.kind())) {
                        relation.relink(found(bySlug, subject), values.kind(), found(bySlug, object));
                    }
                    relation.describe(values.detail());
                    relation.holdsDuring(started, ended);
                }
            };
            if (before == null) {
                return RowPlan.create(row, label(row), changes, () -> {
                    createdHere.create();
                    organizations.createRelation(change);
                });
            }
            changes.addAll(values.changesFrom(before, subject, object));
            return RowPlan.update(row, label(row), changes, () -> {
                createdHere.create();
                organizations.updateRelation(before.id(), before.version(), change);
            });
        }
    }

    private static Organization found(Function<String, Optional<Organization>> bySlug, String slug) {
        return bySlug.apply(slug).orElseThrow(() -> new IllegalArgumentException("validation.unknownOrganization"));
    }

    /** The export writes only the English note: a Korean note on the same date would otherwise be lost by a round trip. */
    static PartialDate keepingKoreanNote(PartialDate date, PartialDate before) {
        if (date == null || before == null || before.noteKo() == null || !sameDate(date, before)) {
            return date;
        }
        return date.withNotes(date.note(), before.noteKo());
    }

    private static boolean sameDate(PartialDate one, PartialDate other) {
        return one.start().equals(other.start()) && one.precision() == other.precision();
    }

    private static String label(ImportRow row) {
        return ImportValues.text(row.get("subject")) + " → " + ImportValues.text(row.get("object"));
    }

    /** One row's values, read and checked. */
    private record Values(Long id, String subject, RelationKind kind, String object, Bilingual detail,
                          PartialDate started, PartialDate ended, boolean createIfMissing) {

        static Values of(ImportRow row) {
            ImportValues.requireLengths(row, Map.of("detail_ko", 1000, "detail_en", 1000,
                    "started_note", PartialDate.NOTE_MAX_LENGTH, "ended_note", PartialDate.NOTE_MAX_LENGTH));
            Long id = null;
            if (row.get("id") != null) {
                try {
                    id = Long.parseLong(row.get("id"));
                } catch (NumberFormatException notANumber) {
                    throw RowProblem.in("id", "import.error.id", row.get("id"));
                }
            }
            String subject = required(row, "subject");
            RelationKind kind = ImportValues.choice(RelationKind.class, required(row, "kind"), "kind");
            String object = required(row, "object");
            PartialDate started = ImportValues.date(row, "started", "started_precision", "started_inferred", "started_note");
            PartialDate ended = ImportValues.date(row, "ended", "ended_precision", "ended_inferred", "ended_note");
            if (started != null && ended != null && ended.end().isBefore(started.start())) {
                throw RowProblem.in("ended", "import.error.endsBeforeStarted", started.toIsoString());
            }
            return new Values(id, subject, kind, object, Bilingual.of(row.get("detail_ko"), row.get("detail_en")),
                    started, ended, ImportValues.yes(row, "create_if_missing"));
        }

        private static String required(ImportRow row, String column) {
            String value = row.get(column);
            if (value == null) {
                throw RowProblem.in(column, "import.error.required", column);
            }
            return value;
        }

        List<FieldChange> changesFrom(Existing current, String subjectSlug, String objectSlug) {
            List<FieldChange> changes = new ArrayList<>();
            OrganizationsLayout.compare(changes, "subject", current.subject(), subjectSlug);
            OrganizationsLayout.compare(changes, "kind", current.kind().name().toLowerCase(Locale.ROOT), kind.name().toLowerCase(Locale.ROOT));
            OrganizationsLayout.compare(changes, "object", current.object(), objectSlug);
            OrganizationsLayout.compare(changes, "detail_ko", current.detail().ko(), detail.ko());
            OrganizationsLayout.compare(changes, "detail_en", current.detail().en(), detail.en());
            OrganizationsLayout.compare(changes, "started", ImportValues.shown(current.started()), ImportValues.shown(started));
            OrganizationsLayout.compare(changes, "ended", ImportValues.shown(current.ended()), ImportValues.shown(ended));
            return changes;
        }
    }
}
