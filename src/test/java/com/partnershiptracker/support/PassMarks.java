package com.partnershiptracker.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pass marks of the reliability battery (issue 8) that one test class measures, for
 * reliability/run.sh to put into reliability/RESULTS.md. Each mark is a row of section, mark,
 * figure and pass or fail; once the class has run, its rows go to
 * {@code target/reliability-marks/<TestClass>.tsv}, replacing the file of an earlier run, together
 * with a last row that counts its tests, so that a test that failed before it recorded its figure
 * still fails the section.
 *
 * <p>Register it in a static field with {@code @RegisterExtension}, and record each mark before
 * asserting it: a failing run then shows the figure it measured, marked "fail".
 */
public final class PassMarks implements TestWatcher, AfterAllCallback {

    static final Path FOLDER = Path.of("target", "reliability-marks");

    /** One mark as it was measured. */
    record Row(String section, String mark, String figure, boolean passed) {

        String line() {
            return String.join("\t", oneLine(section), oneLine(mark), oneLine(figure), passed ? "pass" : "fail");
        }

        /** The file has one row a line and tab-separated cells, so neither may appear inside a cell. */
        private static String oneLine(String text) {
            return text.replaceAll("[\\t\\r\\n]+", " ").strip();
        }
    }

    private final String section;
    private final Path folder;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> unsuccessful = new ArrayList<>();
    private int successful;
    private String classFailure;

    public PassMarks(String section) {
        this(section, FOLDER);
    }

    PassMarks(String section, Path folder) {
        this.section = section;
        this.folder = folder;
    }

    public synchronized void record(String mark, String figure, boolean passed) {
        rows.add(new Row(section, mark, figure, passed));
    }

    @Override
    public synchronized void testSuccessful(ExtensionContext context) {
        successful++;
    }

    @Override
    public synchronized void testFailed(ExtensionContext context, Throwable cause) {
        unsuccessful.add(context.getDisplayName() + " failed");
    }

    @Override
    public synchronized void testAborted(ExtensionContext context, Throwable cause) {
        unsuccessful.add(context.getDisplayName() + " was aborted");
    }

    @Override
    public synchronized void testDisabled(ExtensionContext context, Optional<String> reason) {
        unsuccessful.add(context.getDisplayName() + " is disabled");
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        // A failing @BeforeAll or @AfterAll fails the class without failing a test; a mark it was to record is missing.
        context.getExecutionException().ifPresent(e -> classFailed(e.getClass().getSimpleName()));
        String testClass = context.getRequiredTestClass().getSimpleName();
        write(testClass, folder.resolve(testClass + ".tsv"));
    }

    private synchronized void classFailed(String exception) {
        classFailure = "its set-up or clean-up failed (" + exception + ")";
    }

    synchronized void write(String testClass, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        rows.forEach(row -> lines.add(row.line()));
        lines.add(testsRow(testClass).line());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
    }

    private Row testsRow(String testClass) {
        List<String> figure = new ArrayList<>();
        figure.add(successful + " of " + (successful + unsuccessful.size()) + " passed");
        figure.addAll(unsuccessful.subList(0, Math.min(3, unsuccessful.size())));
        if (unsuccessful.size() > 3) {
            figure.add("…");
        }
        if (classFailure != null) {
            figure.add(classFailure);
        }
        return new Row(section, "every test of " + testClass + " passes", String.join("; ", figure),
                successful > 0 && unsuccessful.isEmpty() && classFailure == null);
    }
}
