package com.partnershiptracker.agreement.web;

import com.partnershiptracker.agreement.LaunchRecordService;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.websupport.ListQuery;
import com.partnershiptracker.websupport.QueryParameters;
import org.springframework.util.MultiValueMap;

/** The query string of the dormant agreements: {@code dormant=N} months, and the page. */
public class DormantQuery extends ListQuery {

    private String dormant;

    /**
     * The months asked for, or the default with the text refused when it is not a whole number from 1 to
     * {@value LaunchRecordService#MAX_DORMANT_MONTHS} (a blank {@code dormant=} quietly means the default).
     */
    public Months months() {
        String text = dormant == null ? "" : dormant.strip();
        if (text.isEmpty()) {
            return new Months(LaunchRecordService.DEFAULT_DORMANT_MONTHS, null);
        }
        if (text.matches("\\d{1,3}")) {
            int months = Integer.parseInt(text);
            if (months >= 1 && months <= LaunchRecordService.MAX_DORMANT_MONTHS) {
                return new Months(months, null);
            }
        }
        return new Months(LaunchRecordService.DEFAULT_DORMANT_MONTHS, text.length() > 20 ? text.substring(0, 20) + "…" : text);
    }

    public PageSlice toSlice() {
        return QueryParameters.slice(getPage(), getSize());
    }

    @Override
    protected void addOwnParameters(MultiValueMap<String, String> parameters) {
        parameters.add("dormant", Integer.toString(months().value()));
    }

    @Override
    protected boolean hasOwnFilter() {
        return true;
    }

    public String getDormant() {
        return dormant;
    }

    public void setDormant(String dormant) {
        this.dormant = dormant;
    }

    /** The months used, and the text refused in their place (null when the request was fine). */
    public record Months(int value, String refused) {
    }
}
