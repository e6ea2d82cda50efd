package com.partnershiptracker.source.web;

import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.DeleteConfirmation;
import com.partnershiptracker.websupport.PageQuery;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceKind;
import com.partnershiptracker.source.SourceService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

@Controller
@RequestMapping("/admin/sources")
class SourceAdminController {

    static final String LIST_VIEW = "admin/sources/list";
    static final String FORM_VIEW = "admin/sources/form";

    private final SourceService sources;
    private final Conflicts conflicts;
    private final DraftGate drafts;

    SourceAdminController(SourceService sources, Conflicts conflicts, DraftGate drafts) {
        this.drafts = drafts;
        this.conflicts = conflicts;
        this.sources = sources;
    }

    @ModelAttribute("sourceKinds")
    SourceKind[] sourceKinds() {
        return SourceKind.values();
    }

    /** The kinds of record a selected passage can be cited on, as picker kinds such as {@code agreements}. */
    @ModelAttribute("citableKinds")
    java.util.List<String> citableKinds() {
        return PassageCitationController.CITABLE.keySet().stream().map(com.partnershiptracker.lookup.LookupKind::path).toList();
    }

    @GetMapping
    String list(@org.springframework.web.bind.annotation.RequestParam(name = "q", required = false) String text,
                @ModelAttribute("query") PageQuery query, Model model) {
        model.addAttribute("q", text);
        model.addAttribute("page", sources.search(text, query.toSlice().page(), query.toSlice().size()));
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String initCreateForm(@RequestParam(required = false) Long draft, Model model) {
        model.addAttribute("form", drafts.reopen(draft, SourceForm.class).orElseGet(SourceForm::new));
        return FORM_VIEW;
    }

    @PostMapping("/new")
    String processCreateForm(@Valid @ModelAttribute("form") SourceForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        if (drafts.mustDraft()) {
            return drafts.save(SourceDraftKind.NAME, null, form, redirect);
        }
        Source saved = sources.create(form);
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/sources/" + saved.getId();
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, @RequestParam(required = false) Long draft, Model model) {
        Source source = sources.getById(id);
        model.addAttribute("form", drafts.reopen(draft, SourceForm.class).orElseGet(() -> SourceForm.from(source)));
        return editView(source, model);
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") SourceForm form, BindingResult result,
                             Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!form.getTakeTheirs().isEmpty()) {
            form.takeChosenFieldsFrom(SourceForm.from(sources.getById(id)));
        }
        Source current = sources.getById(id);
        if (result.hasErrors()) {
            return editView(current, model);
        }
        try {
            if (drafts.mustDraft()) {
                return drafts.save(SourceDraftKind.NAME, id, form, redirect);
            }
            sources.update(id, form.expectedVersion(), form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/sources/" + id;
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            Source latest = sources.getById(id);
            conflicts.show(model, response, form, SourceForm.from(latest));
            return editView(latest, model);
        } catch (IllegalArgumentException e) {
            result.reject("validation.rejected");
            return editView(current, model);
        }
    }

    /** The edit form, with the saved text to select passages from and the source's citations, each quote checked. */
    private String editView(Source source, Model model) {
        model.addAttribute("sourceId", source.getId());
        model.addAttribute("articleText", source.getArticleText());
        model.addAttribute("checkedQuotes", sources.checkedQuotes(source));
        if (!model.containsAttribute("citeForm")) {
            model.addAttribute("citeForm", new CitePassageForm());
        }
        return FORM_VIEW;
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        Source source = sources.getById(id);
        return DeleteConfirmation.show(model, source.getHeadline().in(LocaleContextHolder.getLocale()),
                "/admin/sources/" + id + "/delete", "/admin/sources", citationsOf(id), source.getVersion());
    }

    @PostMapping("/{id}/delete")
    String processDelete(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        if (DeleteConfirmation.isStale(version, sources.getById(id).getVersion(), model, response)
                || DeleteConfirmation.isReferenced(citationsOf(id), response)) {
            return confirmDelete(id, model);
        }
        sources.delete(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/admin/sources";
    }

    private Map<String, Long> citationsOf(long id) {
        long citations = sources.citationCount(id);
        return citations == 0 ? Map.of() : Map.of("citations", citations);
    }
}
