package com.partnershiptracker.support;

import com.partnershiptracker.importing.ImportPreview;
import com.partnershiptracker.importing.ImportResult;
import com.partnershiptracker.importing.ImportService;
import com.partnershiptracker.importing.ImportTotals;
import com.partnershiptracker.importing.RowPlan;
import org.springframework.boot.test.context.TestComponent;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** An import as the layout tests take it, as the editor: upload a file, preview its first page, apply it. */
@TestComponent
public class ImportSteps {

    public static final String EDITOR = "editor";

    private final ImportService imports;
    private final SqlStatementCounter statements;

    ImportSteps(ImportService imports, SqlStatementCounter statements) {
        this.imports = imports;
        this.statements = statements;
    }

    /** The upload's id. */
    public String upload(String layout, String text) {
        return imports.upload(layout, layout + ".csv", text.getBytes(StandardCharsets.UTF_8), EDITOR);
    }

    public ImportPreview preview(String uploadId) {
        return imports.preview(uploadId, EDITOR, 0, 50).orElseThrow();
    }

    public List<RowPlan> rows(String uploadId) {
        return preview(uploadId).rows();
    }

    public ImportTotals totals(String uploadId) {
        return preview(uploadId).totals();
    }

    /** Applies every row, refusing the file when one is an error. */
    public ImportResult apply(String uploadId) {
        return imports.apply(uploadId, EDITOR, false).orElseThrow();
    }

    /** Applies the rows that are not errors. */
    public ImportResult applySkippingErrors(String uploadId) {
        return imports.apply(uploadId, EDITOR, true).orElseThrow();
    }

    /** How many statements planning a file of the header and {@code rows} lines for its preview sends; each must plan a create. */
    public int statementsToPreview(String layout, String header, int rows, IntFunction<String> line) {
        StringBuilder file = new StringBuilder(header);
        for (int i = 0; i < rows; i++) {
            file.append(line.apply(i));
        }
        String id = upload(layout, file.toString());
        return statements.countWhile(() -> assertThat(totals(id).create()).isEqualTo(rows));
    }

    /**
     * A preview's statements do not grow with its rows: as many for a full chunk as for ten rows, and for three chunks
     * at most the chunk's reads twice more.
     */
    public void assertPreviewStatementsDoNotGrowWithRows(String layout, String header, IntFunction<String> line) {
        int ten = statementsToPreview(layout, header, 10, line);
        assertThat(statementsToPreview(layout, header, ImportService.CHUNK, line)).isEqualTo(ten);
        assertThat(statementsToPreview(layout, header, 3 * ImportService.CHUNK, line)).isLessThanOrEqualTo(ten + 2 * (ten - 2));
    }
}
