package com.partnershiptracker.support;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves what the browser shows under target/screenshots, for people to look at after a run. */
public final class Screenshots {

    private static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    public static void save(WebDriver browser, String name) {
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            // A screenshot is a convenience for reviewers; failing to write one must not fail the test.
            System.err.println("Could not save screenshot " + name + ": " + e.getMessage());
        }
    }
}
