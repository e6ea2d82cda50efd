package com.partnershiptracker.agreement.web;

import com.partnershiptracker.agreement.AgreementFilter;
import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.agreement.AgreementSort;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.organization.PartnerMatch;
import com.partnershiptracker.websupport.ApiQueryChecks;
import com.partnershiptracker.websupport.ListQuery;
import com.partnershiptracker.websupport.QueryParameters;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.util.MultiValueMap;

import java.util.ArrayList;
import java.util.List;

/** The agreement list's query string: the common list filters plus status and sort. */
public class AgreementQuery extends ListQuery {

    @Parameter(description = "Only agreements in these statuses (any case)",
            array = @ArraySchema(schema = @Schema(implementation = AgreementStatus.class)), example = "SIGNED")
    private List<String> status = new ArrayList<>();
    @Parameter(description = "The order: newest first (the default), oldest first, or by title (any case)",
            schema = @Schema(implementation = AgreementSort.class, defaultValue = "NEWEST"), example = "NEWEST")
    private String sort;

    /** @throws com.partnershiptracker.websupport.InvalidQueryException when a parameter cannot be read */
    public AgreementFilter toFilter() {
        return new AgreementFilter(QueryParameters.slugs(getPartner()), includeAffiliates(),
                QueryParameters.enums(getKind(), AgreementKind.class, "kind"),
                QueryParameters.enums(status, AgreementStatus.class, "status"),
                QueryParameters.date(getFrom(), "from"), QueryParameters.date(getTo(), "to"), getQ(),
                QueryParameters.oneEnum(sort, AgreementSort.class, "sort", AgreementSort.NEWEST),
                QueryParameters.slice(getPage(), getSize()),
                PartnerMatch.parse(getMatch()));
    }

    @Override
    protected void rejectOwnParametersTheApiDoesNotAllow() {
        ApiQueryChecks.noneEmptyOrPadded("status");
        ApiQueryChecks.oneOf(sort, "sort", ApiQueryChecks.names(AgreementSort.class));
    }

    @Override
    protected void addOwnParameters(MultiValueMap<String, String> parameters) {
        nonBlank(status).forEach(s -> parameters.add("status", s));
        addIfPresent(parameters, "sort", sort);
    }

    @Override
    protected boolean hasOwnFilter() {
        return !nonBlank(status).isEmpty();
    }

    @Override
    protected int ownFilterCount() {
        return distinctNonBlank(status).size();
    }

    @Override
    public boolean isSelected(String parameter, String value) {
        return "status".equals(parameter) ? hasStatus(value) : super.isSelected(parameter, value);
    }

    public boolean hasStatus(String name) {
        return status.stream().anyMatch(name::equalsIgnoreCase);
    }

    public boolean isSortedBy(String name) {
        return sort == null ? AgreementSort.NEWEST.name().equals(name) : name.equalsIgnoreCase(sort.strip());
    }

    public List<String> getStatus() {
        return status;
    }

    public void setStatus(List<String> status) {
        this.status = status == null ? new ArrayList<>() : status;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
