package com.partnershiptracker.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PassMarksTests {

    @TempDir
    Path folder;

    @Test
    void writesOneRowPerMarkAndALastRowThatCountsTheTests() throws IOException {
        PassMarks marks = new PassMarks("Bad input", folder);
        marks.record("0 responses 5xx", "0 of 300", true);
        marks.record("each gets its expected answer", "299 of 300", false);
        marks.testSuccessful(null);
        marks.testSuccessful(null);

        Path file = folder.resolve("nested/MalformedUrlTests.tsv");
        marks.write("MalformedUrlTests", file);

        assertThat(Files.readAllLines(file)).containsExactly(
                "Bad input\t0 responses 5xx\t0 of 300\tpass",
                "Bad input\teach gets its expected answer\t299 of 300\tfail",
                "Bad input\tevery test of MalformedUrlTests passes\t2 of 2 passed\tpass");
    }

    @Test
    void keepsEachRowOnOneLineWithFourCells() throws IOException {
        PassMarks marks = new PassMarks("Section\twith a tab", folder);
        marks.record("a mark\nover two lines", "a\tfigure\r\nwith breaks ", true);

        Path file = folder.resolve("Flattened.tsv");
        marks.write("Flattened", file);

        assertThat(Files.readAllLines(file).get(0)).isEqualTo("Section with a tab\ta mark over two lines\ta figure with breaks\tpass");
    }

    @Test
    void aTestThatFailedOrDidNotRunFailsTheLastRow() throws IOException {
        PassMarks marks = new PassMarks("Sign-in", folder);
        marks.testSuccessful(null);
        marks.testFailed(test("spray"), new AssertionError());
        marks.testDisabled(test("timing"), Optional.empty());

        Path file = folder.resolve("LoginGuessingTests.tsv");
        marks.write("LoginGuessingTests", file);

        assertThat(Files.readAllLines(file)).containsExactly(
                "Sign-in\tevery test of LoginGuessingTests passes\t1 of 3 passed; spray failed; timing is disabled\tfail");
    }

    @Test
    void aClassWhoseSetUpOrCleanUpFailedFailsTheLastRowWhenItIsWritten() throws IOException {
        PassMarks marks = new PassMarks("Sensitive paths", folder);
        marks.record("0 sensitive paths answered with content", "0 of 60", true);
        marks.testSuccessful(null);
        ExtensionContext testClass = mock(ExtensionContext.class);
        when(testClass.getExecutionException()).thenReturn(Optional.of(new IllegalStateException("in @AfterAll")));
        doReturn(SensitivePaths.class).when(testClass).getRequiredTestClass();

        marks.afterAll(testClass);

        assertThat(Files.readAllLines(folder.resolve("SensitivePaths.tsv"))).containsExactly(
                "Sensitive paths\t0 sensitive paths answered with content\t0 of 60\tpass",
                "Sensitive paths\tevery test of SensitivePaths passes\t1 of 1 passed; its set-up or clean-up failed "
                        + "(IllegalStateException)\tfail");
    }

    @Test
    void aClassWhoseTestsNeverRanFails() throws IOException {
        Path file = folder.resolve("Empty.tsv");
        new PassMarks("Schema", folder).write("Empty", file);

        assertThat(Files.readAllLines(file)).containsExactly("Schema\tevery test of Empty passes\t0 of 0 passed\tfail");
    }

    /** Stands for a test class. */
    private static final class SensitivePaths {
    }

    private static ExtensionContext test(String displayName) {
        ExtensionContext context = mock(ExtensionContext.class);
        when(context.getDisplayName()).thenReturn(displayName);
        return context;
    }
}
