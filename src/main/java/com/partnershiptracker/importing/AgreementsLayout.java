package com.partnershiptracker.importing;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementChange;
import com.partnershiptracker.agreement.AgreementCsv;
import com.partnershiptracker.agreement.AgreementDetails;
import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.agreement.AgreementParty;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.agreement.PartyRole;
import com.partnershiptracker.agreement.PartySummary;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Agreements with their parties, in the columns of /agreements.csv. A row is the agreement its {@code id} names
 * when one has it; else the agreement with the same title (Korean, else English; compared as names are) and the
 * same key date; else a new one. {@code date} (with {@code date_precision}, {@code date_inferred} and
 * {@code date_note}, {@code date_note_ko}) is the key date, and {@code date_kind} (signed, announced or effective,
 * as the export writes it) says which: that milestone gets the date, and the milestones chosen before it as key date
 * are cleared, so the date stays the key date. Without {@code date_kind}, an update replaces whichever date is the
 * key date and a create makes it the signing date. {@code parties} are references separated by ';', {@code party_roles} their roles in the same
 * order (principal when blank). {@code url} and {@code sources} are the export's and are not read.
 * {@code create_if_missing=yes} creates an organization (kind other) for each party that names none.
 */
@Component
@Order(2)
class AgreementsLayout implements ImportLayout {

    private final AgreementService agreements;
    private final OrganizationService organizations;

    AgreementsLayout(AgreementService agreements, OrganizationService organizations) {
        this.agreements = agreements;
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return "agreements";
    }

    @Override
    public List<String> columns() {
        List<String> columns = new ArrayList<>(AgreementCsv.COLUMNS);
        columns.add("create_if_missing");
        return columns;
    }

    @Override
    public Set<String> optionalColumns() {
        return Set.of("id", "url", "sources", "date_inferred", "party_roles", "date_kind", "date_note", "date_note_ko",
                "create_if_missing");
    }

    @Override
    public List<List<String>> examples() {
        return List.of(
                List.of("", "예시은행–예시통신 업무협약", "Example Bank–Example Telecom MOU", "mou", "signed", "2021.03.05", "day",
                        "example-bank; Example Telecom", "디지털 금융 협력", "Digital finance cooperation", "", "", "", "principal;principal",
                        "signed", "", "", "yes"),
                List.of("", "", "Example payments tie-up", "service_partnership", "active", "2022년 7월", "month",
                        "example-bank; 예시페이", "", "", "", "", "yes", "", "announced", "announced in a July interview", "7월 인터뷰에서 발표",
                        "yes"));
    }

