package com.partnershiptracker.importing;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonChange;
import com.partnershiptracker.person.PersonCsv;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.person.PositionChange;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.ExternalIdentifier;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.Slug;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * People with their positions, in the columns of /people.csv: one row per position, the person's columns
 * repeated, and a person without positions as one row with empty position columns. The person is the one its
 * {@code id} names when one has it, else the one with its {@code slug}, else a new one; a later row of the same
 * person repeats the same values or leaves both names blank, and a row with both names blank refers to a person
 * who must exist (or come earlier in the file). The position is the one its {@code position_id} names when it is
 * the person's, else the person's position at the same organization with the same title and start, else a new
 * one. Organizations are references (slug, name or alias); {@code create_if_missing=yes} creates one (kind other)
 * that a row names and none has. Positions the file does not
 * name are left alone. Dates' notes are read and written in English; a Korean note on the same date is kept.
 */
@Component
@Order(4)
class PeopleLayout implements ImportLayout {

    private final PersonService people;
    private final OrganizationService organizations;

    PeopleLayout(PersonService people, OrganizationService organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public List<String> columns() {
        List<String> columns = new ArrayList<>(PersonCsv.COLUMNS);
        columns.add("create_if_missing");
        return columns;
    }

    @Override
    public Set<String> optionalColumns() {
        Set<String> optional = new HashSet<>(PersonCsv.POSITION_COLUMNS);
        optional.addAll(List.of("id", "name_ko", "name_en", "aliases", "birth_year", "wikidata_id", "create_if_missing"));
        return optional;
    }

    @Override
    public List<List<String>> examples() {
        return List.of(
                List.of("", "lim-jong-ryong", "임종룡", "Lim Jong-ryong", "Yim Jong-yong", "1959", "", "",
                        "woori-financial-group", "회장", "Chairman", "2023-03-24", "day", "", "", "", "", "", "", ""),
                List.of("", "choi-won-seok", "최원석", "Choi Won-seok", "", "", "", "",
                        "BC카드", "대표이사", "CEO", "2021-03", "month", "yes", "month of the shareholders' meeting", "2024", "year", "", "", "no"));
    }

    @Override
    public String exportPath() {
        return "/people.csv";
    }

    /** Two statements for the organizations' names, one for every person with their aliases, one for every position. */
    @Override
    public ImportRun start() {
        Map<Long, ExistingPerson> peopleById = new HashMap<>();
        Map<String, ExistingPerson> peopleBySlug = new HashMap<>();
        Map<String, Long> peopleByWikidataItem = new HashMap<>();
        for (Person person : people.allWithAliases()) {
            ExistingPerson existing = ExistingPerson.of(person);
            peopleById.put(existing.id(), existing);
            peopleBySlug.put(existing.slug(), existing);
            if (existing.wikidataId() != null) {
                peopleByWikidataItem.put(existing.wikidataId(), existing.id());
            }
        }
        Map<Long, List<ExistingPosition>> positionsByPerson = new HashMap<>();
        for (Position position : people.allPositions()) {
            ExistingPosition existing = ExistingPosition.of(position);
            positionsByPerson.computeIfAbsent(existing.personId(), k -> new ArrayList<>()).add(existing);
        }
        Run run = new Run(new OrganizationDirectory(organizations.allNames()), peopleById, peopleBySlug, peopleByWikidataItem,
                positionsByPerson);
        return run::plan;
    }

    /** A person as they stood when the pass began: plain values, so that clearing the session between chunks loses nothing. */
    private record ExistingPerson(long id, long version, String slug, Bilingual name, List<String> aliases, Integer birthYear,
                                  String wikidataId) {

        static ExistingPerson of(Person person) {
            return new ExistingPerson(person.getId(), person.getVersion(), person.getSlug(), person.getName(),
                    List.copyOf(person.getAliases()), person.getBirthYear(), person.getWikidataId());
        }
    }

    /** A position as it stood when the pass began, its organization by slug. */
    private record ExistingPosition(long id, long version, long personId, String organization, Bilingual title,
                                    PartialDate started, PartialDate ended) {

        static ExistingPosition of(Position position) {
            return new ExistingPosition(position.getId(), position.getVersion(), position.getPerson().getId(),
                    position.getOrganization().getSlug(), position.getTitle(), position.getStarted(), position.getEnded());
        }

        String key() {
            return PeopleLayout.positionKey(organization, title, started);
        }
    }

    private static String positionKey(String organization, Bilingual title, PartialDate started) {
        return organization + "|" + OrganizationDirectory.normalized(title.ko() != null ? title.ko() : title.en())
                + "|" + (started == null ? "" : started.toIsoString());
    }

    private final class Run {
        private final Map<Long, ExistingPerson> peopleById;
        private final Map<String, ExistingPerson> peopleBySlug;
        private final Map<String, Long> peopleByWikidataItem;
        private final Map<Long, List<ExistingPosition>> positionsByPerson;
        /** The rows that first gave a person's values, by the person's key (#id, or the slug of a person to create). */
        private final Map<String, SeenPerson> seenPeople = new HashMap<>();
        private final SeenKeys seenPositions = new SeenKeys();
        private final Map<String, String> plannedSlugs = new HashMap<>();
        private final Map<String, String> plannedWikidataItems = new HashMap<>();
        private final OrganizationsToCreate organizationsToCreate;

        Run(OrganizationDirectory directory, Map<Long, ExistingPerson> peopleById, Map<String, ExistingPerson> peopleBySlug,
            Map<String, Long> peopleByWikidataItem, Map<Long, List<ExistingPosition>> positionsByPerson) {
            this.organizationsToCreate = new OrganizationsToCreate(directory, organizations);
            this.peopleById = peopleById;
            this.peopleBySlug = peopleBySlug;
            this.peopleByWikidataItem = peopleByWikidataItem;
            this.positionsByPerson = positionsByPerson;
        }

        List<RowPlan> plan(List<ImportRow> chunk) {
            List<RowPlan> plans = new ArrayList<>(chunk.size());
            for (ImportRow row : chunk) {
                try {
                    plans.add(plan(row, PersonValues.of(row), PositionValues.of(row)));
                } catch (RowProblem problem) {
                    plans.add(RowPlan.error(row, label(row), problem.error()));
                }
            }
            return plans;
        }

        /** Checks everything that may make the row an error first, so that an error row leaves nothing planned for later rows. */
        private RowPlan plan(ImportRow row, PersonValues person, PositionValues position) {
            ExistingPerson current = person.id() == null ? null : peopleById.get(person.id());
            if (current == null) {
                current = peopleBySlug.get(person.slug());
            }
            String personKey = current != null ? "#" + current.id() : person.slug();
            SeenPerson seen = seenPeople.get(personKey);
            boolean givesValues = person.named() && seen == null;
            if (!person.named() && current == null && seen == null) {
                throw RowProblem.in("slug", "import.error.unknownPerson", person.slug());
            }
            if (person.named() && seen != null) {
                String differing = seen.values().firstDifference(person);
                if (differing != null) {
                    throw RowProblem.in(differing, "import.error.personDiffers", seen.row());
                }
            }
            if (givesValues) {
                requireFree(person, current, personKey);
            }
            PositionMatch match = position == null ? null : match(row, position, current, personKey);
            seenPositions.requireFirst(match == null ? personKey + "|" : match.key(), row,
                    match == null ? "slug" : position.id() != null ? "position_id" : "organization");

            List<FieldChange> changes = new ArrayList<>();
            Runnable savePerson = () -> { };
            boolean createsPerson = givesValues && current == null;
            if (givesValues) {
                seenPeople.put(personKey, new SeenPerson(row.number(), person));
                plannedSlugs.put(person.slug(), personKey);
                if (person.wikidataId() != null) {
                    plannedWikidataItems.put(person.wikidataId(), personKey);
                }
                PersonChange change = person.change();
                if (createsPerson) {
                    savePerson = () -> people.create(change);
                } else {
                    changes.addAll(person.changesFrom(current));
                    ExistingPerson before = current;
                    if (!changes.isEmpty()) {
                        savePerson = () -> people.update(before.id(), before.version(), change);
                    }
                }
            }
            Runnable savePersonFirst = savePerson;
            if (match == null) {
                return createsPerson ? RowPlan.create(row, label(row), changes, savePersonFirst)
                        : RowPlan.update(row, label(row), changes, savePersonFirst);
            }
            String organization = match.organization();
            OrganizationsToCreate.ForRow createdHere = organizationsToCreate.among(List.of(organization));
            changes.addAll(createdHere.changes());
            ExistingPosition before = match.current();
            PositionChange change = position.change(organization, before);
            if (before == null) {
                Long personId = current == null ? null : current.id();
                String slug = person.slug();
                return RowPlan.create(row, label(row), changes, () -> {
                    savePersonFirst.run();
                    createdHere.create();
                    people.createPosition(personId != null ? personId : people.getBySlug(slug).getId(), change);
                });
            }
            List<FieldChange> positionChanges = position.changesFrom(before, organization);
            changes.addAll(positionChanges);
            return RowPlan.update(row, label(row), changes, () -> {
                savePersonFirst.run();
                createdHere.create();
                if (!positionChanges.isEmpty()) {
                    people.updatePosition(before.id(), before.version(), change);
                }
            });
        }

        /** The position the row names among the person's (null when new), its organization and its key in the file. */
        private PositionMatch match(ImportRow row, PositionValues position, ExistingPerson person, String personKey) {
            String organization = organizationsToCreate.slugOf(position.organization(), "organization", ImportValues.yes(row, "create_if_missing"));
            List<ExistingPosition> held = person == null ? List.of() : positionsByPerson.getOrDefault(person.id(), List.of());
            ExistingPosition current = null;
            if (position.id() != null) {
                current = held.stream().filter(existing -> existing.id() == position.id()).findFirst().orElse(null);
            }
            String naturalKey = positionKey(organization, position.title(), position.started());
            if (current == null) {
                List<ExistingPosition> same = held.stream().filter(existing -> existing.key().equals(naturalKey)).toList();
                if (same.size() > 1) {
                    throw RowProblem.in("title_ko", "import.error.ambiguousPosition",
                            same.stream().map(existing -> "#" + existing.id()).collect(Collectors.joining(", ")));
                }
                current = same.isEmpty() ? null : same.get(0);
            }
            return new PositionMatch(organization, current, current != null ? "#" + current.id() : personKey + "|" + naturalKey);
        }

        /** Checks the slug and the Wikidata item are no other person's, in the database or earlier in the file. */
        private void requireFree(PersonValues person, ExistingPerson current, String personKey) {
            ExistingPerson slugOwner = peopleBySlug.get(person.slug());
            String plannedSlugOwner = plannedSlugs.get(person.slug());
            if ((slugOwner != null && (current == null || slugOwner.id() != current.id()))
                    || (plannedSlugOwner != null && !plannedSlugOwner.equals(personKey))) {
                throw RowProblem.in("slug", "import.error.personSlugTaken", person.slug());
            }
            if (person.wikidataId() == null) {
                return;
            }
            Long itemOwner = peopleByWikidataItem.get(person.wikidataId());
            String plannedOwner = plannedWikidataItems.get(person.wikidataId());
            if ((itemOwner != null && (current == null || itemOwner != current.id()))
                    || (plannedOwner != null && !plannedOwner.equals(personKey))) {
                throw RowProblem.in("wikidata_id", "import.error.wikidataTaken", person.wikidataId());
            }
        }
    }

    private record SeenPerson(long row, PersonValues values) {
    }

    private record PositionMatch(String organization, ExistingPosition current, String key) {
    }

    private static String label(ImportRow row) {
        String slug = ImportValues.text(row.get("slug"));
        return row.get("organization") == null ? slug : slug + " · " + row.get("organization");
    }

    /** The person's columns of one row, read and checked. */
    private record PersonValues(Long id, String slug, Bilingual name, List<String> aliases, Integer birthYear, String wikidataId) {

        static PersonValues of(ImportRow row) {
            ImportValues.requireLengths(row, Map.of("name_ko", 200, "name_en", 200));
            Long id = number(row, "id");
            String slug = row.get("slug");
            if (slug == null || !Slug.isValid(slug)) {
                throw RowProblem.in("slug", "import.error.slug", ImportValues.text(slug));
            }
            List<String> aliases = ImportValues.list(row, "aliases");
            if (aliases.stream().anyMatch(alias -> alias.length() > 200)) {
                throw RowProblem.in("aliases", "import.error.tooLong", 200);
            }
            Integer birthYear = birthYear(row.get("birth_year"));
            String wikidataId = null;
            if (row.get("wikidata_id") != null) {
                wikidataId = ExternalIdentifier.WIKIDATA.normalize(row.get("wikidata_id"))
                        .orElseThrow(() -> RowProblem.in("wikidata_id", "import.error.wikidata", row.get("wikidata_id")));
            }
            return new PersonValues(id, slug, Bilingual.of(row.get("name_ko"), row.get("name_en")), aliases,
                    birthYear, wikidataId);
        }

        private static Integer birthYear(String text) {
            if (text == null) {
                return null;
            }
            try {
                int year = Integer.parseInt(text);
                if (year >= 1850 && year <= 2100) {
                    return year;
                }
            } catch (NumberFormatException notANumber) {
                // reported below, as a year out of range is
            }
            throw RowProblem.in("birth_year", "import.error.birthYear", text);
        }

        /** Whether the row gives the person's values; a row with both names blank only refers to the person. */
        boolean named() {
            return !name.isEmpty();
        }

        PersonChange change() {
            return new PersonChange() {
                @Override
                public Person newPerson() {
                    return new Person(slug, name);
                }

                @Override
                public void applyTo(Person person) {
                    person.changeSlug(slug);
                    person.rename(name);
                    person.replaceAliases(aliases);
                    person.recordBirthYear(birthYear);
                    person.identifyAsWikidataItem(wikidataId);
                }
            };
        }

        List<FieldChange> changesFrom(ExistingPerson current) {
            List<FieldChange> changes = new ArrayList<>();
            OrganizationsLayout.compare(changes, "slug", current.slug(), slug);
            OrganizationsLayout.compare(changes, "name_ko", current.name().ko(), name.ko());
            OrganizationsLayout.compare(changes, "name_en", current.name().en(), name.en());
            OrganizationsLayout.compare(changes, "aliases", String.join("; ", current.aliases()), String.join("; ", aliases));
            OrganizationsLayout.compare(changes, "birth_year", current.birthYear() == null ? null : current.birthYear().toString(),
                    birthYear == null ? null : birthYear.toString());
            OrganizationsLayout.compare(changes, "wikidata_id", current.wikidataId(), wikidataId);
            return changes;
        }

        /** The first column whose value differs from {@code other}'s (the id aside), or null. */
        String firstDifference(PersonValues other) {
            if (!slug.equals(other.slug())) {
                return "slug";
            }
            if (!Objects.equals(name.ko(), other.name().ko())) {
                return "name_ko";
            }
            if (!Objects.equals(name.en(), other.name().en())) {
                return "name_en";
            }
            if (!aliases.equals(other.aliases())) {
                return "aliases";
            }
            if (!Objects.equals(birthYear, other.birthYear())) {
                return "birth_year";
            }
            return Objects.equals(wikidataId, other.wikidataId()) ? null : "wikidata_id";
        }
    }

    /** The position's columns of one row, read and checked; null when they are all blank. */
    private record PositionValues(Long id, String organization, Bilingual title, PartialDate started, PartialDate ended) {

        static PositionValues of(ImportRow row) {
            if (PersonCsv.POSITION_COLUMNS.stream().allMatch(column -> row.get(column) == null)) {
                return null;
            }
            ImportValues.requireLengths(row, Map.of("title_ko", 200, "title_en", 200,
                    "started_note", PartialDate.NOTE_MAX_LENGTH, "ended_note", PartialDate.NOTE_MAX_LENGTH));
            Long id = number(row, "position_id");
            String organization = row.get("organization");
            if (organization == null) {
                throw RowProblem.in("organization", "import.error.required", "organization");
            }
            Bilingual title = Bilingual.of(row.get("title_ko"), row.get("title_en"));
            if (title.isEmpty()) {
                throw RowProblem.in("title_ko", "import.error.titleRequired");
            }
            PartialDate started = ImportValues.date(row, "started", "started_precision", "started_inferred", "started_note");
            PartialDate ended = ImportValues.date(row, "ended", "ended_precision", "ended_inferred", "ended_note");
            if (started != null && ended != null && ended.end().isBefore(started.start())) {
                throw RowProblem.in("ended", "import.error.endsBeforeStarted", started.toIsoString());
            }
            return new PositionValues(id, organization, title, started, ended);
        }

        /** The change that saves the row's position at the organization; a Korean note already on a date it keeps is kept. */
        PositionChange change(String organizationSlug, ExistingPosition before) {
            PartialDate keptStart = RelationsLayout.keepingKoreanNote(started, before == null ? null : before.started());
            PartialDate keptEnd = RelationsLayout.keepingKoreanNote(ended, before == null ? null : before.ended());
            return new PositionChange() {
                @Override
                public Position newPosition(Person holder, Lookups lookups) {
                    return new Position(holder, organization(lookups), title);
                }

                @Override
                public void applyTo(Position position, Lookups lookups) {
                    position.moveTo(organization(lookups));
                    position.retitle(title);
                    position.heldDuring(keptStart, keptEnd);
                }

                private Organization organization(Lookups lookups) {
                    return lookups.organization(organizationSlug)
                            .orElseThrow(() -> new IllegalArgumentException("validation.unknownOrganization"));
                }
            };
        }

        List<FieldChange> changesFrom(ExistingPosition current, String organizationSlug) {
            List<FieldChange> changes = new ArrayList<>();
            OrganizationsLayout.compare(changes, "organization", current.organization(), organizationSlug);
            OrganizationsLayout.compare(changes, "title_ko", current.title().ko(), title.ko());
            OrganizationsLayout.compare(changes, "title_en", current.title().en(), title.en());
            OrganizationsLayout.compare(changes, "started", ImportValues.shown(current.started()), ImportValues.shown(started));
            OrganizationsLayout.compare(changes, "ended", ImportValues.shown(current.ended()), ImportValues.shown(ended));
            return changes;
        }
    }

    private static Long number(ImportRow row, String column) {
        if (row.get(column) == null) {
            return null;
        }
        try {
            return Long.parseLong(row.get(column));
        } catch (NumberFormatException notANumber) {
            throw RowProblem.in(column, "import.error.id", row.get(column));
        }
    }
}
