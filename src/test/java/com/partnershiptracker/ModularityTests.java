package com.partnershiptracker;

import com.partnershiptracker.audit.AuditedKind;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violation;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /** Cycles allowed, by the modules they pass through. */
    static final Map<Set<String>, String> ALLOWED_CYCLES = Map.of(
            Set.of("agreement", "initiative"), "an initiative stems from an agreement (Initiative.agreement), and "
                    + "the agreement's page and API list the initiatives it produced (InitiativeService); breaking "
                    + "it needs agreement-side read models of initiatives, which is a redesign of its own");

    static final ApplicationModules MODULES = ApplicationModules.of(PartnershipTrackerApplication.class,
            DescribedPredicate.describe("ignored types", (JavaClass type) -> IGNORED.keySet().stream()
                    .anyMatch(ignored -> type.isEquivalentTo(ignored) || type.getName().startsWith(ignored.getName() + "$"))));

    private static final Pattern SLICE = Pattern.compile("Slice (\\w+)");

    @Test
    void modulesDependOnEachOtherWithoutCyclesAndOnlyThroughTheirInterfaces() {
        MODULES.detectViolations().filter(violation -> !isAllowedCycle(violation)).throwIfPresent();
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
    void everyAllowedCycleIsStillThere() {
        Set<Set<String>> found = new java.util.HashSet<>();
        MODULES.detectViolations().getMessages().forEach(message -> {
            Set<String> slices = slices(message);
            if (!slices.isEmpty()) {
                found.add(slices);
            }
        });
        assertThat(found).as("an allowed cycle that is gone should leave ALLOWED_CYCLES").containsAll(ALLOWED_CYCLES.keySet());
    }

    private static boolean isAllowedCycle(Violation violation) {
        return violation.getMessage().startsWith("Cycle detected") && ALLOWED_CYCLES.containsKey(slices(violation.getMessage()));
    }

    private static Set<String> slices(String message) {
        Set<String> slices = new TreeSet<>();
        if (message.startsWith("Cycle detected")) {
            // The heading names the cycle's modules; the dependency lines below it name only the same ones.
            Matcher matcher = SLICE.matcher(message.split("\\n\\s*1\\. ")[0]);
            while (matcher.find()) {
                slices.add(matcher.group(1));
            }
        }
        return slices;
    }
}
