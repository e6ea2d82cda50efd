package com.partnershiptracker.importing;

import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.MetricChange;
import com.partnershiptracker.initiative.MetricCsv;
import com.partnershiptracker.initiative.MetricKind;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Figures (targets and actuals), in the columns of /metrics.csv, which writes targets first. A row is the figure its
 * {@code id} names when one has it; else the one of the same kind, subject, measure (compared as names are) and
 * dates; else a new one. A figure is about an {@code organization} (a reference), an {@code initiative} (its id) or
 * both. {@code progress_toward} names the target an actual counts toward: an existing figure's id, or the {@code id}
 * of a target row earlier in the same file (so an export re-imports into a record that lacks them);
 * {@code progress_part=yes} when the actual counts only part of it. {@code create_if_missing=yes} creates an
 * unknown organization (kind other).
 */
@Component
@Order(6)
class MetricsLayout implements ImportLayout {

    private final InitiativeService initiatives;
    private final OrganizationService organizations;

    MetricsLayout(InitiativeService initiatives, OrganizationService organizations) {
        this.initiatives = initiatives;
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public List<String> columns() {
        List<String> columns = new ArrayList<>(MetricCsv.COLUMNS);
        columns.add("create_if_missing");
        return columns;
    }

    @Override
    public Set<String> optionalColumns() {
        return Set.of("id", "initiative", "measure_ko", "measure_en", "value", "unit", "printed_as", "as_of_precision", "as_of_inferred",
                "as_of_note", "target_date", "target_date_precision", "target_date_inferred", "target_date_note", "progress_toward",
                "progress_part", "create_if_missing");
    }

    @Override
    public List<List<String>> examples() {
        return List.of(
                List.of("", "target", "k-bank", "", "고객 수", "Customers", "15000000", "people", "1,500만 명", "2021-07", "month", "", "",
                        "2023", "year", "", "", "", "", ""),
                List.of("", "actual", "k-bank", "", "고객 수", "Customers", "7190000", "people", "719만 명", "2021-10", "month", "", "",
                        "", "", "", "", "", "", ""));
    }

    @Override
    public String exportPath() {
        return "/metrics.csv";
    }

    @Override
    public ImportRun start() {
        Run run = new Run(new OrganizationDirectory(organizations.allNames()));
        return run::plan;
    }

    /** A target the file creates, found by the id its row carried; the id it gets once saved. */
    private record PlannedTarget(String organizationSlug, Long initiativeId, String unit, boolean hasValue, AtomicReference<Long> savedId) {
    }

    private final class Run {
        private final OrganizationDirectory directory;
        private final SeenKeys seenKeys = new SeenKeys();
        private final Map<Long, PlannedTarget> plannedTargets = new HashMap<>();
        private final OrganizationsToCreate organizationsToCreate;

        Run(OrganizationDirectory directory) {
            this.directory = directory;
            this.organizationsToCreate = new OrganizationsToCreate(directory, organizations);
        }

        List<RowPlan> plan(List<ImportRow> chunk) {
            List<Object> read = new ArrayList<>(chunk.size());
            Set<Long> ids = new LinkedHashSet<>();
            Set<String> measures = new LinkedHashSet<>();
            Set<String> slugs = new LinkedHashSet<>();
            for (ImportRow row : chunk) {
                try {
                    Values values = Values.of(row);
                    read.add(values);
                    if (values.id() != null) {
                        ids.add(values.id());
                    }
                    if (values.progressToward() != null) {
                        ids.add(values.progressToward());
                    }
                    measures.add(Normalizer.normalize(values.measure().ko() != null ? values.measure().ko() : values.measure().en(),
                            Normalizer.Form.NFKC));
                    OrganizationDirectory.Reference reference = values.organization() == null ? null : directory.resolve(values.organization());
                    if (reference != null && reference.found()) {
                        slugs.add(reference.slug());
                    }
                } catch (RowProblem problem) {
                    read.add(problem.error());
                }
            }
            Set<Long> toLoad = new LinkedHashSet<>(ids);
            toLoad.addAll(initiatives.metricIdsMeasuring(measures));
            Map<Long, Metric> byId = new HashMap<>();
            Map<String, List<Metric>> byNaturalKey = new HashMap<>();
            for (Metric metric : initiatives.metricsWithSubjects(toLoad)) {
                byId.put(metric.getId(), metric);
                byNaturalKey.computeIfAbsent(naturalKey(metric.getKind(), metric.getOrganization() == null ? null : metric.getOrganization().getSlug(),
                        metric.getInitiative() == null ? null : metric.getInitiative().getId(), metric.getMeasure(), metric.getAsOf(), metric.getTarget()),
                        k -> new ArrayList<>()).add(metric);
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
                    plans.add(plan(row, (Values) read.get(i), byId, byNaturalKey, loaded));
                } catch (RowProblem problem) {
                    plans.add(RowPlan.error(row, label(row), problem.error()));
                }
            }
            return plans;
        }

        private RowPlan plan(ImportRow row, Values values, Map<Long, Metric> byId, Map<String, List<Metric>> byNaturalKey,
                             Map<String, Organization> loaded) {
            String slug = values.organization() == null ? null
                    : organizationsToCreate.slugOf(values.organization(), "organization", values.createIfMissing());
            OrganizationsToCreate.ForRow createdHere = organizationsToCreate.among(Collections.singletonList(slug));
            Metric current = values.id() == null ? null : byId.get(values.id());
            String naturalKey = naturalKey(values.kind(), slug, values.initiativeId(), values.measure(), values.asOf(), values.targetDate());
            if (current == null) {
                List<Metric> same = byNaturalKey.getOrDefault(naturalKey, List.of());
                if (same.size() > 1) {
                    throw RowProblem.in("measure_ko", "import.error.ambiguousMetric",
                            same.stream().map(metric -> "#" + metric.getId()).collect(Collectors.joining(", ")));
                }
                current = same.isEmpty() ? null : same.get(0);
            }
            if (current != null && current.getKind() != values.kind()) {
                throw RowProblem.in("kind", "import.error.metricKindChanges", current.getKind().name());
            }
            String key = current != null ? "#" + current.getId() : naturalKey;
            seenKeys.requireFirst(key, row, values.id() != null ? "id" : "measure_ko");
            Long existingTarget = null;
            PlannedTarget plannedTarget = null;
            if (values.progressToward() != null) {
                Metric target = byId.get(values.progressToward());
                plannedTarget = plannedTargets.get(values.progressToward());
                if (plannedTarget == null && target == null) {
                    throw RowProblem.in("progress_toward", "import.error.unknownTarget", values.progressToward());
                }
                if (plannedTarget != null) {
                    values.requireMeasurable(plannedTarget.organizationSlug(), plannedTarget.initiativeId(), plannedTarget.unit(),
                            plannedTarget.hasValue(), slug);
                } else {
                    if (target.getKind() != MetricKind.TARGET) {
                        throw RowProblem.in("progress_toward", "import.error.notATarget", values.progressToward());
                    }
                    values.requireMeasurable(target.getOrganization() == null ? null : target.getOrganization().getSlug(),
                            target.getInitiative() == null ? null : target.getInitiative().getId(), target.getUnit(), target.getValue() != null, slug);
                    existingTarget = target.getId();
                }
            }
            AtomicReference<Long> savedId = new AtomicReference<>(current == null ? null : current.getId());
            if (values.kind() == MetricKind.TARGET && values.id() != null && current == null) {
                plannedTargets.put(values.id(), new PlannedTarget(slug, values.initiativeId(), values.unit(), values.value() != null, savedId));
            }
            Long targetId = existingTarget;
            AtomicReference<Long> plannedTargetId = plannedTarget == null ? null : plannedTarget.savedId();
            MetricChange change = change(values, slug, loaded, () -> targetId != null ? targetId
                    : plannedTargetId == null ? null : plannedTargetId.get());
            if (current == null) {
                return RowPlan.create(row, label(row), createdHere.changes(), () -> {
                    createdHere.create();
                    savedId.set(initiatives.createMetric(change).getId());
                });
            }
            List<FieldChange> changes = new ArrayList<>(createdHere.changes());
            changes.addAll(values.changesFrom(current, slug));
            long id = current.getId();
            long version = current.getVersion();
            return RowPlan.update(row, label(row), changes, () -> {
                createdHere.create();
                initiatives.updateMetric(id, version, change);
            });
        }
    }

