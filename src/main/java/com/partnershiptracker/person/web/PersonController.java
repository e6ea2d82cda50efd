package com.partnershiptracker.person.web;

import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.person.StatementsOfPerson;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.websupport.PageQuery;
import com.partnershiptracker.source.CitationLookup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

@Controller
class PersonController {

    static final String LIST_VIEW = "people/list";
    static final String SHOW_VIEW = "people/show";

    private final PersonService people;
    private final StatementsOfPerson statements;
    private final CitationLookup citations;

    PersonController(PersonService people, StatementsOfPerson statements, CitationLookup citations) {
        this.people = people;
        this.statements = statements;
        this.citations = citations;
    }

    @GetMapping("/people")
    String list(@ModelAttribute("query") PageQuery query, Model model) {
        model.addAttribute("page", people.list(query.toSlice()));
        return LIST_VIEW;
    }

    @GetMapping("/people/{slug}")
    String show(@PathVariable String slug, Model model) {
        Person person = people.getBySlug(slug);
        FactRef fact = new FactRef(FactKind.PERSON, person.getId());
        model.addAttribute("person", person);
        model.addAttribute("positions", people.positionsOf(person));
        model.addAttribute("statements", statements.of(person.getId()));
        model.addAttribute("agreements", people.agreementsAttendedBy(person));
        model.addAttribute("citations", citations.citationsOf(List.of(fact)).getOrDefault(fact, List.of()));
        return SHOW_VIEW;
    }
}
