package com.partnershiptracker.agreement;

import com.partnershiptracker.database.PartialDateColumns;
import com.partnershiptracker.shared.LaunchSpan;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * From MOU to launch: which agreements produced a live service and how soon, and which went dormant.
 * Launches are the initiatives' launch dates; an initiative marked launched (or ended) without a date counts
 * as a launch at an unknown time.
 */
@Service
@Transactional(readOnly = true)
public class LaunchRecordService {

    /** How many months a dormant list looks back when none or a bad number is asked for. */
    public static final int DEFAULT_DORMANT_MONTHS = 12;
    /** The longest window a dormant list accepts: fifty years. */
    public static final int MAX_DORMANT_MONTHS = 600;

    private static final String MONTH_OF_SIGNING_END = """
            (extract(year from a.signed_date) * 12 + extract(month from a.signed_date) - 1
             + case when a.signed_precision = 'YEAR' then 11 else 0 end)""";

    /*
     * Months are counted on one scale (year × 12 + month) so that the rule is the same in PostgreSQL and H2.
     * Conservatively, a signing counts at the last month of its period ("2020" at December 2020), the window
     * is over only once its last month has passed in full, and a launch counts against the window when its
     * period starts inside it (or when an initiative is marked launched with no date): an agreement is called
     * dormant only when no launch can have come within the window.
     */
    private static final String DORMANT = """
            from agreements a
            where a.signed_date is not null
              and %1$s + :months < :currentMonth
              and not exists (select 1 from initiatives i where i.agreement_id = a.id
                                and ((i.launched_date is not null
                                      and extract(year from i.launched_date) * 12 + extract(month from i.launched_date) - 1
                                          <= %1$s + :months)
                                     or (i.launched_date is null and i.status in ('LAUNCHED', 'ENDED'))))"""
            .formatted(MONTH_OF_SIGNING_END);

    private final JdbcClient jdbc;
    private final AgreementDetailsLoader details;
    private final Clock clock;

    LaunchRecordService(JdbcClient jdbc, AgreementDetailsLoader details, Clock clock) {
        this.jdbc = jdbc;
        this.details = details;
        this.clock = clock;
    }

    /**
     * A page of the agreements with no launch within {@code months} months of signing, longest dormant first,
     * each with its parties and areas of cooperation (what it promised); five statements whatever the rows.
     * Agreements without a signing date are left out: there is nothing to count from.
     */
    public Page<AgreementDetails> dormant(int months, PageSlice slice) {
        Map<String, Object> params = Map.of("months", months, "currentMonth", LaunchSpan.monthIndex(LocalDate.now(clock)));
        PageRequest request = PageRequest.of(slice.page(), slice.size());
        long total = jdbc.sql("select count(*) " + DORMANT).params(params).query(Long.class).single();
        if (total == 0 || slice.offset() >= total) {
            return new PageImpl<>(List.of(), request, total);
        }
        List<Long> ids = jdbc.sql("select a.id " + DORMANT + " order by a.signed_date, a.id limit " + slice.size()
                        + " offset " + slice.offset())
                .params(params).query(Long.class).list();
        return new PageImpl<>(details.load(ids), request, total);
    }

    /**
     * How the agreements any of the organizations is party to turned into launches: how many there are, how many
     * produced a launch, and the median months from signing to the first launch over those where it can be
     * counted in months. One statement.
     */
    public PartnerLaunches launchesOf(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return PartnerLaunches.of(List.of());
        }
        Map<Long, Agreed> agreed = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.id, a.signed_date, a.signed_precision, a.signed_inferred,
                               i.id as initiative_id, i.status, i.launched_date, i.launched_precision, i.launched_inferred
                        from agreements a left join initiatives i on i.agreement_id = a.id
                        where a.id in (select p.agreement_id from agreement_parties p where p.organization_id in (:ids))
                        order by a.id""")
                .param("ids", organizationIds)
                .query(rs -> {
                    Agreed agreement = agreed.get(rs.getLong("id"));
                    if (agreement == null) {
                        agreement = new Agreed(PartialDateColumns.read(rs, "signed"));
                        agreed.put(rs.getLong("id"), agreement);
                    }
                    PartialDate launched = PartialDateColumns.read(rs, "launched");
                    if (launched != null) {
                        agreement.launches.add(launched);
                    }
                    String status = rs.getString("status");
                    if (launched != null || "LAUNCHED".equals(status) || "ENDED".equals(status)) {
                        agreement.launched = true;
                    }
                });
        return PartnerLaunches.of(agreed.values().stream()
                .map(a -> new PartnerLaunches.Agreement(a.launched, TimeToLaunch.of(a.signed, a.launches).months()))
                .toList());
    }

    /** An agreement's signing and its launches, gathered row by row. */
    private static final class Agreed {
        private final PartialDate signed;
        private final List<PartialDate> launches = new ArrayList<>();
        private boolean launched;

        private Agreed(PartialDate signed) {
            this.signed = signed;
        }
    }
}
