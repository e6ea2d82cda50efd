package com.partnershiptracker.admin.web;

import com.partnershiptracker.admin.AuditedKind;
import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactNotFoundException;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.source.CitationService;
import com.partnershiptracker.source.Cited;
import com.partnershiptracker.source.CitedFact;
import com.partnershiptracker.source.SourceService;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Attaches a source, existing or new, to any fact, from a link on that fact's page. */
@Controller
class CitationAdminController {

    static final String FORM_VIEW = "admin/citation-form";

    private final CitationService citations;
    private final CitationLookup lookup;
    private final SourceService sources;

    CitationAdminController(CitationService citations, CitationLookup lookup, SourceService sources) {
        this.citations = citations;
        this.lookup = lookup;
        this.sources = sources;
    }

    @GetMapping("/admin/citations/{kind}/{id}/new")
    String initCreateForm(@PathVariable FactKind kind, @PathVariable long id, Model model) {
        model.addAttribute("form", new CitationForm());
        return prepare(kind, id, model);
    }

    @PostMapping("/admin/citations/{kind}/{id}/new")
    String processCreateForm(@PathVariable FactKind kind, @PathVariable long id, @Valid @ModelAttribute("form") CitationForm form,
                             BindingResult result, Model model, RedirectAttributes redirect) {
        if (!form.isCreateSource()) {
            // The new-source fields only count when the editor asked for a new source.
            result = withoutNewSourceErrors(result, form);
            if (form.getSourceId() != null && sources.findById(form.getSourceId()).isEmpty()) {
                result.rejectValue("sourceId", "validation.unknownSource");
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("org.springframework.validation.BindingResult.form", result);
            return prepare(kind, id, model);
        }
        Class<? extends BaseEntity> type = AuditedKind.valueOf(kind.name()).type();
        if (form.isCreateSource()) {
            citations.attachNewSource(cited(type), id, form.getNewSource().toSource(), form.draft());
        } else {
            citations.attach(cited(type), id, form.getSourceId(), form.draft());
        }
        redirect.addFlashAttribute("flash", "flash.cited");
        CitedFact fact = lookup.labelOf(new FactRef(kind, id)).orElseThrow();
        return "redirect:" + fact.link().path();
    }

    /** Removes a wrongly attached citation; the removal is a revision of the fact like any edit. */
    @PostMapping("/admin/citations/{kind}/{id}/{position}/remove")
    String remove(@PathVariable FactKind kind, @PathVariable long id, @PathVariable int position, RedirectAttributes redirect) {
        CitedFact fact = lookup.labelOf(new FactRef(kind, id)).orElseThrow(() -> new FactNotFoundException(kind, id));
        try {
            citations.remove(cited(AuditedKind.valueOf(kind.name()).type()), id, position);
            redirect.addFlashAttribute("flash", "flash.uncited");
        } catch (IndexOutOfBoundsException e) {
            redirect.addFlashAttribute("flash", "flash.noSuchCitation");
        }
        return "redirect:" + fact.link().path();
    }

    private String prepare(FactKind kind, long id, Model model) {
        CitedFact fact = lookup.labelOf(new FactRef(kind, id))
                .orElseThrow(() -> new FactNotFoundException(kind, id));
        model.addAttribute("fact", fact);
        model.addAttribute("sourceOptions", sources.list(0, PageSlice.MAX_SIZE).getContent());
        model.addAttribute("sourceKinds", com.partnershiptracker.source.SourceKind.values());
        return FORM_VIEW;
    }

    private static BindingResult withoutNewSourceErrors(BindingResult result, CitationForm form) {
        org.springframework.validation.BeanPropertyBindingResult kept =
                new org.springframework.validation.BeanPropertyBindingResult(form, "form");
        result.getFieldErrors().stream().filter(error -> !error.getField().startsWith("newSource."))
                .forEach(kept::addError);
        result.getGlobalErrors().forEach(kept::addError);
        return kept;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T extends BaseEntity & Cited> Class<T> cited(Class<? extends BaseEntity> type) {
        return (Class) type;
    }
}
