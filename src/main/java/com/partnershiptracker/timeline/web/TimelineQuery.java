package com.partnershiptracker.timeline.web;

import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.organization.PartnerMatch;
import com.partnershiptracker.websupport.ListQuery;
import com.partnershiptracker.websupport.QueryParameters;
import com.partnershiptracker.timeline.AgreementDate;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineOrder;
import com.partnershiptracker.websupport.ApiQueryChecks;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The timeline's query string: the common list filters plus the order, the view (list or chart) and
 * the dates of agreements to show alone ({@code dates=signed}; a name that is no date is ignored).
 */
public class TimelineQuery extends ListQuery {

    private static final String CHART = "chart";

    @Parameter(description = "Oldest first (the default) or newest first (any case; NEWEST-FIRST too)",
            schema = @Schema(implementation = TimelineOrder.class, defaultValue = "OLDEST_FIRST"), example = "NEWEST_FIRST")
    private String order;
    // The page's choice between the list and the chart; the API has an operation for each.
    @Parameter(hidden = true)
    private String view;
    @Parameter(description = "Of agreements, only these dates (any case); other facts are not narrowed by it",
            array = @ArraySchema(schema = @Schema(implementation = AgreementDate.class)), example = "SIGNED")
    private List<String> dates;

    /** @throws com.partnershiptracker.websupport.InvalidQueryException when a parameter cannot be read */
    public TimelineFilter toFilter() {
        return new TimelineFilter(QueryParameters.slugs(getPartner()), includeAffiliates(),
                QueryParameters.enums(getKind(), FactKind.class, "kind"),
                QueryParameters.date(getFrom(), "from"), QueryParameters.date(getTo(), "to"), getQ(),
                QueryParameters.oneEnum(order, TimelineOrder.class, "order", TimelineOrder.OLDEST_FIRST),
                QueryParameters.slice(getPage(), getSize()),
                PartnerMatch.parse(getMatch())).onDates(agreementDates());
    }

    @Override
    protected void rejectOwnParametersTheApiDoesNotAllow() {
        ApiQueryChecks.noneEmptyOrPadded("dates");
        ApiQueryChecks.eachOneOf(dates, "dates", ApiQueryChecks.names(AgreementDate.class));
        ApiQueryChecks.oneOf(order, "order", "OLDEST_FIRST", "NEWEST_FIRST", "OLDEST-FIRST", "NEWEST-FIRST");
    }

    /** The agreement dates asked for, those that are dates at all. */
    public Set<AgreementDate> agreementDates() {
        return AgreementDate.named(dates);
    }

    @Override
    protected void addOwnParameters(MultiValueMap<String, String> parameters) {
        addIfPresent(parameters, "order", order);
        agreementDates().forEach(date -> parameters.add("dates", date.name().toLowerCase(Locale.ROOT)));
        if (isChartView()) {
            parameters.add("view", CHART);
        }
    }

    @Override
    public boolean isSelected(String parameter, String value) {
        return "dates".equals(parameter) ? agreementDates().containsAll(AgreementDate.named(List.of(value)))
                && !AgreementDate.named(List.of(value)).isEmpty() : super.isSelected(parameter, value);
    }

    /** True when the timeline is shown as a chart rather than as the list. */
    public boolean isChartView() {
        return view != null && CHART.equalsIgnoreCase(view.strip());
    }

    /** This view of the timeline as the list or as the chart, with the same filters, on its first page. */
    public String viewUrl(String path, boolean chart) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(pageUrl(path, 1));
        return (chart ? url.replaceQueryParam("view", CHART) : url.replaceQueryParam("view")).build().toUriString();
    }

    /** This view with another page size, on its first page; the default size carries no parameter. */
    public String sizeUrl(String path, int size) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(pageUrl(path, 1));
        return (size == TimelinePageSize.DEFAULT ? url.replaceQueryParam("size") : url.replaceQueryParam("size", size))
                .build().toUriString();
    }

    @Override
    protected boolean hasOwnFilter() {
        return !agreementDates().isEmpty();
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

    public List<String> getDates() {
        return dates;
    }

    public void setDates(List<String> dates) {
        this.dates = dates;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }
}
