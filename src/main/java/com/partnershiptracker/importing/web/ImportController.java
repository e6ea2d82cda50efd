package com.partnershiptracker.importing.web;

import com.partnershiptracker.database.LongDatabaseWork;
import com.partnershiptracker.export.Csv;
import com.partnershiptracker.importing.ImportApplyException;
import com.partnershiptracker.importing.ImportFileException;
import com.partnershiptracker.importing.ImportLayout;
import com.partnershiptracker.importing.ImportPreview;
import com.partnershiptracker.importing.ImportResult;
import com.partnershiptracker.importing.ImportService;
import com.partnershiptracker.importing.ImportTotals;
import com.partnershiptracker.importing.RowError;
import com.partnershiptracker.review.DraftGate;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** /admin/import: choose a layout and upload a file, preview what it would do, apply it, download its errors. */
@Controller
class ImportController {

    static final String INDEX_VIEW = "admin/import/index";
    static final String PREVIEW_VIEW = "admin/import/preview";
    static final int PAGE_SIZE = 100;

    private final ImportService imports;
    private final MessageSource messages;
    private final DraftGate draftGate;

    ImportController(ImportService imports, MessageSource messages, DraftGate draftGate) {
        this.imports = imports;
        this.messages = messages;
        this.draftGate = draftGate;
    }

    @ModelAttribute("layouts")
    List<ImportLayout> layouts() {
        return imports.layouts();
    }

    @ModelAttribute("maxBytes")
    int maxBytes() {
        return ImportService.MAX_BYTES;
    }

    @GetMapping("/admin/import")
    String index(Model model) {
        if (!model.containsAttribute("uploadForm")) {
            model.addAttribute("uploadForm", new ImportUploadForm());
        }
        return INDEX_VIEW;
    }

    @PostMapping("/admin/import")
    String upload(@ModelAttribute("uploadForm") ImportUploadForm form, Principal user, RedirectAttributes redirect) throws IOException {
        if (form.getFile() == null || form.getFile().isEmpty() && form.getFile().getOriginalFilename() == null) {
            redirect.addFlashAttribute("importError", describe(RowError.of("import.file.none")));
            return "redirect:/admin/import";
        }
        try {
            String id = imports.upload(form.getLayout(), form.getFile().getOriginalFilename(), form.getFile().getBytes(), user.getName());
            return "redirect:/admin/import/" + id;
        } catch (ImportFileException refused) {
            redirect.addFlashAttribute("importError", describe(refused.reason()));
            return "redirect:/admin/import";
        }
    }

    @GetMapping("/admin/import/{layout:[a-z-]+}/template.csv")
    void template(@PathVariable String layout, HttpServletResponse response) throws IOException {
        ImportLayout found = imports.layout(layout).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        Locale locale = LocaleContextHolder.getLocale();
        try (Writer out = csvResponse(response, layout + "-template.csv")) {
            out.write('\uFEFF');
            Csv csv = Csv.withoutByteOrderMark(out);
            csv.row(found.columns());
            List<String> help = new ArrayList<>();
            for (String column : found.columns()) {
                help.add(messages.getMessage("import.help." + layout + "." + column, null, column, locale));
            }
            help.set(0, "# " + help.get(0));
            csv.row(help);
            found.examples().forEach(csv::row);
        }
    }

    @GetMapping("/admin/import/{id:[0-9a-f-]{36}}")
    String preview(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Principal user, Model model) {
        ImportPreview preview = imports.preview(id, user.getName(), page, PAGE_SIZE).orElseThrow(ImportController::notFound);
        model.addAttribute("preview", preview);
        model.addAttribute("fileError", preview.fileError() == null ? null : describe(preview.fileError()));
        model.addAttribute("applyForm", new ImportApplyForm());
        return PREVIEW_VIEW;
    }

    @PostMapping("/admin/import/{id:[0-9a-f-]{36}}/apply")
    String apply(@PathVariable String id, @ModelAttribute ImportApplyForm form, Principal user, RedirectAttributes redirect) {
        if (draftGate.mustDraft()) {
            return draft(id, form, user, redirect);
        }
        ImportResult result;
        try {
            // Thousands of rows in one transaction: their statements get the wait of work outside requests, not a page's 2 s.
            result = LongDatabaseWork.run(() -> imports.apply(id, user.getName(), form.isSkipInvalid()))
                    .orElseThrow(ImportController::notFound);
        } catch (ImportApplyException refused) {
            redirect.addFlashAttribute("importError", messages.getMessage("import.applyFailed",
                    new Object[] {refused.rowNumber(), messages.getMessage(refused.reason(), null, refused.reason(), LocaleContextHolder.getLocale())},
                    LocaleContextHolder.getLocale()));
            return "redirect:/admin/import/" + id;
        }
        if (!result.applied()) {
            redirect.addFlashAttribute("importError", messages.getMessage("import.notApplied", null, LocaleContextHolder.getLocale()));
            return "redirect:/admin/import/" + id;
        }
        // Flash attributes live in the shared session store, so they are plain text, not objects.
        ImportTotals totals = result.totals();
        redirect.addFlashAttribute("importDone", messages.getMessage("import.done", new Object[] {
                imports.fileName(id, user.getName()).orElse(""), totals.create(), totals.update(), totals.unchanged(), totals.error()},
                LocaleContextHolder.getLocale()));
        return "redirect:/admin/import";
    }

    /** Review is required and the editor cannot publish: the file waits, as a draft, for a reviewer to apply it. */
    private String draft(String id, ImportApplyForm form, Principal user, RedirectAttributes redirect) {
        if (imports.fileName(id, user.getName()).isEmpty()) {
            throw notFound();
        }
        return imports.holdForReview(id, user.getName(), form.isSkipInvalid())
                .map(payload -> draftGate.save(ImportDraftKind.NAME, null, payload, redirect))
                .orElseGet(() -> {
                    redirect.addFlashAttribute("importError", messages.getMessage("import.notApplied", null, LocaleContextHolder.getLocale()));
                    return "redirect:/admin/import/" + id;
                });
    }

    @GetMapping("/admin/import/{id:[0-9a-f-]{36}}/errors.csv")
    void errors(@PathVariable String id, Principal user, HttpServletResponse response) throws IOException {
        String fileName = imports.fileName(id, user.getName()).orElseThrow(ImportController::notFound);
        try (Writer out = csvResponse(response, "errors-" + fileName)) {
            imports.writeErrors(id, user.getName(), out, this::describe);
        }
    }

    private static Writer csvResponse(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType(Csv.MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    }

    /** The error in the request's language, after the column it is in. */
    String describe(RowError error) {
        String message = messages.getMessage(error.messageKey(), error.argumentArray(), error.messageKey(), LocaleContextHolder.getLocale());
        return error.column() == null ? message : error.column() + ": " + message;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
}
