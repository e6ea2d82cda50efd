package com.partnershiptracker.organization;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a partner filter offers. A short record is a list of names to suggest without JavaScript;
 * past a limit (the setting app.partner-filter.list-limit, 300 by default) a list of thousands would
 * weigh more than the page it filters, so only the type-ahead look-up suggests names. Either way the
 * chosen partners show as checkboxes beside the search box.
 */
public record PartnerPicker(List<OrganizationNode> options, List<OrganizationNode> chosen, boolean searchable,
                            Map<String, OrganizationNode> chosenByGivenValue) {

    /** The control for these chosen partners (slugs or names). */
    public static PartnerPicker of(OrganizationHierarchy hierarchy, Collection<String> chosenSlugsOrNames, int listLimit) {
        Map<String, OrganizationNode> byGiven = new LinkedHashMap<>();
        chosenSlugsOrNames.forEach(given -> hierarchy.resolve(given).ifPresent(node -> byGiven.put(given, node)));
        List<OrganizationNode> chosen = byGiven.values().stream().distinct().toList();
        boolean searchable = hierarchy.all().size() > listLimit;
        return new PartnerPicker(searchable ? List.of() : hierarchy.all(), chosen, searchable, Map.copyOf(byGiven));
    }

    public boolean isChosen(OrganizationNode option) {
        return chosen.contains(option);
    }

    /** The organization a value of the partner parameter names, as given in the URL (a slug, a name or a picked text). */
    public Optional<OrganizationNode> chosenFor(String givenValue) {
        return Optional.ofNullable(chosenByGivenValue.get(givenValue));
    }
}
