package com.partnershiptracker.duplicate;

import com.partnershiptracker.websupport.MovedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A merged record's pages and API answer 301 to the kept record's: /organizations/old/people → /organizations/kept/people. */
@Component
class MergedSlugs implements MovedRecords {

    private static final Pattern RECORD_ADDRESS = Pattern.compile("^(/api/v1)?/(organizations|people)/([^/]+)(/.*)?$");

    private final JdbcClient jdbc;

    MergedSlugs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> newAddressOf(String path, String query) {
        Matcher address = RECORD_ADDRESS.matcher(path);
        if (!address.matches()) {
            return Optional.empty();
        }
        RecordKind kind = "organizations".equals(address.group(2)) ? RecordKind.ORGANIZATION : RecordKind.PERSON;
        return keptSlug(kind, address.group(3)).map(slug -> (address.group(1) == null ? "" : address.group(1)) + "/"
                + address.group(2) + "/" + slug + (address.group(4) == null ? "" : address.group(4))
                + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    /** The slug of the record a merged slug leads to now; one statement. */
    Optional<String> keptSlug(RecordKind kind, String slug) {
        return jdbc.sql("select k.slug from merged_slugs s join record_merges m on m.id = s.merge_id"
                        + " join " + kind.table() + " k on k.id = m.kept_id where s.record_kind = :kind and s.slug = :slug")
                .param("kind", kind.name()).param("slug", slug).query(String.class).optional();
    }
}
