package com.partnershiptracker.importing;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationChange;
import com.partnershiptracker.organization.OrganizationCsv;
import com.partnershiptracker.organization.OrganizationIdentifiers;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.ExternalIdentifier;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.Slug;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Organizations, in the columns of /organizations.csv. A row is the organization its {@code id} names when one
 * has it, else the one with its {@code slug}, else a new one. A parent is named like any reference (slug, name or
 * alias) and must exist or come earlier in the file; the export writes parents first.
 */
@Component
@Order(1)
class OrganizationsLayout implements ImportLayout {

    private final OrganizationService organizations;

    OrganizationsLayout(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public List<String> columns() {
        return OrganizationCsv.COLUMNS;
    }

    @Override
    public Set<String> optionalColumns() {
        return Set.of("id", "wikidata_id", "lei", "kr_corporate_registration_number");
    }

    @Override
    public List<List<String>> examples() {
        return List.of(
                List.of("", "example-bank", "예시은행", "Example Bank", "bank", "", "Example; 예시", "https://bank.example",
                        "1999-03", "month", "", "", "", "A bank made up for the template", "", "", ""),
                List.of("", "example-bank-digital", "예시은행 디지털전략부", "Example Bank Digital Strategy", "internal_unit",
                        "example-bank", "", "", "2021", "year", "", "", "", "", "", "", ""));
    }

    @Override
    public String exportPath() {
        return "/organizations.csv";
    }

    @Override
    public ImportRun start() {
        OrganizationDirectory directory = new OrganizationDirectory(organizations.allNames());
        SeenKeys seenKeys = new SeenKeys();
        return chunk -> plan(chunk, directory, seenKeys);
    }

    private List<RowPlan> plan(List<ImportRow> chunk, OrganizationDirectory directory, SeenKeys seenKeys) {
        List<Object> read = new ArrayList<>(chunk.size());
        List<String> slugsToLoad = new ArrayList<>();
        for (ImportRow row : chunk) {
            try {
                Values values = Values.of(row);
                read.add(values);
                String matchedSlug = values.id() == null ? null : directory.slugOf(values.id());
                slugsToLoad.add(matchedSlug != null ? matchedSlug : values.slug());
            } catch (RowProblem problem) {
                read.add(problem.error());
            }
        }
        Map<String, Organization> existing = new HashMap<>();
        organizations.findAllBySlugs(slugsToLoad).forEach(organization -> existing.put(organization.getSlug(), organization));
        List<RowPlan> plans = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            ImportRow row = chunk.get(i);
            if (read.get(i) instanceof RowError error) {
                plans.add(RowPlan.error(row, row.get("slug"), error));
                continue;
            }
            Values values = (Values) read.get(i);
            try {
                plans.add(plan(row, values, directory, existing, seenKeys));
            } catch (RowProblem problem) {
                plans.add(RowPlan.error(row, values.slug(), problem.error()));
            }
        }
        return plans;
    }

    private RowPlan plan(ImportRow row, Values values, OrganizationDirectory directory, Map<String, Organization> existing,
                         SeenKeys seenKeys) {
        String matchedSlug = values.id() == null ? null : directory.slugOf(values.id());
        Organization current = existing.get(matchedSlug != null ? matchedSlug : values.slug());
        for (String key : current == null ? List.of("slug:" + values.slug()) : List.of("slug:" + values.slug(), "id:" + current.getId())) {
            seenKeys.requireFirst(key, row, key.startsWith("id") ? "id" : "slug");
        }
        if (current != null && !current.getSlug().equals(values.slug()) && directory.isTaken(values.slug())) {
            throw RowProblem.in("slug", "import.error.slugTaken", values.slug());
        }
        String parentSlug = null;
        if (values.parent() != null) {
            OrganizationDirectory.Reference parent = directory.resolve(values.parent());
            parentSlug = OrganizationReferenceErrors.require(parent, "parent", values.parent());
            if (parentSlug.equals(values.slug()) || (current != null && directory.sitsBelow(parentSlug, current.getSlug()))) {
                throw RowProblem.in("parent", "import.error.parentCycle", values.parent());
            }
        }
        String parent = parentSlug;
        OrganizationChange change = (organization, bySlug) -> values.applyTo(organization, parent, bySlug);
        if (current == null) {
            directory.plan(values.slug(), values.name().ko(), values.name().en());
            return RowPlan.create(row, values.slug(), () -> organizations.create(
                    new Organization(values.slug(), values.name(), values.kind()), change));
        }
        List<FieldChange> changes = values.changesFrom(current, parent, directory);
        long id = current.getId();
        long version = current.getVersion();
        return RowPlan.update(row, values.slug(), changes, () -> organizations.update(id, version, change));
    }

