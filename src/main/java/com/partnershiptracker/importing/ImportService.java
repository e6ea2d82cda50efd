package com.partnershiptracker.importing;

import com.partnershiptracker.audit.RevisionNote;
import com.partnershiptracker.database.BulkWork;
import com.partnershiptracker.export.Csv;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks, keeps, previews and applies CSV files. A file is read {@value #CHUNK} rows at a time; each chunk is
 * planned by its layout with a bounded number of look-ups, so the statements a preview runs grow with the
 * number of chunks, never with the number of rows, and no more than one chunk's rows are held at once.
 */
@Service
@Transactional(readOnly = true)
public class ImportService {

    public static final int CHUNK = 500;
    public static final int MAX_PAGE_SIZE = 500;
    /** The largest file imported (10 MB); the upload limit (spring.servlet.multipart) is set above it, so that a file
     * somewhat over it still reaches the import and is refused with a message. */
    public static final int MAX_BYTES = CsvFile.MAX_BYTES;

    private final Map<String, ImportLayout> layouts = new LinkedHashMap<>();
    private final ImportUploads uploads;
    private final EntityManager entityManager;

    ImportService(List<ImportLayout> layouts, ImportUploads uploads, EntityManager entityManager) {
        layouts.forEach(layout -> this.layouts.put(layout.name(), layout));
        this.uploads = uploads;
        this.entityManager = entityManager;
    }

    public List<ImportLayout> layouts() {
        return List.copyOf(layouts.values());
    }

    public Optional<ImportLayout> layout(String name) {
        return Optional.ofNullable(name == null ? null : layouts.get(name));
    }

    /**
     * Checks the file as a whole (encoding, binary, header, row count, quoting) and keeps it for its preview.
     *
     * @return the upload's id
     * @throws ImportFileException when the file cannot be imported at all; nothing is kept then
     */
    @Transactional
    public String upload(String layoutName, String fileName, byte[] content, String uploader) {
        ImportLayout layout = layout(layoutName).orElseThrow(() -> new ImportFileException(RowError.of("import.file.unknownLayout")));
        CsvFile file = CsvFile.read(content);
        file.columnsFor(layout);
        file.countRows();
        return uploads.keep(uploader, layout.name(), fileName == null || fileName.isBlank() ? "import.csv" : fileName, content);
    }

    /** The kept file's name, if the uploader has such a file. */
    public Optional<String> fileName(String uploadId, String uploader) {
        return uploads.find(uploadId, uploader).map(ImportUploads.Upload::fileName);
    }

    /**
     * Plans every row of the uploader's file against the record as it is now and returns the totals and one page
     * of rows (pages from 0); nothing is saved.
     */
    public Optional<ImportPreview> preview(String uploadId, String uploader, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int from = Math.max(0, page) * pageSize;
        return uploads.find(uploadId, uploader).map(upload -> {
            List<RowPlan> shown = new ArrayList<>();
            long[] index = {0};
            Pass pass = plan(upload, plan -> {
                if (index[0] >= from && index[0] < from + pageSize) {
                    shown.add(plan.shown());
                }
                index[0]++;
            });
            return new ImportPreview(upload.id(), upload.fileName(), upload.layout(), pass.readAs, pass.totals,
                    shown, Math.max(0, page), pageSize, pass.fileError);
        });
    }

    /**
     * Plans the file again against the record as it is now and, if no row is in error (or {@code skipInvalid}),
     * saves every valid row through its feature's service in this one transaction, as one revision noted
     * "Import: file name (n rows)". Nothing is saved when rows are in error and {@code skipInvalid} is false.
     *
     * @throws ImportApplyException when a feature refuses a row; the transaction, and so the whole import, rolls back
     */
    @Transactional
    public Optional<ImportResult> apply(String uploadId, String uploader, boolean skipInvalid) {
        return uploads.find(uploadId, uploader).map(upload -> applyNoted(upload, skipInvalid, RevisionNote::saying));
    }

    /**
     * Keeps the uploader's file, planned as it is now, for review: it is not removed with old uploads while its draft
     * is open, and the answer is the draft's payload. Nothing is saved to the record.
     *
     * @return empty when the uploader has no such file, or when rows are in error and {@code skipInvalid} is false
     *         (as {@link #apply} would save nothing)
     */
    @Transactional
    public Optional<ImportDraftForm> holdForReview(String uploadId, String uploader, boolean skipInvalid) {
        return uploads.find(uploadId, uploader).flatMap(upload -> {
            Pass check = plan(upload, plan -> { });
            if (check.fileError != null || (check.totals.error() > 0 && !skipInvalid)) {
                return Optional.empty();
            }
            uploads.holdForReview(upload.id());
            return Optional.of(new ImportDraftForm(upload.id(), uploader, upload.fileName(), upload.layout(),
                    check.totals.rows(), skipInvalid));
        });
    }

    /**
     * The draft's import as a reviewer sees it: its plan against the record as it is now, first page of rows.
     * The preview is null when the kept file is gone.
     */
    public ImportDraftReview reviewOf(ImportDraftForm draft, int pageSize) {
        return new ImportDraftReview(preview(draft.getUploadId(), draft.getUploader(), 0, pageSize).orElse(null), draft.isSkipInvalid());
    }

    /**
     * Publishes an import draft: plans its file again against the record as it is now and applies it as
     * {@link #apply} does, in this transaction, as one revision noted "Import: file name (n rows)", made by the
     * draft's editor and reviewed by {@code reviewer}. The file is then no longer held for review.
     *
     * @throws IllegalArgumentException when the file is gone, or rows are now in error and the editor did not choose
     *                                  to skip them (message key {@code import.draft.blocked}); or when a feature refuses a row
     */
    @Transactional
    public void publishDraft(ImportDraftForm draft, String reviewer) {
        ImportUploads.Upload upload = uploads.find(draft.getUploadId(), draft.getUploader())
                .orElseThrow(() -> new IllegalArgumentException("import.draft.fileGone"));
        ImportResult result;
        try {
            result = applyNoted(upload, draft.isSkipInvalid(),
                    note -> RevisionNote.saying(note).reviewedBy(reviewer).madeBy(draft.getUploader()));
        } catch (ImportApplyException refused) {
            throw new IllegalArgumentException(refused.reason(), refused);
        }
        if (!result.applied()) {
            throw new IllegalArgumentException("import.draft.blocked");
        }
        uploads.releaseFromReview(upload.id());
    }

    private ImportResult applyNoted(ImportUploads.Upload upload, boolean skipInvalid, Function<String, RevisionNote> revisionNote) {
        Pass check = plan(upload, plan -> { });
        if (check.fileError != null || (check.totals.error() > 0 && !skipInvalid)) {
            return new ImportResult(false, check.totals, check.fileError);
        }
        revisionNote.apply("Import: " + upload.fileName() + " (" + check.totals.rows() + " rows)").attachToCurrentTransaction();
        List<Pass> applied = new ArrayList<>(1);
        BulkWork.run(() -> applied.add(plan(upload, plan -> {
            if (plan.apply() != null) {
                try {
                    plan.apply().run();
                } catch (IllegalArgumentException | IllegalStateException refused) {
                    throw new ImportApplyException(plan.row().number(), refused);
                }
            }
        }, this::writeAndForget)));
        // The network's summaries waited for the whole file: this flush rewrites each affected one once.
        entityManager.flush();
        return new ImportResult(true, applied.get(0).totals, null);
    }

    /**
     * Writes the rows in error as CSV: the file's own columns and an {@code error} column, described by {@code describe}.
     *
     * @return false when the uploader has no such file
     */
    public boolean writeErrors(String uploadId, String uploader, Appendable out, Function<RowError, String> describe) {
        Optional<ImportUploads.Upload> found = uploads.find(uploadId, uploader);
        if (found.isEmpty()) {
            return false;
        }
        CsvFile file = CsvFile.read(found.get().content());
        try {
            out.append('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Csv csv = Csv.withoutByteOrderMark(out);
        List<String> header = new ArrayList<>(file.header());
        header.add("error");
        csv.row(header);
        Pass pass = plan(found.get(), plan -> {
            if (plan.outcome() == Outcome.ERROR) {
                List<String> fields = new ArrayList<>(plan.row().fields());
                fields.add(describe.apply(plan.error()));
                csv.row(fields);
            }
        });
        if (pass.fileError != null) {
            csv.row(List.of(describe.apply(pass.fileError)));
        }
        return true;
    }

    /**
     * After each applied chunk: its changes are written and the records forgotten, so that every query of the
     * next chunk does not first check thousands of loaded records for changes, and memory holds one chunk.
     */
    private void writeAndForget() {
        entityManager.flush();
        entityManager.clear();
    }

    private Pass plan(ImportUploads.Upload upload, Consumer<RowPlan> each) {
        return plan(upload, each, () -> { });
    }

    private Pass plan(ImportUploads.Upload upload, Consumer<RowPlan> each, Runnable afterChunk) {
        Pass pass = new Pass();
        ImportLayout layout = layouts.get(upload.layout());
        try {
            CsvFile file = CsvFile.read(upload.content());
            pass.readAs = file.readAs();
            Map<String, Integer> columns = file.columnsFor(layout);
            ImportRun run = layout.start();
            Iterator<ImportRow> rows = file.rows(columns);
            List<ImportRow> chunk = new ArrayList<>(CHUNK);
            while (rows.hasNext()) {
                chunk.add(rows.next());
                if (chunk.size() == CHUNK) {
                    planChunk(file.header(), run, chunk, pass, each);
                    afterChunk.run();
                    chunk.clear();
                }
            }
            planChunk(file.header(), run, chunk, pass, each);
            afterChunk.run();
        } catch (ImportFileException unreadable) {
            pass.fileError = unreadable.reason();
        }
        return pass;
    }

    /** Rows with the wrong number of fields or a formula cell are errors before their layout sees them. */
    private static void planChunk(List<String> header, ImportRun run, List<ImportRow> chunk, Pass pass, Consumer<RowPlan> each) {
        if (chunk.isEmpty()) {
            return;
        }
        Map<Long, RowPlan> refused = new LinkedHashMap<>();
        List<ImportRow> readable = new ArrayList<>(chunk.size());
        for (ImportRow row : chunk) {
            String formula = CsvFile.formulaColumn(row, header);
            if (row.fields().size() != header.size()) {
                refused.put(row.number(), RowPlan.error(row, null, RowError.of("import.error.fieldCount", header.size(), row.fields().size())));
            } else if (formula != null) {
                refused.put(row.number(), RowPlan.error(row, null, RowError.in(formula, "import.error.formula", formula)));
            } else {
                readable.add(row);
            }
        }
        Iterator<RowPlan> planned = run.plan(readable).iterator();
        for (ImportRow row : chunk) {
            RowPlan plan = refused.containsKey(row.number()) ? refused.get(row.number()) : planned.next();
            pass.totals = pass.totals.plus(plan.outcome());
            each.accept(plan);
        }
    }

    private static final class Pass {
        private ImportTotals totals = ImportTotals.NONE;
        private RowError fileError;
        private String readAs;
    }
}
