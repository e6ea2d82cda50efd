package com.partnershiptracker.support.contract;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * Fails the test whose requests got an API response that does not match the description, with the
 * validator's report. Registered for every test class (META-INF/services, autodetection switched on
 * in junit-platform.properties); after all of a class, it fails the class for what its @BeforeAll
 * and @AfterAll methods produced.
 */
public class ContractViolationsFailTheTest implements AfterEachCallback, AfterAllCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        failOnViolations();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        failOnViolations();
    }

    private static void failOnViolations() {
        List<String> violations = ContractViolations.drain();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " API response(s) do not match /v3/api-docs:\n"
                    + String.join("\n", violations));
        }
    }
}
