package com.partnershiptracker;

import com.partnershiptracker.audit.AuditedKind;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top-level packages under com.partnershiptracker are the application modules (Spring Modulith). The test
 * keeps their dependencies acyclic and keeps every module out of the others' internal packages (sub-packages
 * such as {@code web} are internal unless a package-info declares them a named interface). What it lets through
 * is written down here, each with its reason.
 */
class ModularityTests {

    /** Types left out of the analysis. */
    static final Map<Class<?>, String> IGNORED = Map.of(
            AuditedKind.class, "the audit module's list of the entities that keep a history names every feature's "
                    + "entity class; the features use audit (ChangeStamp, RestoreCheck), so counting it would make "
                    + "audit a cycle with each of them");

    /** The module that owns each table or view, by name prefix (the first match counts); *_aud tables are audit's. */
    static final Map<String, String> TABLE_OWNERS = owners(
            "agreement", "agreement", "initiative", "initiative", "metric", "initiative", "organization", "organization",
            "people", "person", "person_", "person", "position", "person", "statement", "statement",
            "sources", "source", "fact_organization_rows", "timeline", "fact_", "source", "timeline", "timeline",
            "network", "network", "users", "security", "sign_in", "security", "account_changes", "security",
            "spring_session", "security", "revinfo", "audit", "duplicate_", "duplicate", "record_merges", "duplicate",
            "merge", "duplicate");

    /**
     * SQL that reads another module's tables instead of asking that module's query class: module, the module whose
     * tables it reads ("*" for any), and why.
     */
    static final List<TableRead> ALLOWED_TABLE_READS = List.of(
            new TableRead("dossier", "*", "the partner dossier is a read model over every kind of record"),
            new TableRead("duplicate", "*", "the duplicate finder compares every organization's or person's names and aliases in one "
                    + "statement, and an unmerge brings a deleted record back under its id from its history"),
            new TableRead("home", "*", "the home page counts every kind of record in one statement"),
            new TableRead("lookup", "*", "the pickers look up every kind of record by name in one statement"),
            new TableRead("network", "*", "the network is a read model of agreements between organizations"),
            new TableRead("search", "*", "the search reads every kind of record in one statement"),
            new TableRead("source", "*", "the sources export and import name every cited record (slugs, keys) in one statement"),
            new TableRead("timeline", "*", "the timeline is a read model that merges every dated fact"),
            new TableRead("agreement", "organization", "an agreement's listing and details name its parties in the same statement"),
            new TableRead("agreement", "person", "an agreement's details name its attendees in the same statement"),
            new TableRead("agreement", "initiative", "AgreementReferences: what refers to an agreement, before it is deleted"),
            new TableRead("agreement", "timeline", "a partner's agreements are paged on the timeline's indexed copy (V9)"),
            new TableRead("initiative", "organization", "the initiative listing names its organizations in the same statement"),
            new TableRead("organization", "agreement", "OrganizationReferences: what refers to an organization, before it is deleted"),
            new TableRead("organization", "initiative", "OrganizationReferences: what refers to an organization, before it is deleted"),
            new TableRead("organization", "person", "OrganizationReferences: what refers to an organization, before it is deleted"),
            new TableRead("organization", "statement", "OrganizationReferences: what refers to an organization, before it is deleted"),
            new TableRead("person", "agreement", "PersonListing: the agreements a person attended, and what refers to a person"),
            new TableRead("person", "organization", "PersonListing names the organizations of a person's positions"),
            new TableRead("person", "statement", "PersonListing: what refers to a person, before it is deleted"),
            new TableRead("audit", "source", "recent changes and history pages label every kind of record (fact_labels, sources)"),
            new TableRead("audit", "security", "recent changes list account changes with the records' changes"),
            new TableRead("security", "audit", "account changes are written as revisions (revinfo), so the history shows who"),
            new TableRead("source", "timeline", "citations of a partner's facts are found through the timeline's fact_organization_rows"));

