package com.partnershiptracker.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileTests {

    private static final ImportLayout TWO_COLUMNS = new ImportLayout() {
        @Override public String name() { return "test"; }
        @Override public List<String> columns() { return List.of("slug", "name_en", "note"); }
        @Override public Set<String> optionalColumns() { return Set.of("note"); }
        @Override public List<List<String>> examples() { return List.of(); }
        @Override public String exportPath() { return "/"; }
        @Override public ImportRun start() { return chunk -> List.of(); }
    };

    @Test
    void readsUtf8WithAndWithoutAByteOrderMarkAlike() {
        List<List<String>> withMark = rows(("\uFEFFslug,name_en\nkt,KT\n").getBytes(StandardCharsets.UTF_8));
        List<List<String>> without = rows(("slug,name_en\nkt,KT\n").getBytes(StandardCharsets.UTF_8));
        assertThat(withMark).isEqualTo(without).containsExactly(List.of("kt", "KT"));
    }

    @Test
    void readsCrlfLineEndsAndQuotedLineBreaksInsideCells() {
        List<List<String>> rows = rows("slug,name_en\r\nkt,\"KT\r\nCorporation, \"\"the\"\" telecom\"\r\nnaver,Naver\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows).containsExactly(List.of("kt", "KT\r\nCorporation, \"the\" telecom"), List.of("naver", "Naver"));
    }

    @Test
    void skipsBlankLinesAndTheExportsEndMark() {
        List<List<String>> rows = rows("slug,name_en\n\nkt,KT\n# complete: 1 rows\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows).containsExactly(List.of("kt", "KT"));
    }

    @Test
    void readsEucKrAndSaysSo() {
        byte[] euckr = "slug,name_en\nwoori-bank,우리은행\n".getBytes(Charset.forName("EUC-KR"));
        CsvFile file = CsvFile.read(euckr);
        assertThat(file.readAs()).isEqualTo("EUC-KR");
        assertThat(rows(euckr)).containsExactly(List.of("woori-bank", "우리은행"));
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(new byte[0], "import.file.empty");
    }

    @Test
    void refusesABinaryFile() {
        assertRefused(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}, "import.file.binary");
    }

    @Test
    void refusesTextInNeitherUtf8NorEucKr() {
        assertRefused(new byte[] {'a', ',', 'b', '\n', (byte) 0xff, (byte) 0xfe, (byte) 0x81, (byte) 0x20}, "import.file.encoding");
    }

    @Test
    void namesMissingAndExtraColumns() {
        CsvFile missing = CsvFile.read("slug\nkt\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> missing.columnsFor(TWO_COLUMNS)).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.reason().messageKey()).isEqualTo("import.file.missingColumns");
            assertThat(e.reason().arguments()).containsExactly("name_en");
        });
        CsvFile extra = CsvFile.read("slug,name_en,colour\nkt,KT,red\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> extra.columnsFor(TWO_COLUMNS)).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.reason().messageKey()).isEqualTo("import.file.extraColumns");
            assertThat(e.reason().arguments()).containsExactly("colour");
        });
    }

    @Test
    void refusesAQuoteNeverClosed() {
        CsvFile file = CsvFile.read("slug,name_en\nkt,\"KT\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(file::countRows).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.reason().messageKey()).isEqualTo("import.file.unclosedQuote"));
    }

    @Test
    void findsFormulaCellsButNotNumbersOrDefusedText() {
        List<String> header = List.of("slug", "name_en");
        Map<String, Integer> columns = Map.of("slug", 0, "name_en", 1);
        assertThat(CsvFile.formulaColumn(new ImportRow(1, List.of("kt", "=cmd|' /C calc'!A0"), columns), header)).isEqualTo("name_en");
        assertThat(CsvFile.formulaColumn(new ImportRow(1, List.of("@SUM(A1)", "KT"), columns), header)).isEqualTo("slug");
        assertThat(CsvFile.formulaColumn(new ImportRow(1, List.of("kt", "+82 2 123"), columns), header)).isEqualTo("name_en");
        assertThat(CsvFile.formulaColumn(new ImportRow(1, List.of("kt", "-12.5"), columns), header)).isNull();
        assertThat(CsvFile.formulaColumn(new ImportRow(1, List.of("kt", "'=defused by our export"), columns), header)).isNull();
        assertThat(new ImportRow(1, List.of("kt", "'=defused by our export"), columns).get("name_en")).isEqualTo("=defused by our export");
    }

    @Test
    void refusesMoreThanTheRowLimit() {
        StringBuilder text = new StringBuilder("slug,name_en\n");
        for (int i = 0; i <= CsvFile.MAX_ROWS; i++) {
            text.append("s").append(i).append(",x\n");
        }
        CsvFile file = CsvFile.read(text.toString().getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(file::countRows).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.reason().messageKey()).isEqualTo("import.file.tooManyRows"));
    }

    private static void assertRefused(byte[] bytes, String messageKey) {
        assertThatThrownBy(() -> CsvFile.read(bytes)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.reason().messageKey()).isEqualTo(messageKey));
    }

    private static List<List<String>> rows(byte[] bytes) {
        CsvFile file = CsvFile.read(bytes);
        Iterator<ImportRow> rows = file.rows(file.columnsFor(TWO_COLUMNS));
        List<List<String>> read = new ArrayList<>();
        rows.forEachRemaining(row -> read.add(row.fields()));
        return read;
    }
}
