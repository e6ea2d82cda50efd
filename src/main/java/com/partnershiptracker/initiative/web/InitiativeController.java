package com.partnershiptracker.initiative.web;

import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.websupport.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class InitiativeController {

    static final String LIST_VIEW = "initiatives/list";
    static final String SHOW_VIEW = "initiatives/show";

    private final InitiativeService initiatives;

    InitiativeController(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @GetMapping("/initiatives")
    String list(@ModelAttribute("query") PageQuery query, Model model) {
        model.addAttribute("page", initiatives.list(query.toSlice()));
        return LIST_VIEW;
    }

    @GetMapping("/initiatives/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("initiative", initiatives.getDetails(id));
        return SHOW_VIEW;
    }
}
