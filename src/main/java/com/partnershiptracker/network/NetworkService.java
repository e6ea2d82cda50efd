package com.partnershiptracker.network;

import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.PartnerSelection;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.DateRangeCondition;
import com.partnershiptracker.shared.PartialDateColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the alliance network from the agreements and their parties. */
@Service
@Transactional(readOnly = true)
public class NetworkService {

    /** More nodes than this make an unreadable picture; the most active organizations are kept. */
    public static final int MAX_NODES = 150;
    public static final int AGREEMENTS_PER_EDGE = 5;

    private final JdbcClient jdbc;
    private final OrganizationService organizations;

    NetworkService(JdbcClient jdbc, OrganizationService organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /**
     * The network of agreements matching the filter, in two statements whatever its size: the
     * organizations (at most {@value #MAX_NODES}, the most active first, the filtered partners
     * always among them) and the edges between them. Agreements with no date are left out once a
     * date range is given.
     */
    public NetworkGraph graph(NetworkFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder agreementCondition = new StringBuilder();
        if (!filter.partners().isEmpty()) {
            PartnerSelection selection = organizations.selectPartners(filter.partners(), filter.includeAffiliates());
            if (selection.matchesNothing()) {
                return new NetworkGraph(List.of(), List.of(), 0);
            }
            agreementCondition.append(" and exists (select 1 from agreement_parties x where x.agreement_id = l.id")
                    .append(" and x.organization_id in (:partnerIds))");
            params.put("partnerIds", selection.organizationIds());
        }
        DateRangeCondition.append(agreementCondition, params, "l.key_date", "l.key_precision", filter.from(), filter.to());

        Map<Long, NetworkGraph.Node> nodes = new LinkedHashMap<>();
        long[] inRange = {0};
        String kindCondition = filter.hideInternalUnits() ? " and o.kind <> '" + OrganizationKind.INTERNAL_UNIT.name() + "'" : "";
        String partnersFirst = filter.partners().isEmpty() ? "" : "case when o.id in (:partnerIds) then 0 else 1 end, ";
        params.put("maxNodes", MAX_NODES);
        jdbc.sql("""
                        select o.id, o.slug, o.name_ko, o.name_en, o.kind, count(*) as agreements,
                               count(*) over () as organizations_in_range
                        from agreement_parties p
                        join organizations o on o.id = p.organization_id
                        join agreement_listing l on l.id = p.agreement_id
                        where 1 = 1""" + kindCondition + agreementCondition + """
                         group by o.id, o.slug, o.name_ko, o.name_en, o.kind
                        order by\s""" + partnersFirst + "agreements desc, o.slug limit :maxNodes")
                .params(params)
                .query(rs -> {
                    OrganizationRef organization = new OrganizationRef(rs.getLong("id"), rs.getString("slug"),
                            Bilingual.of(rs.getString("name_ko"), rs.getString("name_en")),
                            OrganizationKind.valueOf(rs.getString("kind")));
                    nodes.put(organization.id(), new NetworkGraph.Node(organization, rs.getLong("agreements")));
                    inRange[0] = rs.getLong("organizations_in_range");
                });
        if (nodes.isEmpty()) {
            return new NetworkGraph(List.of(), List.of(), 0);
        }
        return new NetworkGraph(List.copyOf(nodes.values()), edgesBetween(nodes, agreementCondition.toString(), params),
                inRange[0]);
    }

    private List<NetworkGraph.Edge> edgesBetween(Map<Long, NetworkGraph.Node> nodes, String agreementCondition,
                                                 Map<String, Object> params) {
        params.put("nodeIds", Set.copyOf(nodes.keySet()));
        params.put("perEdge", AGREEMENTS_PER_EDGE);
        Map<List<Long>, EdgeBuilder> edges = new LinkedHashMap<>();
        jdbc.sql("""
                        select * from (
                            select p1.organization_id as first_id, p2.organization_id as second_id,
                                   l.id, l.title_ko, l.title_en, l.key_date, l.key_precision, l.key_inferred,
                                   row_number() over (partition by p1.organization_id, p2.organization_id
                                                      order by l.key_date desc nulls last, l.id desc) as newest,
                                   count(*) over (partition by p1.organization_id, p2.organization_id) as shared
                            from agreement_parties p1
                            join agreement_parties p2 on p2.agreement_id = p1.agreement_id
                                                     and p2.organization_id > p1.organization_id
                            join agreement_listing l on l.id = p1.agreement_id
                            where p1.organization_id in (:nodeIds) and p2.organization_id in (:nodeIds)""" + agreementCondition + """
                        ) pairs
                        where newest <= :perEdge
                        order by shared desc, first_id, second_id, newest""")
                .params(params)
                .query(rs -> {
                    long first = rs.getLong("first_id");
                    long second = rs.getLong("second_id");
                    long shared = rs.getLong("shared");
                    edges.computeIfAbsent(List.of(first, second), key -> new EdgeBuilder(
                                    nodes.get(first).organization(), nodes.get(second).organization(), shared))
                            .agreements.add(new NetworkGraph.AgreementRef(rs.getLong("id"),
                                    Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                                    PartialDateColumns.read(rs, "key")));
                });
        return edges.values().stream().map(EdgeBuilder::build).toList();
    }

    private static final class EdgeBuilder {
        private final OrganizationRef first;
        private final OrganizationRef second;
        private final long shared;
        private final List<NetworkGraph.AgreementRef> agreements = new ArrayList<>();

        private EdgeBuilder(OrganizationRef first, OrganizationRef second, long shared) {
            this.first = first;
            this.second = second;
            this.shared = shared;
        }

        private NetworkGraph.Edge build() {
            return new NetworkGraph.Edge(first, second, shared, List.copyOf(agreements));
        }
    }
}
