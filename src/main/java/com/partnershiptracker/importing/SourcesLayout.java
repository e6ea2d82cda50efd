package com.partnershiptracker.importing;

import com.partnershiptracker.audit.AuditedKind;
import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.source.CitationService;
import com.partnershiptracker.source.CitedAttribute;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceChange;
import com.partnershiptracker.source.SourceCsv;
import com.partnershiptracker.source.SourceCsvReader;
import com.partnershiptracker.source.SourceKind;
import com.partnershiptracker.source.SourceService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sources with their citations, in the columns of /sources.csv: one row per citation, the source's columns repeated
 * (a source without citations is one row with blank citation columns). A row's source is the one its {@code id} names,
 * else the one with the same URL (scheme, host case, "www." and a trailing slash aside), else the one with the same
 * publisher, date and a headline, else a new one; the rows of one source must agree on its columns. The cited record is
 * a slug for organizations and people and an id (12 or #12) for the rest. A citation is the source's citation of that
 * record for the same claim attribute (blank for a supporting one) and, where the source cites the record more than once
 * so, the same quote or else the next such citation; its quote, claimed value, attributes and notes are what an update
 * changes, in place.
 */
@Component
@Order(8)
class SourcesLayout implements ImportLayout {

    private final SourceService sources;
    private final CitationService citations;
    private final SourceCsvReader reader;

    SourcesLayout(SourceService sources, CitationService citations, SourceCsvReader reader) {
        this.sources = sources;
        this.citations = citations;
        this.reader = reader;
    }

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public List<String> columns() {
        return SourceCsv.COLUMNS;
    }

    @Override
    public Set<String> optionalColumns() {
        Set<String> optional = new LinkedHashSet<>(SourceCsv.COLUMNS);
        optional.removeAll(List.of("kind", "publisher"));
        return optional;
    }

    @Override
    public List<List<String>> examples() {
        return List.of(
                List.of("", "news_article", "연합뉴스", "", "우리은행, 케이뱅크와 디지털 금융 협력", "Woori Bank and K Bank team up on digital finance",
                        "https://www.example.com/news/woori-kbank", "ko", "2016-12-14", "day", "", "", "", "",
                        "organization", "woori-financial-group", "", "", "", "우리은행은 케이뱅크 지분을 보유한다", "", ""),
                List.of("", "press_release", "BC Card", "", "", "BC Card signs a payments MOU with KT",
                        "https://www.example.com/press/bc-kt", "en", "2019-03", "month", "", "", "", "",
                        "agreement", "#1", "signed", "2019-03-05", "signed; parties", "", "The release gives an earlier date", ""));
    }

    @Override
    public String exportPath() {
        return "/sources.csv";
    }

    /** Three statements (sources, citations, the keys of every citable record); a pass then resolves rows in memory. */
    @Override
    public ImportRun start() {
        Map<Long, SourceCsv.SourceRow> byId = new HashMap<>();
        Map<String, List<SourceCsv.SourceRow>> byUrl = new HashMap<>();
        Map<String, List<SourceCsv.SourceRow>> byTitle = new HashMap<>();
        for (SourceCsv.SourceRow source : reader.sources()) {
            byId.put(source.id(), source);
            if (source.url() != null) {
                byUrl.computeIfAbsent(normalizedUrl(source.url()), k -> new ArrayList<>()).add(source);
            }
            titleKeys(source.publisher(), source.headlineKo(), source.headlineEn(), source.published())
                    .forEach(key -> byTitle.computeIfAbsent(key, k -> new ArrayList<>()).add(source));
        }
        Map<String, List<SourceCsv.CitationRow>> existingCitations = new HashMap<>();
        for (SourceCsv.CitationRow citation : reader.citations()) {
            existingCitations.computeIfAbsent(citationKey("#" + citation.sourceId(), citation.citedKind(), citation.citedId(),
                    citation.claimAttribute()), k -> new ArrayList<>()).add(citation);
        }
        Run run = new Run(byId, byUrl, byTitle, existingCitations, reader.citableRecords());
        return run::plan;
    }

    /** A URL as sources are matched by: https, host in lower case without "www.", no fragment, no trailing slash. */
    static String normalizedUrl(String url) {
        String text = url.strip();
        int fragment = text.indexOf('#');
        if (fragment >= 0) {
            text = text.substring(0, fragment);
        }
        text = text.replaceFirst("(?i)^https?://", "");
        int slash = text.indexOf('/');
        String host = (slash < 0 ? text : text.substring(0, slash)).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String rest = slash < 0 ? "" : text.substring(slash);
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return host + rest;
    }

    private static List<String> titleKeys(String publisher, String headlineKo, String headlineEn, PartialDate published) {
        String start = folded(publisher) + "|" + (published == null ? "" : published.toIsoString()) + "|";
        List<String> keys = new ArrayList<>(2);
        if (headlineKo != null) {
            keys.add(start + "ko:" + folded(headlineKo));
        }
        if (headlineEn != null) {
            keys.add(start + "en:" + folded(headlineEn));
        }
        return keys;
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String citationKey(String source, FactKind kind, long factId, String claimAttribute) {
        return source + "|" + kind.name() + "|" + factId + "|" + (claimAttribute == null ? "" : claimAttribute);
    }

    /** The source of rows met earlier in the file: their values, and its id once the row that creates it has run. */
    private static final class FileSource {
        final long firstRow;
        final List<String> values;
        final SourceCsv.SourceRow existing;
        Long createdId;

        FileSource(long firstRow, List<String> values, SourceCsv.SourceRow existing) {
            this.firstRow = firstRow;
            this.values = values;
            this.existing = existing;
        }

        long id() {
            return existing != null ? existing.id() : Objects.requireNonNull(createdId, "the source's row has not run");
        }
    }

    private final class Run {
        private final Map<Long, SourceCsv.SourceRow> byId;
        private final Map<String, List<SourceCsv.SourceRow>> byUrl;
        private final Map<String, List<SourceCsv.SourceRow>> byTitle;
        private final Map<String, List<SourceCsv.CitationRow>> existingCitations;
        private final Map<FactKind, Map<String, Long>> citable;
        private final Map<String, FileSource> fileSources = new HashMap<>();
        private final SeenKeys seenCitations = new SeenKeys();
        private final Set<SourceCsv.CitationRow> claimedCitations = new java.util.HashSet<>();

        Run(Map<Long, SourceCsv.SourceRow> byId, Map<String, List<SourceCsv.SourceRow>> byUrl, Map<String, List<SourceCsv.SourceRow>> byTitle,
            Map<String, List<SourceCsv.CitationRow>> existingCitations, Map<FactKind, Map<String, Long>> citable) {
            this.byId = byId;
            this.byUrl = byUrl;
            this.byTitle = byTitle;
            this.existingCitations = existingCitations;
            this.citable = citable;
        }

        List<RowPlan> plan(List<ImportRow> chunk) {
            List<RowPlan> plans = new ArrayList<>(chunk.size());
            for (ImportRow row : chunk) {
                try {
                    plans.add(plan(row, SourceValues.of(row), CitationValues.of(row)));
                } catch (RowProblem problem) {
                    plans.add(RowPlan.error(row, label(row), problem.error()));
                }
            }
            return plans;
        }

        private RowPlan plan(ImportRow row, SourceValues values, CitationValues citation) {
            SourceCsv.SourceRow existing = existingSource(values);
            String identity = existing != null ? "#" + existing.id()
                    : "new:" + (values.url() != null ? normalizedUrl(values.url()) : String.join("|", titleKeys(values.publisher(),
                    values.headline().ko(), values.headline().en(), values.published())));
            FileSource earlier = fileSources.get(identity);
            List<String> rawValues = SourceCsv.SOURCE_COLUMNS.stream().filter(column -> !column.equals("id"))
                    .map(column -> ImportValues.text(row.get(column))).toList();
            if (earlier != null && !earlier.values.equals(rawValues)) {
                throw RowProblem.in("publisher", "import.error.sourceRepeatedDifferently", earlier.firstRow);
            }
            if (earlier != null && citation == null) {
                throw RowProblem.in("id", "import.error.duplicateInFile", earlier.firstRow);
            }
            Long factId = null;
            SourceCsv.CitationRow existingCitation = null;
            if (citation != null) {
                factId = citable.get(citation.kind()).get(citation.cited());
                if (factId == null) {
                    throw RowProblem.in("cited", "import.error.unknownCited", citation.kind().name().toLowerCase(Locale.ROOT), citation.cited());
                }
                String claim = citation.claimAttribute() == null ? null : citation.claimAttribute().name();
                String key = citationKey(identity, citation.kind(), factId, claim);
                seenCitations.requireFirst(key + "|" + ImportValues.text(citation.quote()), row, "cited");
                if (existing != null) {
                    existingCitation = unclaimed(existingCitations.getOrDefault(
                            citationKey("#" + existing.id(), citation.kind(), factId, claim), List.of()), citation.quote());
                }
            }
            FileSource fileSource = earlier;
            boolean createsSource = false;
            List<FieldChange> changes = new ArrayList<>();
            Runnable saveSource = () -> { };
            if (fileSource == null) {
                fileSource = new FileSource(row.number(), rawValues, existing);
                fileSources.put(identity, fileSource);
                FileSource created = fileSource;
                PartialDate published = RelationsLayout.keepingKoreanNote(values.published(), existing == null ? null : existing.published());
                SourceChange change = values.change(published);
                if (existing == null) {
                    createsSource = true;
                    saveSource = () -> created.createdId = sources.create(change).getId();
                } else {
                    changes.addAll(values.changesFrom(existing, published));
                    if (!changes.isEmpty()) {
                        saveSource = () -> sources.update(existing.id(), existing.version(), change);
                    }
                }
            }
            FileSource source = fileSource;
            Runnable saveCitation = () -> { };
            boolean createsCitation = false;
            if (citation != null) {
                Class<? extends BaseEntity> type = AuditedKind.valueOf(citation.kind().name()).type();
                long fact = factId;
                Citation.Draft draft = citation.draft();
                if (existingCitation == null) {
                    createsCitation = true;
                    saveCitation = () -> cite(type, fact, source.id(), draft);
                } else {
                    List<FieldChange> citationChanges = citation.changesFrom(existingCitation);
                    changes.addAll(citationChanges);
                    int position = existingCitation.position();
                    if (!citationChanges.isEmpty()) {
                        saveCitation = () -> replace(type, fact, position, source.id(), draft);
                    }
                }
            }
            Runnable sourceStep = saveSource;
            Runnable citationStep = saveCitation;
            Runnable apply = () -> {
                sourceStep.run();
                citationStep.run();
            };
            if (createsSource || createsCitation) {
                return RowPlan.create(row, label(row), changes, apply);
            }
            return RowPlan.update(row, label(row), changes, apply);
        }

        /**
         * The citation a row stands for, among a source's citations of the record for the same attribute: the one with the
         * row's quote, else the first that no earlier row took (a source may support a record with several passages).
         */
        private SourceCsv.CitationRow unclaimed(List<SourceCsv.CitationRow> candidates, String quote) {
            List<SourceCsv.CitationRow> free = candidates.stream().filter(candidate -> !claimedCitations.contains(candidate)).toList();
            SourceCsv.CitationRow chosen = free.stream().filter(candidate -> Objects.equals(candidate.quote(), quote)).findFirst()
                    .orElse(free.isEmpty() ? null : free.get(0));
            if (chosen != null) {
                claimedCitations.add(chosen);
            }
            return chosen;
        }

        private SourceCsv.SourceRow existingSource(SourceValues values) {
            if (values.id() != null && byId.containsKey(values.id())) {
                return byId.get(values.id());
            }
            if (values.url() != null) {
                List<SourceCsv.SourceRow> same = byUrl.getOrDefault(normalizedUrl(values.url()), List.of());
                if (!same.isEmpty()) {
                    return single(same, "url");
                }
            }
            Map<Long, SourceCsv.SourceRow> same = new java.util.LinkedHashMap<>();
            titleKeys(values.publisher(), values.headline().ko(), values.headline().en(), values.published())
                    .forEach(key -> byTitle.getOrDefault(key, List.of()).forEach(found -> same.put(found.id(), found)));
            return same.isEmpty() ? null : single(List.copyOf(same.values()), "headline_ko");
        }

        private SourceCsv.SourceRow single(List<SourceCsv.SourceRow> candidates, String column) {
            if (candidates.size() > 1) {
                throw RowProblem.in(column, "import.error.ambiguousSource",
                        candidates.stream().map(found -> "#" + found.id()).collect(Collectors.joining(", ")));
            }
            return candidates.get(0);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void cite(Class<? extends BaseEntity> type, long factId, long sourceId, Citation.Draft draft) {
        citations.cite((Class) type, factId, sourceId, draft);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void replace(Class<? extends BaseEntity> type, long factId, int position, long sourceId, Citation.Draft draft) {
        citations.replace((Class) type, factId, position, sourceId, draft);
    }

    private static String label(ImportRow row) {
        String headline = row.get("headline_ko") != null ? row.get("headline_ko") : ImportValues.text(row.get("headline_en"));
        String cited = row.get("cited_kind") == null ? "" : " → " + row.get("cited_kind") + " " + ImportValues.text(row.get("cited"));
        return headline + cited;
    }

    /** The source's columns of one row, read and checked. */
    private record SourceValues(Long id, SourceKind kind, String publisher, String author, Bilingual headline, String url,
                                String language, PartialDate published, String note, String archiveUrl) {

        static SourceValues of(ImportRow row) {
            ImportValues.requireLengths(row, Map.of("publisher", 200, "author", 200, "headline_ko", 500, "headline_en", 500,
                    "url", 2000, "language", 10, "published_note", PartialDate.NOTE_MAX_LENGTH, "note", 2000, "archive_url", 2000));
            Long id = null;
            if (row.get("id") != null) {
                id = number(row.get("id"), "id");
            }
            SourceKind kind = ImportValues.choice(SourceKind.class, required(row, "kind"), "kind");
            String publisher = required(row, "publisher");
            Bilingual headline = Bilingual.of(row.get("headline_ko"), row.get("headline_en"));
            if (headline.isEmpty()) {
                throw RowProblem.in("headline_ko", "import.error.headlineRequired");
            }
            String url = web(row, "url");
            String language = row.get("language") == null ? "ko" : row.get("language");
            if (!language.matches("[a-z]{2,3}(-[A-Za-z]{2,4})?")) {
                throw RowProblem.in("language", "import.error.language", language);
            }
            PartialDate published = ImportValues.date(row, "published", "published_precision", "published_inferred", "published_note");
            return new SourceValues(id, kind, publisher, row.get("author"), headline, url, language, published, row.get("note"), web(row, "archive_url"));
        }

        private static String web(ImportRow row, String column) {
            String value = row.get(column);
            if (value != null && !value.matches("https?://\\S+")) {
                throw RowProblem.in(column, "import.error.website", value);
            }
            return value;
        }

        SourceChange change(PartialDate publishedWithNotes) {
            return new SourceChange() {
                @Override
                public Source newSource() {
                    return new Source(kind, publisher, headline, language);
                }

                @Override
                public void applyTo(Source source) {
                    source.republish(kind, publisher, language);
                    source.rename(headline);
                    source.attributeTo(author);
                    source.locateAt(url);
                    source.datePublished(publishedWithNotes);
                    source.annotate(note);
                    source.keepText(source.getArticleText(), archiveUrl);
                }
            };
        }

        List<FieldChange> changesFrom(SourceCsv.SourceRow current, PartialDate publishedWithNotes) {
            List<FieldChange> changes = new ArrayList<>();
            OrganizationsLayout.compare(changes, "kind", current.kind().toLowerCase(Locale.ROOT), kind.name().toLowerCase(Locale.ROOT));
            OrganizationsLayout.compare(changes, "publisher", current.publisher(), publisher);
            OrganizationsLayout.compare(changes, "author", current.author(), author);
            OrganizationsLayout.compare(changes, "headline_ko", current.headlineKo(), headline.ko());
            OrganizationsLayout.compare(changes, "headline_en", current.headlineEn(), headline.en());
            OrganizationsLayout.compare(changes, "url", current.url(), url);
            OrganizationsLayout.compare(changes, "language", current.language(), language);
            OrganizationsLayout.compare(changes, "published", ImportValues.shown(current.published()), ImportValues.shown(publishedWithNotes));
            OrganizationsLayout.compare(changes, "note", current.note(), note);
            OrganizationsLayout.compare(changes, "archive_url", current.archiveUrl(), archiveUrl);
            return changes;
        }
    }

    /** The citation's columns of one row, read and checked; null when the row has none. */
    private record CitationValues(FactKind kind, String cited, CitedAttribute claimAttribute, String claimValue,
                                  List<CitedAttribute> attributes, String quote, String note, String noteKo) {

        static CitationValues of(ImportRow row) {
            if (row.get("cited_kind") == null) {
                for (String column : SourceCsv.CITATION_COLUMNS) {
                    if (row.get(column) != null) {
                        throw RowProblem.in("cited_kind", "import.error.required", "cited_kind");
                    }
                }
                return null;
            }
            ImportValues.requireLengths(row, Map.of("claim_value", 200, "quote", Citation.QUOTE_MAX_LENGTH,
                    "citation_note", 1000, "citation_note_ko", 1000));
            FactKind kind = ImportValues.choice(FactKind.class, row.get("cited_kind"), "cited_kind");
            String cited = required(row, "cited");
            if (kind != FactKind.ORGANIZATION && kind != FactKind.PERSON) {
                cited = String.valueOf(number(cited, "cited"));
            }
            CitedAttribute claim = attributeOf(kind, row.get("claim_attribute"), "claim_attribute");
            String claimValue = row.get("claim_value");
            if (claim != null && claimValue == null) {
                throw RowProblem.in("claim_value", "import.error.required", "claim_value");
            }
            if (claim == null && claimValue != null) {
                throw RowProblem.in("claim_attribute", "import.error.required", "claim_attribute");
            }
            List<CitedAttribute> attributes = new ArrayList<>();
            for (String item : ImportValues.list(row, "attributes")) {
                CitedAttribute attribute = attributeOf(kind, item, "attributes");
                if (!attributes.contains(attribute)) {
                    attributes.add(attribute);
                }
            }
            return new CitationValues(kind, cited, claim, claimValue, List.copyOf(attributes), row.get("quote"),
                    row.get("citation_note"), row.get("citation_note_ko"));
        }

        private static CitedAttribute attributeOf(FactKind kind, String text, String column) {
            CitedAttribute attribute = ImportValues.choice(CitedAttribute.class, text, column);
            if (attribute != null && !attribute.appliesTo(kind)) {
                throw RowProblem.in(column, "import.error.attributeNotOf", text, kind.name().toLowerCase(Locale.ROOT));
            }
            return attribute;
        }

        Citation.Draft draft() {
            return new Citation.Draft(quote, claimAttribute, claimValue, note, attributes, noteKo);
        }

        List<FieldChange> changesFrom(SourceCsv.CitationRow current) {
            List<FieldChange> changes = new ArrayList<>();
            OrganizationsLayout.compare(changes, "claim_value", current.claimValue(), claimValue);
            OrganizationsLayout.compare(changes, "attributes", SourceCsv.attributes(current.attributes()), SourceCsv.attributes(attributes));
            OrganizationsLayout.compare(changes, "quote", current.quote(), quote);
            OrganizationsLayout.compare(changes, "citation_note", current.note(), note);
            OrganizationsLayout.compare(changes, "citation_note_ko", current.noteKo(), noteKo);
            return changes;
        }
    }

    private static String required(ImportRow row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw RowProblem.in(column, "import.error.required", column);
        }
        return value;
    }

    private static long number(String text, String column) {
        try {
            return Long.parseLong(text.startsWith("#") ? text.substring(1).strip() : text);
        } catch (NumberFormatException notANumber) {
            throw RowProblem.in(column, "import.error.id", text);
        }
    }
}
