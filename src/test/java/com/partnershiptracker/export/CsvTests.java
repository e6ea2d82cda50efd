package com.partnershiptracker.export;

import com.partnershiptracker.support.CsvReader;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

    @Test
    void startsWithAByteOrderMarkAndEndsLinesWithCrLf() {
        String text = new Csv().row("a", "b").toString();
        assertThat(text).isEqualTo("\uFEFFa,b\r\n");
    }

    @Test
    void koreanCommasQuotesAndLineBreaksRoundTrip() {
        List<String> tricky = List.of("우리금융·KT \"동맹\"", "a,b", "첫 줄\n둘째 줄", "\r\nCRLF", "", "plain");
        String text = new Csv().row("h1", "h2", "h3", "h4", "h5", "h6").row(tricky).toString();
        List<List<String>> rows = CsvReader.read(text.substring(1));
        assertThat(rows).containsExactly(List.of("h1", "h2", "h3", "h4", "h5", "h6"), tricky);
    }

    @Test
    void aMissingValueIsAnEmptyField() {
        assertThat(CsvReader.read(new Csv().row(Arrays.asList("x", null, "y")).toString().substring(1)))
                .containsExactly(List.of("x", "", "y"));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("+1")).isEqualTo("'+1");
        assertThat(Csv.field("@sum")).isEqualTo("'@sum");
        assertThat(Csv.field("2020-07")).isEqualTo("2020-07");
    }

    @Test
    void aFileForProgramsHasNoByteOrderMark() {
        assertThat(Csv.withoutByteOrderMark(new StringBuilder()).row("a", "b").toString()).isEqualTo("a,b\r\n");
    }

    @Test
    void typedFieldsAreWrittenAsTheyAreWhileTextIsStillDefused() {
        String text = Csv.withoutByteOrderMark(new StringBuilder())
                .row(Arrays.asList("-12.5000", "-3x", null, "a,b"), new boolean[]{true, false, true, false}).toString();
        assertThat(text).isEqualTo("-12.5000,'-3x,,\"a,b\"\r\n");
    }
}
