package com.partnershiptracker.dossier.web;

import com.partnershiptracker.dossier.RelationshipCategory;
import com.partnershiptracker.dossier.RelationshipFilter;
import com.partnershiptracker.dossier.RelationshipSort;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.websupport.AsOfParameter;
import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.initiative.InitiativeKind;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.websupport.ApiPaging;
import com.partnershiptracker.websupport.ApiQueryChecks;
import com.partnershiptracker.websupport.InvalidQueryException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The query string of a partner's relationships table: kind, counterpart, sort, dir, page, size and asOf. A
 * sort, kind or page that cannot be read is ignored (the table shows its default); an asOf that is
 * not a day is refused with a message. The same object builds the table's links, so every sorted,
 * filtered page has a URL that can be shared.
 */
public class RelationshipsQuery {

    private static final Pattern KIND = Pattern.compile("[A-Za-z_]{1,30}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");

    @Parameter(description = "A category (AGREEMENT, INITIATIVE, RELATION) or one kind of agreement, initiative or relation"
            + " (STRATEGIC_MOU, SERVICE, MAJOR_SHAREHOLDER_OF…), in any case",
            schema = @Schema(anyOf = {RelationshipCategory.class, AgreementKind.class, InitiativeKind.class, RelationKind.class}),
            example = "AGREEMENT")
    private String kind;
    @Parameter(description = "The column to sort by, in any case; date unless asked",
            schema = @Schema(implementation = RelationshipSort.class, defaultValue = "DATE"), example = "COUNTERPART")
    private String sort;
    @Parameter(description = "asc or desc; by default date and sources sort descending, the rest ascending",
            schema = @Schema(allowableValues = {"asc", "desc"}), example = "asc")
    private String dir;
    @Parameter(description = ApiPaging.PAGE_DESCRIPTION, example = "1",
            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + ApiPaging.MAX_PAGE, defaultValue = "1"))
    private String page;
    @Parameter(description = ApiPaging.SIZE_DESCRIPTION, example = "20",
            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + PageSlice.MAX_SIZE,
                    defaultValue = "" + PageSlice.DEFAULT_SIZE))
    private String size;
    @Parameter(description = "Read the record as of this day (YYYY-MM-DD): only what was in force then, marked uncertain when"
            + " the record cannot place it surely", schema = @Schema(type = "string", format = "date"), example = "2021-06-30")
    private String asOf;
    @Parameter(description = "One counterpart's slug: only the relationships with it; anything that is not a slug is ignored",
            example = "kakao-pay")
    private String counterpart;

    /**
     * Refuses, as the API does, what its description does not allow (the table on the page ignores it): a kind,
     * sort or dir that is none of its choices, a page or size out of range, an asOf that is not a day.
     *
     * @throws InvalidQueryException naming the first parameter that is not allowed
     */
    public void rejectWhatTheApiDoesNotAllow() {
        List<String> kinds = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(RelationshipCategory.class, AgreementKind.class,
                InitiativeKind.class, RelationKind.class)) {
            kinds.addAll(List.of(ApiQueryChecks.names(type)));
        }
        ApiQueryChecks.oneOf(kind, "kind", kinds.toArray(String[]::new));
        ApiQueryChecks.oneOf(sort, "sort", ApiQueryChecks.names(RelationshipSort.class));
        ApiQueryChecks.oneOf(dir, "dir", "asc", "desc");
        ApiPaging.slice(page, size);
        ApiQueryChecks.day(asOf);
        asOfDay();
    }

    public RelationshipFilter toFilter(boolean korean) {
        return new RelationshipFilter(kindCode(), sortColumn(), descending(), slice(), asOfDay(), korean, counterpartSlug());
    }

    /** The counterpart asked for, or null for all (also when it is not a slug). */
    public String counterpartSlug() {
        String slug = counterpart == null ? null : counterpart.strip().toLowerCase(Locale.ROOT);
        return slug != null && SLUG.matcher(slug).matches() ? slug : null;
    }

    /** The table of the relationships with one counterpart (null for all), from its first page. */
    public String counterpartUrl(String path, String slug) {
        return firstPageWith(path, "counterpart", slug);
    }

    /** The categories the kind filter offers. */
    public List<RelationshipCategory> categories() {
        return List.of(RelationshipCategory.values());
    }

    /** The kind asked for, upper case, or null for all (also when it cannot be read). */
    public String kindCode() {
        return kind != null && KIND.matcher(kind.strip()).matches() ? kind.strip().toUpperCase(Locale.ROOT) : null;
    }

    /** Whether the kind asked for is a whole category (AGREEMENT, INITIATIVE, RELATION) rather than one kind. */
    public boolean filtersByCategory() {
        String code = kindCode();
        return code != null && categories().stream().anyMatch(category -> category.name().equals(code));
    }

    public RelationshipSort sortColumn() {
        if (sort != null) {
            for (RelationshipSort column : RelationshipSort.values()) {
                if (column.name().equalsIgnoreCase(sort.strip())) {
                    return column;
                }
            }
        }
        return RelationshipSort.DATE;
    }

    /** Descending when asked, or by default for the date (newest first) and the number of sources. */
    public boolean descending() {
        if (dir != null && dir.strip().equalsIgnoreCase("asc")) {
            return false;
        }
        if (dir != null && dir.strip().equalsIgnoreCase("desc")) {
            return true;
        }
        return defaultDescending(sortColumn());
    }

    /** The day the record is read as of, or null for today. */
    public LocalDate asOfDay() {
        return AsOfParameter.parse(asOf);
    }

    /** The table sorted by the column: the other way round when it already is sorted by it. */
    public String sortUrl(String path, String column) {
        RelationshipSort target = RelationshipSort.valueOf(column);
        boolean desc = target == sortColumn() ? !descending() : defaultDescending(target);
        MultiValueMap<String, String> parameters = parameters(1);
        parameters.set("sort", target.name().toLowerCase(Locale.ROOT));
        parameters.set("dir", desc ? "desc" : "asc");
        return url(path, parameters);
    }

    /** The aria-sort value of a column header: ascending, descending or none. */
    public String ariaSort(String column) {
        if (RelationshipSort.valueOf(column) != sortColumn()) {
            return "none";
        }
        return descending() ? "descending" : "ascending";
    }

    /** The table showing one kind only (null for every kind), from its first page. */
    public String kindUrl(String path, String kindCode) {
        return firstPageWith(path, "kind", kindCode);
    }

    /** For fragments/pagination: this view on another page (1-based). */
    public String pageUrl(String path, int pageNumber) {
        return url(path, parameters(pageNumber));
    }

    /** This view as of another day, or as of today when null. */
    public String asOfUrl(String path, String day) {
        return firstPageWith(path, "asOf", day);
    }

    /** This view from its first page with one parameter set to a value, or without it when the value is null. */
    private String firstPageWith(String path, String parameter, String value) {
        MultiValueMap<String, String> parameters = parameters(1);
        if (value == null) {
            parameters.remove(parameter);
        } else {
            parameters.set(parameter, value);
        }
        return url(path, parameters);
    }

    private static String url(String path, MultiValueMap<String, String> parameters) {
        return UriComponentsBuilder.fromPath(path).queryParams(parameters).fragment("relationships")
                .encode().build().toUriString();
    }

    private MultiValueMap<String, String> parameters(int pageNumber) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        if (asOfDay() != null) {
            parameters.add("asOf", asOfDay().toString());
        }
        if (kindCode() != null) {
            parameters.add("kind", kindCode());
        }
        if (counterpartSlug() != null) {
            parameters.add("counterpart", counterpartSlug());
        }
        if (sort != null && sortColumn() != RelationshipSort.DATE || dir != null && descending() != defaultDescending(sortColumn())) {
            parameters.add("sort", sortColumn().name().toLowerCase(Locale.ROOT));
            parameters.add("dir", descending() ? "desc" : "asc");
        }
        if (size != null && NUMBER.matcher(size.strip()).matches()) {
            parameters.add("size", Integer.toString(slice().size()));
        }
        if (pageNumber > 1) {
            parameters.add("page", Integer.toString(pageNumber));
        }
        return parameters;
    }

    private PageSlice slice() {
        int pageNumber = page != null && NUMBER.matcher(page.strip()).matches() ? Integer.parseInt(page.strip()) : 1;
        int pageSize = size != null && NUMBER.matcher(size.strip()).matches() ? Integer.parseInt(size.strip()) : PageSlice.DEFAULT_SIZE;
        return new PageSlice(pageNumber - 1, pageSize);
    }

    private static boolean defaultDescending(RelationshipSort column) {
        return column == RelationshipSort.DATE || column == RelationshipSort.SOURCES;
    }

    public String getCounterpart() {
        return counterpart;
    }

    public void setCounterpart(String counterpart) {
        this.counterpart = counterpart;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }
}
