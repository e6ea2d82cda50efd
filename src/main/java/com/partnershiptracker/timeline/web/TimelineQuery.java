package com.partnershiptracker.timeline.web;

import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.web.ListQuery;
import com.partnershiptracker.shared.web.QueryParameters;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineOrder;
import org.springframework.util.MultiValueMap;

/** The timeline's query string: the common list filters plus the order. */
public class TimelineQuery extends ListQuery {

    private String order;

    /** @throws com.partnershiptracker.shared.web.InvalidQueryException when a parameter cannot be read */
    public TimelineFilter toFilter() {
        return new TimelineFilter(QueryParameters.slugs(getPartner()), includeAffiliates(),
                QueryParameters.enums(getKind(), FactKind.class, "kind"),
                QueryParameters.date(getFrom(), "from"), QueryParameters.date(getTo(), "to"), getQ(),
                QueryParameters.oneEnum(order, TimelineOrder.class, "order", TimelineOrder.OLDEST_FIRST),
                QueryParameters.slice(getPage(), getSize()));
    }

    @Override
    protected void addOwnParameters(MultiValueMap<String, String> parameters) {
        addIfPresent(parameters, "order", order);
    }

    @Override
    protected boolean hasOwnFilter() {
        return false;
    }

    public boolean isNewestFirst() {
        return order != null && order.strip().replace('-', '_').equalsIgnoreCase(TimelineOrder.NEWEST_FIRST.name());
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }
}