    @Override
    public String exportPath() {
        return "/agreements.csv";
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
            for (ImportRow row : chunk) {
                try {
                    Values values = Values.of(row);
                    read.add(values);
                    if (values.id() != null) {
                        ids.add(values.id());
                    }
                } catch (RowProblem problem) {
                    read.add(problem.error());
                }
            }
            Map<Long, AgreementDetails> byId = new HashMap<>();
            agreements.detailsOf(ids).forEach(details -> byId.put(details.id(), details));
            Set<String> titles = new LinkedHashSet<>();
            for (Object values : read) {
                if (values instanceof Values v && (v.id() == null || !byId.containsKey(v.id()))) {
                    titles.add(v.title().ko() != null ? v.title().ko().strip().toLowerCase(Locale.ROOT) : v.title().en().strip().toLowerCase(Locale.ROOT));
                    if (v.title().en() != null) {
                        titles.add(v.title().en().strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            Map<String, List<AgreementDetails>> byNaturalKey = new HashMap<>();
            agreements.detailsOf(agreements.idsTitled(titles).stream().filter(id -> !byId.containsKey(id)).toList())
                    .forEach(details -> byNaturalKey.computeIfAbsent(naturalKey(details.title(), details.keyDate()), k -> new ArrayList<>()).add(details));
            byId.values().forEach(details -> byNaturalKey.computeIfAbsent(naturalKey(details.title(), details.keyDate()), k -> new ArrayList<>()).add(details));
            Set<String> partySlugs = new LinkedHashSet<>();
            for (Object values : read) {
                if (values instanceof Values v) {
                    v.parties().stream().map(directory::resolve).filter(OrganizationDirectory.Reference::found)
                            .forEach(reference -> partySlugs.add(reference.slug()));
                }
            }
            // The chunk's parties, loaded in one statement, so that saving a row does not look each one up again.
            Map<String, Organization> parties = new HashMap<>();
            organizations.findAllBySlugs(partySlugs).forEach(organization -> parties.put(organization.getSlug(), organization));
            List<RowPlan> plans = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                ImportRow row = chunk.get(i);
                if (read.get(i) instanceof RowError error) {
                    plans.add(RowPlan.error(row, label(row), error));
                    continue;
                }
                Values values = (Values) read.get(i);
                try {
                    plans.add(plan(row, values, byId, byNaturalKey, parties));
                } catch (RowProblem problem) {
                    plans.add(RowPlan.error(row, label(row), problem.error()));
                }
            }
            return plans;
        }

        private RowPlan plan(ImportRow row, Values values, Map<Long, AgreementDetails> byId, Map<String, List<AgreementDetails>> byNaturalKey,
                             Map<String, Organization> loaded) {
            AgreementDetails current = values.id() == null ? null : byId.get(values.id());
            String naturalKey = naturalKey(values.title(), values.date());
            if (current == null) {
                List<AgreementDetails> sameKey = byNaturalKey.getOrDefault(naturalKey, List.of());
                if (sameKey.size() > 1) {
                    throw RowProblem.in("title_ko", "import.error.ambiguousAgreement",
                            sameKey.stream().map(details -> "#" + details.id()).collect(Collectors.joining(", ")));
                }
                current = sameKey.isEmpty() ? null : sameKey.get(0);
            }
            String key = current != null ? "#" + current.id() : naturalKey;
            seenKeys.requireFirst(key, row, values.id() != null ? "id" : "title_ko");
            List<String> partySlugs = new ArrayList<>();
            for (String reference : values.parties()) {
                String slug = organizationsToCreate.slugOf(reference, "parties", values.createIfMissing());
                if (partySlugs.contains(slug)) {
                    throw RowProblem.in("parties", "import.error.samePartyTwice", reference);
                }
                partySlugs.add(slug);
            }
            if (partySlugs.size() < Agreement.MINIMUM_PARTIES) {
                throw RowProblem.in("parties", "import.error.twoParties");
            }
            OrganizationsToCreate.ForRow createdHere = organizationsToCreate.among(partySlugs);
            List<PartyRole> roles = values.rolesFor(partySlugs, current);
            if (current == null) {
                AgreementChange change = (agreement, lookups) -> {
                    values.applyTo(agreement, null);
                    agreement.replaceParties(parties(partySlugs, roles, loaded, lookups));
                };
                return RowPlan.create(row, label(row), createdHere.changes(), () -> {
                    createdHere.create();
                    agreements.create(new Agreement(values.title(), values.kind(), values.status()), change);
                });
            }
            requireNotEndingBeforeSigned(values, current);
            List<FieldChange> changes = new ArrayList<>(createdHere.changes());
            changes.addAll(values.changesFrom(current, partySlugs, roles));
            long id = current.id();
            long version = current.version();
            AgreementDetails before = current;
            AgreementChange change = (agreement, lookups) -> {
                values.applyTo(agreement, before);
                agreement.replaceParties(parties(partySlugs, roles, loaded, lookups));
            };
            return RowPlan.update(row, label(row), changes, () -> {
                createdHere.create();
                agreements.update(id, version, change);
            });
        }
    }

    private static void requireNotEndingBeforeSigned(Values values, AgreementDetails current) {
        boolean keyIsSigned = current.signed() != null || (current.announced() == null && current.effective() == null);
        if (keyIsSigned && values.date() != null && current.ended() != null && current.ended().end().isBefore(values.date().start())) {
            throw RowProblem.in("date", "import.error.endsBeforeSigned", current.ended().toIsoString());
        }
    }

    /** The parties, from those the chunk loaded, else (organizations this import created) looked up. */
    private static List<AgreementParty> parties(List<String> slugs, List<PartyRole> roles, Map<String, Organization> loaded,
                                                AgreementChange.Lookups lookups) {
        List<AgreementParty> parties = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            Organization organization = loaded.get(slugs.get(i));
            parties.add(new AgreementParty(organization != null ? organization : lookups.organization(slugs.get(i))
                    .orElseThrow(() -> new IllegalArgumentException("validation.unknownOrganization")), roles.get(i)));
        }
        return parties;
    }

    private static String label(ImportRow row) {
        return row.get("title_ko") != null ? row.get("title_ko") : row.get("title_en");
    }

    private static String naturalKey(Bilingual title, PartialDate date) {
        String name = OrganizationDirectory.normalized(title.ko() != null ? title.ko() : title.en());
        return name + "|" + (date == null ? "" : date.toIsoString());
    }

    /** One row's values, read and checked. */
    private record Values(Long id, Bilingual title, AgreementKind kind, AgreementStatus status, PartialDate date,
                          DateKind dateKind, List<String> parties, List<PartyRole> roles, Bilingual summary, boolean createIfMissing) {

        static Values of(ImportRow row) {
            ImportValues.requireLengths(row, Map.of("title_ko", 300, "title_en", 300, "summary_ko", 4000, "summary_en", 4000,
                    "date_note", PartialDate.NOTE_MAX_LENGTH, "date_note_ko", PartialDate.NOTE_MAX_LENGTH));
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
            AgreementKind kind = ImportValues.choice(AgreementKind.class, row.get("kind"), "kind");
            if (kind == null) {
                throw RowProblem.in("kind", "import.error.required", "kind");
            }
            AgreementStatus status = ImportValues.choice(AgreementStatus.class, row.get("status"), "status");
            if (status == null) {
                throw RowProblem.in("status", "import.error.required", "status");
            }
            List<PartyRole> roles = new ArrayList<>();
            for (String role : row.get("party_roles") == null ? List.<String>of() : List.of(row.get("party_roles").split(";", -1))) {
                roles.add(role.isBlank() ? null : ImportValues.choice(PartyRole.class, role, "party_roles"));
            }
            List<String> parties = ImportValues.list(row, "parties");
            if (roles.size() > parties.size()) {
                throw RowProblem.in("party_roles", "import.error.moreRolesThanParties", roles.size(), parties.size());
            }
            PartialDate date = ImportValues.date(row, "date", "date_precision", "date_inferred", "date_note");
            if (date != null && row.get("date_note_ko") != null) {
                date = date.withNotes(date.note(), row.get("date_note_ko"));
            }
            return new Values(id, title, kind, status, date, ImportValues.choice(DateKind.class, row.get("date_kind"), "date_kind"),
                    parties, roles, Bilingual.of(row.get("summary_ko"), row.get("summary_en")),
                    ImportValues.yes(row, "create_if_missing"));
        }

        /** Each party's role: as given, else the role the party has now, else principal. */
        List<PartyRole> rolesFor(List<String> slugs, AgreementDetails current) {
            List<PartyRole> resolved = new ArrayList<>();
            for (int i = 0; i < slugs.size(); i++) {
                String slug = slugs.get(i);
                PartyRole given = i < roles.size() ? roles.get(i) : null;
                PartyRole now = current == null ? null : current.parties().stream().filter(party -> party.slug().equals(slug))
                        .map(PartySummary::role).findFirst().orElse(null);
                resolved.add(given != null ? given : now != null ? now : PartyRole.PRINCIPAL);
            }
            return resolved;
        }

        void applyTo(Agreement agreement, AgreementDetails before) {
            agreement.retitle(title);
            agreement.classify(kind, status);
            agreement.summarize(summary);
            if (dateKind != null && date != null) {
                switch (dateKind) {
                    case SIGNED -> agreement.redate(agreement.getAnnounced(), date, agreement.getEffective(), agreement.getEnded());
                    case ANNOUNCED -> agreement.redate(date, null, agreement.getEffective(), agreement.getEnded());
                    case EFFECTIVE -> agreement.redate(null, null, date, agreement.getEnded());
                }
            } else if (before == null || (agreement.getSigned() == null && agreement.getAnnounced() == null && agreement.getEffective() == null)) {
                agreement.redate(agreement.getAnnounced(), date, agreement.getEffective(), agreement.getEnded());
            } else if (agreement.getSigned() != null) {
                agreement.redate(agreement.getAnnounced(), date, agreement.getEffective(), agreement.getEnded());
            } else if (agreement.getAnnounced() != null) {
                agreement.redate(date, null, agreement.getEffective(), agreement.getEnded());
            } else {
                agreement.redate(null, null, date, agreement.getEnded());
            }
        }

        List<FieldChange> changesFrom(AgreementDetails current, List<String> partySlugs, List<PartyRole> partyRoles) {
            List<FieldChange> changes = new ArrayList<>();
            OrganizationsLayout.compare(changes, "title_ko", current.title().ko(), title.ko());
            OrganizationsLayout.compare(changes, "title_en", current.title().en(), title.en());
            OrganizationsLayout.compare(changes, "kind", current.kind().name(), kind.name());
            OrganizationsLayout.compare(changes, "status", current.status().name(), status.name());
            OrganizationsLayout.compare(changes, "date", ImportValues.shown(current.keyDate()), ImportValues.shown(date));
            OrganizationsLayout.compare(changes, "date_note_ko", current.keyDate() == null ? null : current.keyDate().noteKo(),
                    date == null ? null : date.noteKo());
            if (dateKind != null && date != null) {
                OrganizationsLayout.compare(changes, "date_kind", DateKind.of(current), dateKind.name());
            }
            OrganizationsLayout.compare(changes, "parties",
                    current.parties().stream().map(PartySummary::slug).collect(Collectors.joining(";")), String.join(";", partySlugs));
            OrganizationsLayout.compare(changes, "party_roles",
                    current.parties().stream().map(party -> party.role().name()).collect(Collectors.joining(";")),
                    partyRoles.stream().map(Enum::name).collect(Collectors.joining(";")));
            OrganizationsLayout.compare(changes, "summary_ko", current.summary().ko(), summary.ko());
            OrganizationsLayout.compare(changes, "summary_en", current.summary().en(), summary.en());
            return changes;
        }
    }

    /** Which milestone the key date is: {@code date_kind}, in the order the key date is chosen. */
    private enum DateKind {
        SIGNED, ANNOUNCED, EFFECTIVE;

        static String of(AgreementDetails current) {
            return current.signed() != null ? SIGNED.name() : current.announced() != null ? ANNOUNCED.name()
                    : current.effective() != null ? EFFECTIVE.name() : null;
        }
    }
}
