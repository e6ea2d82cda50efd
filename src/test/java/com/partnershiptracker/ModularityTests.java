package com.partnershiptracker;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The top-level packages under com.partnershiptracker are the application modules (Spring Modulith). The
 * test keeps their dependencies acyclic and keeps every module out of the others' internal packages.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PartnershipTrackerApplication.class);

    @Test
    void modulesDependOnEachOtherWithoutCyclesAndOnlyThroughTheirInterfaces() {
        MODULES.verify();
    }
}
