package com.partnershiptracker.support.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The mismatches found since the last test ended. One queue for the whole JVM, because over real
 * HTTP the response is checked on a server thread, not the test's: the tests of a run go one after
 * the other, so what a test's requests produced is in the queue when that test ends.
 */
final class ContractViolations {

    private static final ConcurrentLinkedQueue<String> FOUND = new ConcurrentLinkedQueue<>();

    private ContractViolations() {
    }

    static void record(String violation) {
        FOUND.add(violation);
    }

    static List<String> drain() {
        List<String> drained = new ArrayList<>();
        for (String violation; (violation = FOUND.poll()) != null; ) {
            drained.add(violation);
        }
        return drained;
    }
}
