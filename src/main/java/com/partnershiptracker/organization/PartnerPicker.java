package com.partnershiptracker.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a partner filter offers. A short record is a list to pick from; past a limit (the setting
 * app.partner-filter.list-limit, 300 by default) a list of thousands would weigh more than the page
 * it filters, so the filter becomes a search box with the chosen partners as checkboxes beside it.
 */
public record PartnerPicker(List<OrganizationNode> options, List<OrganizationNode> chosen, boolean searchable) {

    /** The control for these chosen partners (slugs or names). */
    public static PartnerPicker of(OrganizationHierarchy hierarchy, Collection<String> chosenSlugsOrNames, int listLimit) {
        List<OrganizationNode> chosen = chosenSlugsOrNames.stream()
                .map(hierarchy::resolve)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        boolean searchable = hierarchy.all().size() > listLimit;
        return new PartnerPicker(searchable ? List.of() : hierarchy.all(), chosen, searchable);
    }

    public boolean isChosen(OrganizationNode option) {
        return chosen.contains(option);
    }
}