    private static MetricChange change(Values values, String slug, Map<String, Organization> loaded, java.util.function.Supplier<Long> target) {
        return new MetricChange() {
            @Override
            public Metric newMetric(Lookups lookups) {
                Organization organization = organization(lookups);
                Initiative initiative = initiative(lookups);
                return values.kind() == MetricKind.TARGET ? Metric.target(organization, initiative, values.measure())
                        : Metric.actual(organization, initiative, values.measure());
            }

            @Override
            public void applyTo(Metric metric, Lookups lookups) {
                metric.about(organization(lookups), initiative(lookups));
                metric.remeasure(values.measure());
                metric.record(values.value(), values.unit(), values.printedAs());
                metric.asOf(same(metric.getAsOf(), values.asOf()));
                metric.targetFor(same(metric.getTarget(), values.targetDate()));
                Long targetId = target.get();
                Metric toward = targetId == null ? null : lookups.metric(targetId)
                        .orElseThrow(() -> new IllegalArgumentException("validation.unknownTarget"));
                if (toward != null && values.progressPart()) {
                    metric.measurePartOf(toward, lookups.groups());
                } else {
                    metric.measureProgressToward(toward);
                }
            }

            private Organization organization(Lookups lookups) {
                if (slug == null) {
                    return null;
                }
                Organization organization = loaded.get(slug);
                return organization != null ? organization : lookups.organization(slug)
                        .orElseThrow(() -> new IllegalArgumentException("validation.unknownOrganization"));
            }

            private Initiative initiative(Lookups lookups) {
                return values.initiativeId() == null ? null : lookups.initiative(values.initiativeId())
                        .orElseThrow(() -> new IllegalArgumentException("validation.unknownInitiative"));
            }
        };
    }

