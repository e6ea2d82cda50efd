package com.partnershiptracker.search.web;

import com.partnershiptracker.search.Highlight;
import com.partnershiptracker.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

@Controller
class SearchController {

    static final String VIEW = "search/index";

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String text, Model model) {
        model.addAttribute("results", search.search(text));
        model.addAttribute("highlighter", new Highlighter());
        return VIEW;
    }

    /** Lets the template split matched text into marked and unmarked parts. */
    public static final class Highlighter {

        public List<Highlight.Part> parts(String text, String query) {
            return Highlight.split(text, query);
        }
    }
}
