package com.partnershiptracker.source;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.RecordLink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Citations whose quote does not occur in their source's article text, for editors to fix. One
 * statement, read as a stream in source order: each source's text arrives once, on the row of its
 * first quote, and is dropped when the next source's rows begin, so memory holds one article text
 * (and a fetch's worth of rows) however many sources have a text and however many quotes they have.
 */
@Component
@Transactional(readOnly = true)
public class UnfoundQuotes {

    /** How many the dashboard lists; the count covers them all. */
    public static final int SHOWN = 50;

    /** Rows per round trip: few enough that a fetch holding several texts of the longest kind stays small. */
    static final int FETCH_SIZE = 20;

    private final JdbcTemplate jdbc;

    UnfoundQuotes(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // PostgreSQL sends rows as they are read, rather than all at once, only with a fetch size set, inside a transaction.
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /** The first {@link #SHOWN} citations whose quote is not found, by source, with how many were checked and not found. */
    public Report find() {
        List<UnfoundQuote> shown = new ArrayList<>();
        int[] counts = {0, 0};
        QuoteCheck[] check = {null};
        jdbc.query("""
                select c.fact_kind, c.fact_id, c.source_id, c.quote, l.title_ko, l.title_en, l.link_kind, l.link_key,
                       s.publisher, s.headline_ko, s.headline_en,
                       case when row_number() over (partition by c.source_id order by c.fact_kind, c.fact_id, c.position) = 1
                            then s.article_text end as article_text
                from fact_citations c
                join sources s on s.id = c.source_id
                join fact_labels l on l.fact_kind = c.fact_kind and l.fact_id = c.fact_id
                where c.quote is not null and s.article_text is not null
                order by c.source_id, c.fact_kind, c.fact_id, c.position""", rs -> {
            String text = rs.getString("article_text");
            if (text != null) {
                check[0] = QuoteCheck.against(text);
            }
            counts[0]++;
            if (check[0].statusOf(rs.getString("quote")).isNotFound()) {
                counts[1]++;
                if (shown.size() < SHOWN) {
                    shown.add(new UnfoundQuote(FactKind.valueOf(rs.getString("fact_kind")), rs.getLong("fact_id"),
                            Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                            RecordLink.of(rs.getString("link_kind"), rs.getString("link_key")), rs.getLong("source_id"),
                            Bilingual.of(rs.getString("headline_ko"), rs.getString("headline_en")),
                            rs.getString("publisher"), rs.getString("quote")));
                }
            }
        });
        return new Report(List.copyOf(shown), counts[1], counts[0]);
    }

    /** The first unfound quotes, how many are not found in all, and how many quotes were checked. */
    public record Report(List<UnfoundQuote> shown, int notFound, int checked) {
    }

    /** A citation whose quote its source's text does not contain. */
    public record UnfoundQuote(FactKind kind, long factId, Bilingual title, RecordLink link, long sourceId,
                               Bilingual sourceHeadline, String publisher, String quote) {
    }
}
