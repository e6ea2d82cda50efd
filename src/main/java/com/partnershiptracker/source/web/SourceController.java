package com.partnershiptracker.source.web;

import com.partnershiptracker.websupport.PageQuery;
import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.source.SourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SourceController {

    static final String LIST_VIEW = "sources/list";
    static final String SHOW_VIEW = "sources/show";

    private final SourceService sources;
    private final CitationLookup citations;

    SourceController(SourceService sources, CitationLookup citations) {
        this.sources = sources;
        this.citations = citations;
    }

    @GetMapping("/sources")
    String list(@ModelAttribute("query") PageQuery query, Model model) {
        model.addAttribute("page", sources.list(query.toSlice().page(), query.toSlice().size()));
        return LIST_VIEW;
    }

    @GetMapping("/sources/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("source", sources.getById(id));
        model.addAttribute("facts", citations.factsCiting(id));
        return SHOW_VIEW;
    }
}
