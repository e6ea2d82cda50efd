package com.partnershiptracker.source.web;

import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.lookup.LookupMatch;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.source.SourceService;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Select to cite: a passage the editor selected in a source's text, and the record they chose,
 * lead to that record's citation form with the source and the passage filled in.
 */
@Controller
class PassageCitationController {

    /** The kinds of record a passage can be cited on from the source's page: those a picker can choose. */
    static final Map<LookupKind, FactKind> CITABLE = citable();

    private final SourceService sources;
    private final ReferenceFields references;

    PassageCitationController(SourceService sources, ReferenceFields references) {
        this.sources = sources;
        this.references = references;
    }

    @PostMapping("/admin/sources/{id}/cite")
    String citePassage(@PathVariable long id, @Valid @ModelAttribute("citeForm") CitePassageForm form, BindingResult result,
                       RedirectAttributes redirect) {
        sources.getById(id);
        Optional<LookupKind> kind = LookupKind.byPath(form.getKind()).filter(CITABLE::containsKey);
        if (kind.isEmpty()) {
            result.rejectValue("kind", "validation.cite.kind");
        }
        Optional<LookupMatch> record = kind.flatMap(citable -> references.resolve(result, "record", citable));
        form.setSource(String.valueOf(id));
        references.resolve(result, "source", LookupKind.SOURCES);
        if (result.hasErrors() || record.isEmpty()) {
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "citeForm", result);
            redirect.addFlashAttribute("citeForm", form);
            return "redirect:/admin/sources/" + id + "/edit";
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/citations/{kind}/{id}/new")
                .queryParam("source", "{source}").queryParam("quote", "{quote}").encode()
                .buildAndExpand(Map.of("kind", CITABLE.get(kind.get()).name(), "id", record.get().id(),
                        "source", form.getSource(), "quote", form.getQuote().strip()))
                .toUriString();
    }

    private static Map<LookupKind, FactKind> citable() {
        Map<LookupKind, FactKind> kinds = new LinkedHashMap<>();
        kinds.put(LookupKind.AGREEMENTS, FactKind.AGREEMENT);
        kinds.put(LookupKind.INITIATIVES, FactKind.INITIATIVE);
        kinds.put(LookupKind.ORGANIZATIONS, FactKind.ORGANIZATION);
        kinds.put(LookupKind.PEOPLE, FactKind.PERSON);
        kinds.put(LookupKind.TARGETS, FactKind.METRIC);
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