    /** One row's values, read and checked. */
    private record Values(Long id, String slug, Bilingual name, OrganizationKind kind, String parent, List<String> aliases,
                          String website, PartialDate founded, PartialDate dissolved, Bilingual description,
                          OrganizationIdentifiers identifiers) {

        static Values of(ImportRow row) {
            ImportValues.requireLengths(row, Map.of("name_ko", 200, "name_en", 200, "website", 500,
                    "description_ko", 4000, "description_en", 4000));
            Long id = null;
            if (row.get("id") != null) {
                try {
                    id = Long.parseLong(row.get("id"));
                } catch (NumberFormatException notANumber) {
                    throw RowProblem.in("id", "import.error.id", row.get("id"));
                }
            }
            String slug = row.get("slug");
            if (slug == null || !Slug.isValid(slug)) {
                throw RowProblem.in("slug", "import.error.slug", ImportValues.text(slug));
            }
            Bilingual name = Bilingual.of(row.get("name_ko"), row.get("name_en"));
            if (name.isEmpty()) {
                throw RowProblem.in("name_ko", "import.error.nameRequired");
            }
            OrganizationKind kind = ImportValues.choice(OrganizationKind.class, row.get("kind"), "kind");
            if (kind == null) {
                throw RowProblem.in("kind", "import.error.required", "kind");
            }
            String website = row.get("website");
            if (website != null && !website.startsWith("http://") && !website.startsWith("https://")) {
                throw RowProblem.in("website", "import.error.website", website);
            }
            List<String> aliases = ImportValues.list(row, "aliases");
            if (aliases.stream().anyMatch(alias -> alias.length() > 200)) {
                throw RowProblem.in("aliases", "import.error.tooLong", 200);
            }
            return new Values(id, slug, name, kind, row.get("parent"), aliases, website,
                    ImportValues.date(row, "founded", "founded_precision", null, null),
                    ImportValues.date(row, "dissolved", "dissolved_precision", null, null),
                    Bilingual.of(row.get("description_ko"), row.get("description_en")), identifiers(row));
        }

        /** The identifiers, each in its canonical form; null when the file has none of their columns (they stay as they are). */
        private static OrganizationIdentifiers identifiers(ImportRow row) {
            if (!row.has("wikidata_id") && !row.has("lei") && !row.has("kr_corporate_registration_number")) {
                return null;
            }
            return new OrganizationIdentifiers(identifier(row, "wikidata_id", ExternalIdentifier.WIKIDATA),
                    identifier(row, "lei", ExternalIdentifier.LEI),
                    identifier(row, "kr_corporate_registration_number", ExternalIdentifier.KR_CORPORATE_REGISTRATION_NUMBER));
        }

        private static String identifier(ImportRow row, String column, ExternalIdentifier kind) {
            String text = row.get(column);
            if (text == null) {
                return null;
            }
            ExternalIdentifier.Reading reading = kind.read(text);
            if (!reading.isValid()) {
                throw RowProblem.in(column, "import.error.identifier", text);
            }
            return reading.canonical();
        }

        void applyTo(Organization organization, String parentSlug, Function<String, java.util.Optional<Organization>> bySlug) {
            organization.changeSlug(slug);
            organization.rename(name);
            organization.reclassify(kind);
            organization.placeUnder(parentSlug == null ? null
                    : bySlug.apply(parentSlug).orElseThrow(() -> new IllegalArgumentException("validation.unknownOrganization")));
            organization.replaceAliases(aliases);
            organization.linkWebsite(website);
            organization.recordFounding(founded);
            organization.recordDissolution(dissolved);
            organization.describe(description);
            if (identifiers != null) {
                organization.identifyAs(identifiers);
            }
        }

        List<FieldChange> changesFrom(Organization current, String parentSlug, OrganizationDirectory directory) {
            List<FieldChange> changes = new ArrayList<>();
            compare(changes, "slug", current.getSlug(), slug);
            compare(changes, "name_ko", current.getName().ko(), name.ko());
            compare(changes, "name_en", current.getName().en(), name.en());
            compare(changes, "kind", current.getKind().name(), kind.name());
            compare(changes, "parent", directory.slugOf(current.getParentId()), parentSlug);
            compare(changes, "aliases", String.join("; ", current.getAliases()), String.join("; ", aliases));
            compare(changes, "website", current.getWebsite(), website);
            compare(changes, "founded", ImportValues.shown(current.getFounded()), ImportValues.shown(founded));
            compare(changes, "dissolved", ImportValues.shown(current.getDissolved()), ImportValues.shown(dissolved));
            compare(changes, "description_ko", current.getDescription().ko(), description.ko());
            compare(changes, "description_en", current.getDescription().en(), description.en());
            if (identifiers != null) {
                compare(changes, "wikidata_id", current.getIdentifiers().wikidata(), identifiers.wikidata());
                compare(changes, "lei", current.getIdentifiers().lei(), identifiers.lei());
                compare(changes, "kr_corporate_registration_number", current.getIdentifiers().krCorporateRegistrationNumber(),
                        identifiers.krCorporateRegistrationNumber());
            }
            return changes;
        }
    }

    static void compare(List<FieldChange> changes, String column, String before, String after) {
        String was = ImportValues.text(before);
        String now = ImportValues.text(after);
        if (!was.equals(now)) {
            changes.add(new FieldChange(column, was, now));
        }
    }
}