    private static final Path MAIN_SOURCES = Path.of("src/main/java/com/partnershiptracker");
    private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)\\b");

    static final ApplicationModules MODULES = ApplicationModules.of(PartnershipTrackerApplication.class,
            DescribedPredicate.describe("ignored types", (JavaClass type) -> IGNORED.keySet().stream()
                    .anyMatch(ignored -> type.isEquivalentTo(ignored) || type.getName().startsWith(ignored.getName() + "$"))));

    @Test
    void modulesDependOnEachOtherWithoutCyclesAndOnlyThroughTheirInterfaces() {
        MODULES.verify();
    }

    @Test
    void theValueTypesAndPlumbingModulesDependOnNoFeature() {
        Set<String> plumbing = Set.of("shared", "database", "websupport");
        for (String name : plumbing) {
            Set<String> used = new TreeSet<>();
            MODULES.getModuleByName(name).orElseThrow().getDirectDependencies(MODULES).uniqueModules()
                    .forEach(module -> used.add(module.getIdentifier().toString()));
            assertThat(used).as(name + " depends only on plumbing").isSubsetOf(plumbing);
        }
    }

    @Test
    void leavingOutTheIgnoredTypesIsStillNeeded() {
        ApplicationModules all = ApplicationModules.of(PartnershipTrackerApplication.class);
        assertThat(all.detectViolations().getMessages()).as("once they make no cycle, IGNORED should lose them")
                .anySatisfy(message -> assertThat(message).startsWith("Cycle detected").contains("Slice audit"));
    }

    @Test
    void sqlReadsAnotherModulesTablesOnlyWhereThatIsAnAllowedException() {
        Map<String, Set<String>> reads = tableReads();
        List<String> unexplained = reads.entrySet().stream()
                .filter(read -> ALLOWED_TABLE_READS.stream().noneMatch(allowed -> allowed.covers(read.getKey())))
                .map(read -> read.getKey() + " in " + read.getValue())
                .toList();
        assertThat(unexplained).as("go through the owning module's query class, or add an ALLOWED_TABLE_READS entry").isEmpty();
    }

    @Test
    void everyAllowedTableReadIsStillMade() {
        Set<String> reads = tableReads().keySet();
        List<TableRead> unused = ALLOWED_TABLE_READS.stream()
                .filter(allowed -> !allowed.owner().equals("*") && !reads.contains(allowed.reader() + " -> " + allowed.owner()))
                .toList();
        assertThat(unused).as("an exception no longer needed should leave ALLOWED_TABLE_READS").isEmpty();
    }

    /** "reader -> owner" for each module whose SQL names another module's table, with the files and tables. */
    static Map<String, Set<String>> tableReads() {
        Map<String, Set<String>> reads = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java") && file.getNameCount() > MAIN_SOURCES.getNameCount() + 1)
                    .forEach(file -> {
                        String reader = MAIN_SOURCES.relativize(file).getName(0).toString();
                        Matcher matcher = TABLE.matcher(withoutComments(read(file)));
                        while (matcher.find()) {
                            String owner = ownerOf(matcher.group(1));
                            if (owner != null && !owner.equals(reader)) {
                                reads.computeIfAbsent(reader + " -> " + owner, key -> new TreeSet<>())
                                        .add(file.getFileName() + ":" + matcher.group(1));
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reads;
    }

    static String ownerOf(String table) {
        if (table.endsWith("_aud")) {
            return "audit";
        }
        return TABLE_OWNERS.entrySet().stream().filter(owner -> table.startsWith(owner.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static Map<String, String> owners(String... prefixesAndOwners) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (int i = 0; i < prefixesAndOwners.length; i += 2) {
            owners.put(prefixesAndOwners[i], prefixesAndOwners[i + 1]);
        }
        return owners;
    }

    record TableRead(String reader, String owner, String reason) {

        boolean covers(String read) {
            return owner.equals("*") ? read.startsWith(reader + " -> ") : read.equals(reader + " -> " + owner);
        }
    }
}
