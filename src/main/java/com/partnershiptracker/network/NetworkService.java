package com.partnershiptracker.network;

import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationNode;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.PartnerSelection;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.database.AsOfCondition;
import com.partnershiptracker.database.DateRangeCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Aggregates the alliance network from the agreements and their parties, in the database. */
@Service
@Transactional(readOnly = true)
public class NetworkService {

    /** The heaviest edges kept among the nodes; 200 nodes could otherwise be joined by 19,900 edges. */
    public static final int MAX_EDGES = 1000;
    /** Past about this many edges per node the picture is a solid tangle; the tables say how many more there are. */
    public static final int EDGES_PER_NODE = 5;

    /** An agreement's key date and its precision, as agreement_listing reads them: signed, else announced, else in effect. */
    private static final String KEY_DATE = "coalesce(a.signed_date, a.announced_date, a.effective_date)";
    private static final String KEY_PRECISION = "case when a.signed_date is not null then a.signed_precision"
            + " when a.announced_date is not null then a.announced_precision else a.effective_precision end";

    private final JdbcClient jdbc;
    private final OrganizationService organizations;

    NetworkService(JdbcClient jdbc, OrganizationService organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /**
     * The organization a reader typed to put at the centre: its slug, or its Korean or English name
     * when no other organization has that name. Reads the cached group structure, no statement.
     */
    public Optional<OrganizationRef> findCentre(String slugOrName) {
        if (slugOrName == null || slugOrName.isBlank()) {
            return Optional.empty();
        }
        return organizations.hierarchy().resolve(slugOrName.strip()).map(OrganizationNode::toRef);
    }

    /**
     * The network of agreements matching the filter, in two statements whatever the number of
     * agreements: the organizations in range ranked by connections (at most the filter's limit,
     * the filtered partners or the centre first; with groups collapsed, each group counted as its
     * topmost organization), then the edges among those kept, the heaviest first, at most {@link #maxEdges}.
     * Agreements with no date are left out once a date range is given. The whole network, or whole
     * years of it, is read from the summary tables (V17); around partners or a centre, or between
     * days within a year, or as of a day, it is aggregated from the agreements' parties. As of a day,
     * only the agreements in force then count, and each node and edge says how many of its
     * agreements the record cannot place surely in force (a month or year holding the day, or no date).
     */
    public NetworkGraph graph(NetworkFilter filter) {
        if (isSummarized(filter)) {
            return graphFromSummaries(filter);
        }
        return aggregatedGraph(filter);
    }

    /**
     * The years the record's timeline spans (every dated fact, not only agreements, so that the
     * slider can show the network before its first agreement), in one statement; empty when none.
     */
    public Optional<YearSpan> yearsWithData() {
        return jdbc.sql("""
                        select min(extract(year from entry_date)) as first_year, max(extract(year from entry_date)) as last_year
                        from timeline_entry_rows""")
                .query((rs, n) -> new YearSpan(rs.getInt("first_year"), rs.getInt("last_year")))
                .optional()
                .filter(span -> span.first() > 0);
    }

    /** Whether the summaries answer this filter: no partners, no centre, and whole years or no dates. */
    static boolean isSummarized(NetworkFilter filter) {
        return filter.asOf() == null && filter.partners().isEmpty() && filter.centreId() == null && SummaryYears.cover(filter.from(), filter.to());
    }

    /** The graph aggregated from the agreements' parties on each request, whatever the filter. */
    NetworkGraph aggregatedGraph(NetworkFilter filter) {
        OrganizationHierarchy hierarchy = organizations.hierarchy();
        Map<String, Object> params = new HashMap<>();
        StringBuilder condition = new StringBuilder();
        Set<Long> pinned = new LinkedHashSet<>();
        if (!filter.partners().isEmpty()) {
            PartnerSelection selection = hierarchy.select(filter.partners(), filter.includeAffiliates());
            if (selection.matchesNothing()) {
                return NetworkGraph.empty();
            }
            condition.append(" and p.agreement_id in (select x.agreement_id from agreement_parties x")
                    .append(" where x.organization_id in (:partnerIds))");
            params.put("partnerIds", selection.organizationIds());
            selection.organizationIds().forEach(id -> pinned.add(nodeOf(id, filter, hierarchy)));
        }
        if (filter.centreId() != null) {
            long centreNode = nodeOf(filter.centreId(), filter, hierarchy);
            condition.append(" and p.agreement_id in (select c.agreement_id from agreement_parties c")
                    .append(" where c.organization_id in (:centreIds))");
            params.put("centreIds", filter.groups() ? hierarchy.withDescendants(centreNode) : Set.of(centreNode));
            pinned.clear();
            pinned.add(centreNode);
        }
        if (filter.hideInternalUnits()) {
            condition.append(" and k.kind <> '").append(OrganizationKind.INTERNAL_UNIT.name()).append("'");
        }
        DateRangeCondition.append(condition, params, "l.key_date", "l.key_precision", filter.from(), filter.to());
        if (filter.asOf() != null) {
            condition.append(" and p.agreement_id in (select a.id from agreements a where ")
                    .append(AsOfCondition.inForce(KEY_DATE, KEY_PRECISION, "a.ended_date", "a.ended_precision")).append(")");
            AsOfCondition.bind(params, filter.asOf());
        }

        Ranking ranking = rank(filter, condition.toString(), params, pinned);
        if (ranking.nodes().isEmpty()) {
            return NetworkGraph.empty();
        }
        Map<Long, NetworkGraph.Node> nodes = ranking.nodes();
        params.put("nodeIds", Set.copyOf(nodes.keySet()));
        String amongNodes = condition + " and " + nodeColumn(filter) + " in (:nodeIds)";
        params.put("maxEdges", maxEdges(filter));
        // The rows of each side are written out, not shared through a CTE, so that each side reads its index.
        return withEdges(ranking, grouping(filter) + """
                        select p1.node_id as first_id, p2.node_id as second_id, count(*) as agreements,
                               sum(p1.uncertain) as uncertain_agreements, count(*) over () as connections
                        from\s""" + parties(filter, amongNodes) + " p1 join " + parties(filter, amongNodes) + """
                         p2 on p2.agreement_id = p1.agreement_id and p2.node_id > p1.node_id
                        group by p1.node_id, p2.node_id
                        order by agreements desc, first_id, second_id
                        limit :maxEdges""", params);
    }

    /**
     * The same graph as the live aggregation gives, read from the summaries: each node's totals over
     * the years asked for (or over all time, undated agreements included), then the pairs among the
     * nodes kept. Without internal units, the external counts are read instead.
     */
    NetworkGraph graphFromSummaries(NetworkFilter filter) {
        SummaryYears years = new SummaryYears(filter.from(), filter.to());
        String agreements = filter.hideInternalUnits() ? "external_agreements" : "agreements";
        String connections = filter.hideInternalUnits() ? "external_connections" : "connections";
        Map<String, Object> params = new HashMap<>();
        params.put("grouped", filter.groups());
        params.put("limit", filter.limit());
        params.put("fromYear", years.first());
        params.put("toYear", years.last());
        String totals = years.all()
                ? "select node_id, " + agreements + " as agreements, " + connections + " as connections"
                + " from network_node_totals where grouped = :grouped"
                : "select node_id, sum(" + agreements + ") as agreements, sum(" + connections + ") as connections"
                + " from network_node_years where grouped = :grouped and key_year between :fromYear and :toYear group by node_id";
        Ranking ranking = readRanking("""
                select o.id, o.slug, o.name_ko, o.name_en, o.kind, s.agreements, s.connections,
                       0 as uncertain_agreements, count(*) over () as organizations_in_range
                from (""" + totals + """
                ) s
                join organizations o on o.id = s.node_id
                where s.agreements > 0
                order by s.connections desc, s.agreements desc, o.slug limit :limit""", params);
        if (ranking.nodes().isEmpty()) {
            return NetworkGraph.empty();
        }
        params.put("nodeIds", Set.copyOf(ranking.nodes().keySet()));
        params.put("maxEdges", maxEdges(filter));
        String pairs = years.all()
                ? "select first_id, second_id, " + agreements + " as agreements from network_pair_totals"
                + " where grouped = :grouped and first_id in (:nodeIds) and second_id in (:nodeIds)"
                : "select first_id, second_id, sum(" + agreements + ") as agreements from network_pair_years"
                + " where grouped = :grouped and first_id in (:nodeIds) and second_id in (:nodeIds)"
                + " and key_year between :fromYear and :toYear group by first_id, second_id";
        return withEdges(ranking, """
                select first_id, second_id, agreements, 0 as uncertain_agreements, count(*) over () as connections
                from (""" + pairs + """
                ) s
                where agreements > 0
                order by agreements desc, first_id, second_id
                limit :maxEdges""", params);
    }

    private NetworkGraph withEdges(Ranking ranking, String sql, Map<String, Object> params) {
        Map<Long, NetworkGraph.Node> nodes = ranking.nodes();
        List<NetworkGraph.Edge> edges = new ArrayList<>();
        long[] connections = {0};
        jdbc.sql(sql)
                .params(params)
                .query(rs -> {
                    edges.add(new NetworkGraph.Edge(nodes.get(rs.getLong("first_id")).organization(),
                            nodes.get(rs.getLong("second_id")).organization(), rs.getLong("agreements"),
                            rs.getLong("uncertain_agreements")));
                    connections[0] = rs.getLong("connections");
                });
        return new NetworkGraph(List.copyOf(nodes.values()), List.copyOf(edges), ranking.inRange(), connections[0]);
    }

    /** The most edges a graph of this limit holds: {@value #EDGES_PER_NODE} per node, {@value #MAX_EDGES} at most. */
    public static int maxEdges(NetworkFilter filter) {
        return Math.min(MAX_EDGES, EDGES_PER_NODE * filter.limit());
    }

    private record Ranking(Map<Long, NetworkGraph.Node> nodes, long inRange) {
    }

    private Ranking rank(NetworkFilter filter, String condition, Map<String, Object> params, Set<Long> pinned) {
        String pinnedFirst = "";
        if (!pinned.isEmpty()) {
            pinnedFirst = "case when o.id in (:pinnedIds) then 0 else 1 end, ";
            params.put("pinnedIds", pinned);
        }
        // Around a centre, a neighbour's weight is what it shares with the centre: its agreements there.
        String strongestFirst = filter.centreId() != null ? "s.agreements desc, s.connections desc"
                : "s.connections desc, s.agreements desc";
        params.put("limit", filter.limit());
        return readRanking(grouping(filter) + """
                        select o.id, o.slug, o.name_ko, o.name_en, o.kind, s.agreements, s.connections,
                               s.uncertain_agreements, count(*) over () as organizations_in_range
                        from (
                            select node_id, count(*) as agreements, sum(parties - 1) as connections,
                                   sum(uncertain) as uncertain_agreements
                            from (
                                select party.node_id, party.uncertain, count(*) over (partition by party.agreement_id) as parties
                                from\s""" + parties(filter, condition) + """
                         party
                            ) counted
                            group by node_id
                        ) s
                        join organizations o on o.id = s.node_id
                        order by\s""" + pinnedFirst + strongestFirst + ", o.slug limit :limit", params);
    }

    private Ranking readRanking(String sql, Map<String, Object> params) {
        Map<Long, NetworkGraph.Node> nodes = new LinkedHashMap<>();
        long[] inRange = {0};
        jdbc.sql(sql)
                .params(params)
                .query(rs -> {
                    OrganizationRef organization = new OrganizationRef(rs.getLong("id"), rs.getString("slug"),
                            Bilingual.of(rs.getString("name_ko"), rs.getString("name_en")),
                            OrganizationKind.valueOf(rs.getString("kind")));
                    nodes.put(organization.id(), new NetworkGraph.Node(organization, rs.getLong("agreements"),
                            rs.getLong("connections"), rs.getLong("uncertain_agreements")));
                    inRange[0] = rs.getLong("organizations_in_range");
                });
        return new Ranking(nodes, inRange[0]);
    }

    /**
     * With groups collapsed, the opening of a statement: each organization's group, named by its
     * topmost organization. A parent chain that loops is never reached from a top organization;
     * the left join in {@link #parties} keeps such an organization as itself.
     */
    private static String grouping(NetworkFilter filter) {
        if (!filter.groups()) {
            return "";
        }
        return """
                with recursive grouping (id, node_id, depth) as (
                    select id, id, 0 from organizations where parent_id is null
                    union all
                    select o.id, g.node_id, g.depth + 1
                    from organizations o join grouping g on o.parent_id = g.id
                    where g.depth < 100
                )
                """;
    }

    /**
     * A derived table of one row per agreement and node (an organization, or a group) that is a
     * party to it within the filter. Joins only what the filter needs, so that the common,
     * unfiltered view reads one index.
     */
    private static String parties(NetworkFilter filter, String condition) {
        StringBuilder sql = new StringBuilder("(select ");
        if (filter.groups()) {
            sql.append("distinct ");
        }
        sql.append("p.agreement_id, ").append(nodeColumn(filter)).append(" as node_id, ").append(uncertainty(filter))
                .append(" as uncertain from agreement_parties p");
        if (condition.contains("l.key_")) {
            sql.append(" join agreement_listing l on l.id = p.agreement_id");
        }
        if (filter.hideInternalUnits()) {
            sql.append(" join organizations k on k.id = p.organization_id");
        }
        if (filter.groups()) {
            sql.append(" left join grouping g on g.id = p.organization_id");
        }
        return sql.append(" where 1 = 1").append(condition).append(")").toString();
    }

    /** 1 for an agreement that, as of the filter's day, the record cannot place surely in force; else 0. */
    private static String uncertainty(NetworkFilter filter) {
        if (filter.asOf() == null) {
            return "0";
        }
        return "case when p.agreement_id in (select a.id from agreements a where "
                + AsOfCondition.uncertain(KEY_DATE, KEY_PRECISION, "a.ended_date", "a.ended_precision") + ") then 1 else 0 end";
    }

    private static String nodeColumn(NetworkFilter filter) {
        return filter.groups() ? "coalesce(g.node_id, p.organization_id)" : "p.organization_id";
    }

    private static long nodeOf(long organizationId, NetworkFilter filter, OrganizationHierarchy hierarchy) {
        return filter.groups() ? hierarchy.topOf(organizationId) : organizationId;
    }
}
