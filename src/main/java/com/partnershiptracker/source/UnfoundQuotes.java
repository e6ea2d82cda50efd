package com.partnershiptracker.source;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.RecordLink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Citations whose quote does not occur in their source's article text, for editors to fix. Two
 * statements whatever the number of sources: every quote of a source that has a text (short rows),
 * then the texts themselves, streamed one source at a time so that only one article text is held
 * in memory while its quotes are checked, however many sources have one.
 */
@Component
@Transactional(readOnly = true)
public class UnfoundQuotes {

    /** How many the dashboard lists; the count covers them all. */
    public static final int SHOWN = 50;

    private final JdbcClient jdbc;
    private final JdbcTemplate texts;

    UnfoundQuotes(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.texts = new JdbcTemplate(dataSource);
        // PostgreSQL sends rows as they are read only with a fetch size set, inside a transaction.
        this.texts.setFetchSize(1);
    }

    /** The first {@link #SHOWN} citations whose quote is not found, by source, with how many were checked and not found. */
    public Report find() {
        Map<Long, List<UnfoundQuote>> quotesBySource = new HashMap<>();
        jdbc.sql("""
                        select c.fact_kind, c.fact_id, c.position, c.source_id, c.quote,
                               l.title_ko, l.title_en, l.link_kind, l.link_key
                        from fact_citations c join fact_labels l on l.fact_kind = c.fact_kind and l.fact_id = c.fact_id
                        where c.quote is not null
                          and c.source_id in (select s.id from sources s where s.article_text is not null)
                        order by c.source_id, c.fact_kind, c.fact_id, c.position""")
                .query(rs -> {
                    quotesBySource.computeIfAbsent(rs.getLong("source_id"), id -> new ArrayList<>()).add(new UnfoundQuote(
                            FactKind.valueOf(rs.getString("fact_kind")), rs.getLong("fact_id"),
                            Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                            RecordLink.of(rs.getString("link_kind"), rs.getString("link_key")),
                            rs.getLong("source_id"), null, null, rs.getString("quote")));
                });
        if (quotesBySource.isEmpty()) {
            return new Report(List.of(), 0, 0);
        }
        List<UnfoundQuote> shown = new ArrayList<>();
        int[] counts = {0, 0};
        texts.query("""
                select id, publisher, headline_ko, headline_en, article_text from sources
                where article_text is not null order by id""", rs -> {
            List<UnfoundQuote> quotes = quotesBySource.getOrDefault(rs.getLong("id"), List.of());
            if (quotes.isEmpty()) {
                return;
            }
            QuoteCheck check = QuoteCheck.against(rs.getString("article_text"));
            Bilingual headline = Bilingual.of(rs.getString("headline_ko"), rs.getString("headline_en"));
            String publisher = rs.getString("publisher");
            for (UnfoundQuote quote : quotes) {
                counts[0]++;
                if (check.statusOf(quote.quote()).isNotFound()) {
                    counts[1]++;
                    if (shown.size() < SHOWN) {
                        shown.add(quote.from(headline, publisher));
                    }
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

        UnfoundQuote from(Bilingual headline, String sourcePublisher) {
            return new UnfoundQuote(kind, factId, title, link, sourceId, headline, sourcePublisher, quote);
        }
    }
}
