package com.partnershiptracker.importing;

import com.partnershiptracker.agreement.AgreementDetails;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeChange;
import com.partnershiptracker.initiative.InitiativeCsv;
import com.partnershiptracker.initiative.InitiativeKind;
import com.partnershiptracker.initiative.InitiativeOrganization;
import com.partnershiptracker.initiative.InitiativeRole;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.InitiativeStatus;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Initiatives with their organizations, in the columns of /initiatives.csv. A row is the initiative its {@code id}
 * names when one has it; else the one with the same title (Korean, else English; compared as names are), an error
 * naming the candidates when several have it; else a new one. {@code agreement} is an agreement's id ({@code 12},
 * {@code #12} or a picker's "Title (#12)"), blank for an internal program. Each milestone is a partial date with its
 * precision, inferred flag and note. {@code organizations} are references separated by ';', {@code organization_roles}
 * their roles in the same order (partner when blank). {@code create_if_missing=yes} creates an organization (kind
 * other) for each that names none.
 */
@Component
@Order(5)
class InitiativesLayout implements ImportLayout {

    private final InitiativeService initiatives;
    private final AgreementService agreements;
    private final OrganizationService organizations;

    InitiativesLayout(InitiativeService initiatives, AgreementService agreements, OrganizationService organizations) {
        this.initiatives = initiatives;
        this.agreements = agreements;
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return "initiatives";
    }

    @Override
    public List<String> columns() {
        List<String> columns = new ArrayList<>(InitiativeCsv.COLUMNS);
        columns.add("create_if_missing");
        return columns;
    }

    @Override
    public Set<String> optionalColumns() {
        Set<String> optional = new LinkedHashSet<>(List.of("id", "agreement", "organization_roles", "description_ko", "description_en",
                "create_if_missing"));
        for (String milestone : InitiativeCsv.MILESTONES) {
            optional.addAll(List.of(milestone + "_precision", milestone + "_inferred", milestone + "_note"));
        }
        return optional;
    }

    @Override
    public List<List<String>> examples() {
        return List.of(
                List.of("", "우리WON뱅킹 KT 알뜰폰 요금제", "Woori WON Banking KT budget mobile plan", "product", "launched", "",
                        "2021-06", "month", "", "", "", "", "", "", "2021-09-01", "day", "", "", "", "", "", "",
                        "woori-bank; KT", "provider;platform", "", "Budget mobile plan sold through the bank's app", ""),
                List.of("", "", "BC Card QR payments pilot with Example Pay", "joint_project", "in_progress", "", "2022", "year", "yes",
                        "Inferred from a 2022 annual report", "2022-03", "", "", "", "", "", "", "", "", "", "", "",
                        "bc-card; Example Pay", "lead;partner", "", "", "yes"));
    }

    @Override
    public String exportPath() {
        return "/initiatives.csv";
    }

    @Override
    public ImportRun start() {
        Run run = new Run(new OrganizationDirectory(organizations.allNames()));
        return run::plan;
    }

    private final class Run {
        private final OrganizationDirectory directory;
        private final SeenKeys seenKeys = new SeenKeys();
        private final OrganizationsToCreate organizationsToCreate;

        Run(OrganizationDirectory directory) {
            this.directory = directory;
            this.organizationsToCreate = new OrganizationsToCreate(directory, organizations);
        }

        List<RowPlan> plan(List<ImportRow> chunk) {
            List<Object> read = new ArrayList<>(chunk.size());
            Set<Long> ids = new LinkedHashSet<>();
            Set<String> titles = new LinkedHashSet<>();
            Set<Long> agreementIds = new LinkedHashSet<>();
            for (ImportRow row : chunk) {
                try {
                    Values values = Values.of(row);
                    read.add(values);
                    if (values.id() != null) {
                        ids.add(values.id());
                    }
                    titles.add(java.text.Normalizer.normalize(values.title().ko() != null ? values.title().ko() : values.title().en(),
                            java.text.Normalizer.Form.NFKC));
                    if (values.agreementId() != null) {
                        agreementIds.add(values.agreementId());
                    }
                } catch (RowProblem problem) {
                    read.add(problem.error());
                }
            }
            Set<Long> toLoad = new LinkedHashSet<>(ids);
            toLoad.addAll(initiatives.idsTitled(titles));
            Map<Long, Initiative> byId = new HashMap<>();
            Map<String, List<Initiative>> byTitle = new HashMap<>();
            for (Initiative initiative : initiatives.withOrganizations(toLoad)) {
                byId.put(initiative.getId(), initiative);
                byTitle.computeIfAbsent(titleKey(initiative.getTitle()), k -> new ArrayList<>()).add(initiative);
            }
            Set<Long> knownAgreements = agreements.detailsOf(agreementIds).stream().map(AgreementDetails::id).collect(Collectors.toSet());
            Set<String> slugs = new LinkedHashSet<>();
            for (Object values : read) {
                if (values instanceof Values v) {
                    v.organizations().stream().map(directory::resolve).filter(OrganizationDirectory.Reference::found)
                            .forEach(reference -> slugs.add(reference.slug()));
                }
            }
            // The chunk's organizations, loaded in one statement, so that saving a row does not look each one up again.
            Map<String, Organization> loaded = new HashMap<>();
            organizations.findAllBySlugs(slugs).forEach(organization -> loaded.put(organization.getSlug(), organization));
            List<RowPlan> plans = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                ImportRow row = chunk.get(i);
                if (read.get(i) instanceof RowError error) {
                    plans.add(RowPlan.error(row, label(row), error));
                    continue;
                }
                try {
                    plans.add(plan(row, (Values) read.get(i), byId, byTitle, knownAgreements, loaded));
                } catch (RowProblem problem) {
                    plans.add(RowPlan.error(row, label(row), problem.error()));
                }
            }
            return plans;
        }

        private RowPlan plan(ImportRow row, Values values, Map<Long, Initiative> byId, Map<String, List<Initiative>> byTitle,
                             Set<Long> knownAgreements, Map<String, Organization> loaded) {
            Initiative current = values.id() == null ? null : byId.get(values.id());
            if (current == null) {
                List<Initiative> sameTitle = byTitle.getOrDefault(titleKey(values.title()), List.of());
                if (sameTitle.size() > 1) {
                    throw RowProblem.in("title_ko", "import.error.ambiguousInitiative",
                            sameTitle.stream().map(initiative -> "#" + initiative.getId()).collect(Collectors.joining(", ")));
                }
                current = sameTitle.isEmpty() ? null : sameTitle.get(0);
            }
            String key = current != null ? "#" + current.getId() : titleKey(values.title());
            seenKeys.requireFirst(key, row, values.id() != null ? "id" : "title_ko");
            if (values.agreementId() != null && !knownAgreements.contains(values.agreementId())) {
                throw RowProblem.in("agreement", "import.error.unknownAgreement", row.get("agreement"));
            }
            List<String> slugs = new ArrayList<>();
            for (String reference : values.organizations()) {
                String slug = organizationsToCreate.slugOf(reference, "organizations", values.createIfMissing());
                if (slugs.contains(slug)) {
                    throw RowProblem.in("organizations", "import.error.sameOrganizationTwice", reference);
                }
                slugs.add(slug);
            }
            OrganizationsToCreate.ForRow createdHere = organizationsToCreate.among(slugs);
            List<InitiativeRole> roles = values.rolesFor(slugs, current);
            if (current == null) {
                values.requireOrdered();
                InitiativeChange change = change(values, null, slugs, roles, loaded);
                return RowPlan.create(row, label(row), createdHere.changes(), () -> {
                    createdHere.create();
                    initiatives.create(change);
                });
            }
            values.requireOrdered();
            List<FieldChange> changes = new ArrayList<>(createdHere.changes());
            changes.addAll(values.changesFrom(current, slugs, roles));
            long id = current.getId();
            long version = current.getVersion();
            InitiativeChange change = change(values, current, slugs, roles, loaded);
            return RowPlan.update(row, label(row), changes, () -> {
                createdHere.create();
                initiatives.update(id, version, change);
            });
        }
    }

    private static InitiativeChange change(Values values, Initiative before, List<String> slugs, List<InitiativeRole> roles,
                                           Map<String, Organization> loaded) {
        Dates kept = values.datesKeeping(before);
        return new InitiativeChange() {
            @Override
            public Initiative newInitiative() {
                return new Initiative(values.title(), values.kind(), values.status());
            }

            @Override
            public void applyTo(Initiative initiative, Lookups lookups) {
                initiative.retitle(values.title());
                initiative.classify(values.kind(), values.status());
                initiative.describe(values.description());
                initiative.stemFrom(values.agreementId() == null ? null : lookups.agreement(values.agreementId())
                        .orElseThrow(() -> new IllegalArgumentException("validation.unknownAgreement")));
                initiative.redate(kept.announced(), kept.started(), kept.launched(), kept.ended());
                List<InitiativeOrganization> involved = new ArrayList<>();
                for (int i = 0; i < slugs.size(); i++) {
                    Organization organization = loaded.get(slugs.get(i));
                    involved.add(new InitiativeOrganization(organization != null ? organization : lookups.organization(slugs.get(i))
                            .orElseThrow(() -> new IllegalArgumentException("validation.unknownOrganization")), roles.get(i)));
                }
                initiative.replaceOrganizations(involved);
            }
        };
    }

    private static String label(ImportRow row) {
        return row.get("title_ko") != null ? row.get("title_ko") : row.get("title_en");
    }

    private static String titleKey(Bilingual title) {
        return OrganizationDirectory.normalized(title.ko() != null ? title.ko() : title.en());
    }

    private record Dates(PartialDate announced, PartialDate started, PartialDate launched, PartialDate ended) {
    }

    /** One row's values, read and checked. */
    private record Values(Long id, Bilingual title, InitiativeKind kind, InitiativeStatus status, Long agreementId, Dates dates,
                          List<String> organizations, List<InitiativeRole> roles, Bilingual description, boolean createIfMissing) {

        static Values of(ImportRow row) {
            Map<String, Integer> lengths = new HashMap<>(Map.of("title_ko", 300, "title_en", 300, "description_ko", 4000, "description_en", 4000));
            InitiativeCsv.MILESTONES.forEach(milestone -> lengths.put(milestone + "_note", PartialDate.NOTE_MAX_LENGTH));
            ImportValues.requireLengths(row, lengths);
            Long id = null;
            if (row.get("id") != null) {
                try {
                    id = Long.parseLong(row.get("id"));
                } catch (NumberFormatException notANumber) {
                    throw RowProblem.in("id", "import.error.id", row.get("id"));
                }
            }
            Bilingual title = Bilingual.of(row.get("title_ko"), row.get("title_en"));
            if (title.isEmpty()) {
                throw RowProblem.in("title_ko", "import.error.titleRequired");
            }
            InitiativeKind kind = ImportValues.choice(InitiativeKind.class, row.get("kind"), "kind");
            if (kind == null) {
                throw RowProblem.in("kind", "import.error.required", "kind");
            }
            InitiativeStatus status = ImportValues.choice(InitiativeStatus.class, row.get("status"), "status");
            if (status == null) {
                throw RowProblem.in("status", "import.error.required", "status");
            }
            Long agreementId = null;
            if (row.get("agreement") != null) {
                agreementId = ReferenceText.idOf(row.get("agreement"))
                        .orElseThrow(() -> RowProblem.in("agreement", "import.error.unknownAgreement", row.get("agreement")));
            }
            List<InitiativeRole> roles = new ArrayList<>();
            for (String role : row.get("organization_roles") == null ? List.<String>of() : List.of(row.get("organization_roles").split(";", -1))) {
                roles.add(role.isBlank() ? null : ImportValues.choice(InitiativeRole.class, role, "organization_roles"));
            }
            List<String> organizations = ImportValues.list(row, "organizations");
            if (roles.size() > organizations.size()) {
                throw RowProblem.in("organization_roles", "import.error.moreRolesThanOrganizations", roles.size(), organizations.size());
            }
            Dates dates = new Dates(milestone(row, "announced"), milestone(row, "started"), milestone(row, "launched"), milestone(row, "ended"));
            return new Values(id, title, kind, status, agreementId, dates, organizations, roles,
                    Bilingual.of(row.get("description_ko"), row.get("description_en")), ImportValues.yes(row, "create_if_missing"));
        }

        private static PartialDate milestone(ImportRow row, String milestone) {
            return ImportValues.date(row, milestone, milestone + "_precision", milestone + "_inferred", milestone + "_note");
        }

        /** Each organization's role: as given, else the role it has now, else partner. */
        List<InitiativeRole> rolesFor(List<String> slugs, Initiative current) {
            List<InitiativeRole> resolved = new ArrayList<>();
            for (int i = 0; i < slugs.size(); i++) {
                String slug = slugs.get(i);
                InitiativeRole given = i < roles.size() ? roles.get(i) : null;
                InitiativeRole now = current == null ? null : current.getOrganizations().stream()
                        .filter(io -> io.getOrganization().getSlug().equals(slug)).map(InitiativeOrganization::getRole).findFirst().orElse(null);
                resolved.add(given != null ? given : now != null ? now : InitiativeRole.PARTNER);
            }
            return resolved;
        }

        /** @throws RowProblem when the initiative would end before it starts */
        void requireOrdered() {
            PartialDate started = dates.started();
            PartialDate ended = dates.ended();
            if (started != null && ended != null && ended.end().isBefore(started.start())) {
                throw RowProblem.in("ended", "import.error.endsBeforeStarted", started.toIsoString());
            }
        }

        /**
         * The row's milestones, each kept as the record has it where the file shows it the same: the export writes
         * no Korean note, so a date it re-imports keeps the one the record has.
         */
        Dates datesKeeping(Initiative current) {
            if (current == null) {
                return dates;
            }
            return new Dates(same(current.getAnnounced(), dates.announced()), same(current.getStarted(), dates.started()),
                    same(current.getLaunched(), dates.launched()), same(current.getEnded(), dates.ended()));
        }

        private static PartialDate same(PartialDate now, PartialDate imported) {
            return ImportValues.shown(now).equals(ImportValues.shown(imported)) ? now : imported;
        }

        List<FieldChange> changesFrom(Initiative current, List<String> slugs, List<InitiativeRole> newRoles) {
            List<FieldChange> changes = new ArrayList<>();
            OrganizationsLayout.compare(changes, "title_ko", current.getTitle().ko(), title.ko());
            OrganizationsLayout.compare(changes, "title_en", current.getTitle().en(), title.en());
            OrganizationsLayout.compare(changes, "kind", current.getKind().name(), kind.name());
            OrganizationsLayout.compare(changes, "status", current.getStatus().name(), status.name());
            OrganizationsLayout.compare(changes, "agreement", current.getAgreement() == null ? null : String.valueOf(current.getAgreement().getId()),
                    agreementId == null ? null : String.valueOf(agreementId));
            OrganizationsLayout.compare(changes, "announced", ImportValues.shown(current.getAnnounced()), ImportValues.shown(dates.announced()));
            OrganizationsLayout.compare(changes, "started", ImportValues.shown(current.getStarted()), ImportValues.shown(dates.started()));
            OrganizationsLayout.compare(changes, "launched", ImportValues.shown(current.getLaunched()), ImportValues.shown(dates.launched()));
            OrganizationsLayout.compare(changes, "ended", ImportValues.shown(current.getEnded()), ImportValues.shown(dates.ended()));
            OrganizationsLayout.compare(changes, "organizations",
                    current.getOrganizations().stream().map(io -> io.getOrganization().getSlug()).collect(Collectors.joining(";")),
                    String.join(";", slugs));
            OrganizationsLayout.compare(changes, "organization_roles",
                    current.getOrganizations().stream().map(io -> io.getRole().name()).collect(Collectors.joining(";")),
                    newRoles.stream().map(Enum::name).collect(Collectors.joining(";")));
            OrganizationsLayout.compare(changes, "description_ko", current.getDescription().ko(), description.ko());
            OrganizationsLayout.compare(changes, "description_en", current.getDescription().en(), description.en());
            return changes;
        }
    }
}