    /** The record's date where the file shows it the same: the export writes no Korean note. */
    private static PartialDate same(PartialDate now, PartialDate imported) {
        return ImportValues.shown(now).equals(ImportValues.shown(imported)) ? now : imported;
    }

    private static String label(ImportRow row) {
        return row.get("measure_ko") != null ? row.get("measure_ko") : row.get("measure_en");
    }

    private static String naturalKey(MetricKind kind, String slug, Long initiativeId, Bilingual measure, PartialDate asOf, PartialDate target) {
        return kind + "|" + slug + "|" + initiativeId + "|" + OrganizationDirectory.normalized(measure.ko() != null ? measure.ko() : measure.en())
                + "|" + (asOf == null ? "" : asOf.toIsoString()) + "|" + (target == null ? "" : target.toIsoString());
    }

    /** One row's values, read and checked. */
    private record Values(Long id, MetricKind kind, String organization, Long initiativeId, Bilingual measure, BigDecimal value, String unit,
                          String printedAs, PartialDate asOf, PartialDate targetDate, Long progressToward, boolean progressPart,
                          boolean createIfMissing) {

        static Values of(ImportRow row) {
            ImportValues.requireLengths(row, Map.of("measure_ko", 200, "measure_en", 200, "unit", 40, "printed_as", 200,
                    "as_of_note", PartialDate.NOTE_MAX_LENGTH, "target_date_note", PartialDate.NOTE_MAX_LENGTH));
            Long id = number(row, "id");
            MetricKind kind = ImportValues.choice(MetricKind.class, row.get("kind"), "kind");
            if (kind == null) {
                throw RowProblem.in("kind", "import.error.required", "kind");
            }
            Long initiativeId = null;
            if (row.get("initiative") != null) {
                initiativeId = ReferenceText.idOf(row.get("initiative"))
                        .orElseThrow(() -> RowProblem.in("initiative", "import.error.id", row.get("initiative")));
            }
            if (row.get("organization") == null && initiativeId == null) {
                throw RowProblem.in("organization", "import.error.metricSubject");
            }
            Bilingual measure = Bilingual.of(row.get("measure_ko"), row.get("measure_en"));
            if (measure.isEmpty()) {
                throw RowProblem.in("measure_ko", "import.error.measureRequired");
            }
            BigDecimal value = null;
            if (row.get("value") != null) {
                try {
                    value = new BigDecimal(row.get("value").replace(",", "").replace("_", ""));
                } catch (NumberFormatException notANumber) {
                    throw RowProblem.in("value", "import.error.number", row.get("value"));
                }
            }
            if (value == null && row.get("printed_as") == null) {
                throw RowProblem.in("value", "import.error.valueOrPrinted");
            }
            PartialDate targetDate = ImportValues.date(row, "target_date", "target_date_precision", "target_date_inferred", "target_date_note");
            if (targetDate != null && kind != MetricKind.TARGET) {
                throw RowProblem.in("target_date", "import.error.targetDateOfActual");
            }
            Long progressToward = number(row, "progress_toward");
            if (progressToward != null && kind != MetricKind.ACTUAL) {
                throw RowProblem.in("progress_toward", "import.error.progressOfTarget");
            }
            return new Values(id, kind, row.get("organization"), initiativeId, measure, value, row.get("unit"), row.get("printed_as"),
                    ImportValues.date(row, "as_of", "as_of_precision", "as_of_inferred", "as_of_note"), targetDate, progressToward,
                    ImportValues.yes(row, "progress_part"), ImportValues.yes(row, "create_if_missing"));
        }

        private static Long number(ImportRow row, String column) {
            String text = row.get(column);
            if (text == null) {
                return null;
            }
            return ReferenceText.idOf(text).orElseThrow(() -> RowProblem.in(column, "import.error.id", text));
        }

        /**
         * @throws RowProblem when the target is about another subject, or in another unit (a part may be about
         *                    another initiative of the same group, which saving checks)
         */
        void requireMeasurable(String targetSlug, Long targetInitiative, String targetUnit, boolean targetHasValue, String slug) {
            boolean sameSubject = Objects.equals(targetSlug, slug) && Objects.equals(targetInitiative, initiativeId);
            boolean sameUnit = Objects.equals(targetUnit, unit);
            if (progressPart ? !sameUnit : !sameSubject || (targetHasValue && value != null && !sameUnit)) {
                throw RowProblem.in("progress_toward", "import.error.targetMismatch", progressToward);
            }
        }

        List<FieldChange> changesFrom(Metric current, String slug) {
            List<FieldChange> changes = new ArrayList<>();
            OrganizationsLayout.compare(changes, "organization", current.getOrganization() == null ? null : current.getOrganization().getSlug(), slug);
            OrganizationsLayout.compare(changes, "initiative", current.getInitiative() == null ? null : String.valueOf(current.getInitiative().getId()),
                    initiativeId == null ? null : String.valueOf(initiativeId));
            OrganizationsLayout.compare(changes, "measure_ko", current.getMeasure().ko(), measure.ko());
            OrganizationsLayout.compare(changes, "measure_en", current.getMeasure().en(), measure.en());
            if (current.getValue() == null || value == null ? current.getValue() != value : current.getValue().compareTo(value) != 0) {
                changes.add(new FieldChange("value", current.getValue() == null ? "" : current.getValue().toPlainString(),
                        value == null ? "" : value.toPlainString()));
            }
            OrganizationsLayout.compare(changes, "unit", current.getUnit(), unit);
            OrganizationsLayout.compare(changes, "printed_as", current.getRawText(), printedAs);
            OrganizationsLayout.compare(changes, "as_of", ImportValues.shown(current.getAsOf()), ImportValues.shown(asOf));
            OrganizationsLayout.compare(changes, "target_date", ImportValues.shown(current.getTarget()), ImportValues.shown(targetDate));
            OrganizationsLayout.compare(changes, "progress_toward",
                    current.getProgressToward() == null ? null : String.valueOf(current.getProgressToward().getId()),
                    progressToward == null ? null : String.valueOf(progressToward));
            OrganizationsLayout.compare(changes, "progress_part", current.getProgressToward() != null && current.isProgressPart() ? "yes" : "",
                    progressToward != null && progressPart ? "yes" : "");
            return changes;
        }
    }
}
