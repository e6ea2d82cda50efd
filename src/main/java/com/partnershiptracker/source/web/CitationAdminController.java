package com.partnershiptracker.source.web;

import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.LookupMatch;
import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.audit.AuditedKind;
import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactNotFoundException;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.source.CitationService;
import com.partnershiptracker.source.Cited;
import com.partnershiptracker.source.CitedAttribute;
import com.partnershiptracker.source.CitedFact;
import com.partnershiptracker.source.QuoteCheck;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Attaches a source, existing or new, to any fact, from a link on that fact's page. */
@Controller
class CitationAdminController {

    static final String FORM_VIEW = "admin/sources/citation-form";
    static final String STALE_VIEW = "admin/stale";

    private final CitationService citations;
    private final CitationLookup lookup;
    private final ReferenceFields references;

    CitationAdminController(CitationService citations, CitationLookup lookup, ReferenceFields references) {
        this.citations = citations;
        this.lookup = lookup;
        this.references = references;
    }

    /** The form, prefilled with a source and a quote when the editor came from a passage of that source's text. */
    @GetMapping("/admin/citations/{kind}/{id}/new")
    String initCreateForm(@PathVariable FactKind kind, @PathVariable long id,
                          @RequestParam(name = "source", required = false) String source,
                          @RequestParam(name = "quote", required = false) String quote, Model model) {
        CitationForm form = new CitationForm();
        form.setVersion(currentVersion(kind, id));
        form.setSource(source);
        form.setQuote(quote);
        model.addAttribute("form", form);
        return prepare(kind, id, model);
    }

    @PostMapping("/admin/citations/{kind}/{id}/new")
    String processCreateForm(@PathVariable FactKind kind, @PathVariable long id, @Valid @ModelAttribute("form") CitationForm form,
                             BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Long sourceId = null;
        form.rejectAttributesNotOf(kind, result);
        if (!form.isCreateSource()) {
            // The new-source fields only count when the editor asked for a new source.
            result = withoutNewSourceErrors(result, form);
            sourceId = references.resolve(result, "source", LookupKind.SOURCES).map(LookupMatch::id).orElse(null);
        }
        if (result.hasErrors()) {
            model.addAttribute("org.springframework.validation.BindingResult.form", result);
            return prepare(kind, id, model);
        }
        Class<? extends BaseEntity> type = AuditedKind.valueOf(kind.name()).type();
        QuoteCheck.Status check;
        try {
            if (form.getVersion() == null) {
                throw new StaleRecordException(kind.name(), id);
            }
            if (form.isCreateSource()) {
                // A source made on this form has no article text yet, so its quote cannot be checked.
                citations.attachNewSource(cited(type), id, form.getVersion(), form.getNewSource().toSource(), form.draft());
                check = QuoteCheck.Status.UNCHECKED;
            } else {
                check = citations.attach(cited(type), id, form.getVersion(), sourceId, form.draft());
            }
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            // The editor's input stays in the form; saving again now targets the current version.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", true);
            form.setVersion(currentVersion(kind, id));
            return prepare(kind, id, model);
        }
        redirect.addFlashAttribute("flash", check == QuoteCheck.Status.NOT_FOUND ? "flash.cited.quoteNotFound"
                : check == QuoteCheck.Status.FOUND ? "flash.cited.quoteFound" : "flash.cited");
        CitedFact fact = lookup.labelOf(new FactRef(kind, id)).orElseThrow();
        return "redirect:" + fact.link().path();
    }

    /**
     * Removes a wrongly attached citation: the one the page showed at that position, citing that
     * source, on the fact at the version the page showed. A stale page (the fact changed since)
     * removes nothing and gets a 409 that links to the fact as it is now. The removal is a
     * revision of the fact like any edit.
     */
    @PostMapping("/admin/citations/{kind}/{id}/{position}/remove")
    String remove(@PathVariable FactKind kind, @PathVariable long id, @PathVariable int position,
                  @RequestParam long version, @RequestParam("source") long sourceId, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        CitedFact fact = lookup.labelOf(new FactRef(kind, id)).orElseThrow(() -> new FactNotFoundException(kind, id));
        try {
            citations.remove(cited(AuditedKind.valueOf(kind.name()).type()), id, position, sourceId, version);
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("backLink", fact.link().path());
            return STALE_VIEW;
        }
        redirect.addFlashAttribute("flash", "flash.uncited");
        return "redirect:" + fact.link().path();
    }

    private long currentVersion(FactKind kind, long id) {
        return citations.versionOf(cited(AuditedKind.valueOf(kind.name()).type()), id);
    }

    private String prepare(FactKind kind, long id, Model model) {
        CitedFact fact = lookup.labelOf(new FactRef(kind, id))
                .orElseThrow(() -> new FactNotFoundException(kind, id));
        model.addAttribute("fact", fact);
        model.addAttribute("checkedCitations", lookup.checkedCitationsOf(fact.fact()));
        model.addAttribute("sourceKinds", com.partnershiptracker.source.SourceKind.values());
        model.addAttribute("citedAttributes", CitedAttribute.of(kind));
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
