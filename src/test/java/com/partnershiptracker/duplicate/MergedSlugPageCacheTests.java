package com.partnershiptracker.duplicate;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** With the public page cache on (configured as SmallerLeaksTests, to share its context): a merged slug's cached 200 is not served after the merge. */
@SeededWebTest
@TestPropertySource(properties = {"app.public-url=https://tracker.example.org", "app.page-cache.enabled=true"})
class MergedSlugPageCacheTests {

    @LocalServerPort
    int port;

    @Autowired
    TestRecords records;

    @Autowired
    MergeService merges;

    @Test
    void aCachedPageOfTheMergedRecordIsNotServedOnceItIsMerged() {
        Organization kept = records.organization("cachemerge-kept", OrganizationKind.BANK);
        Organization merged = records.organization("cachemerge-merged", OrganizationKind.BANK);
        for (String path : new String[] {"/organizations/cachemerge-merged", "/api/v1/organizations/cachemerge-merged"}) {
            assertThat(Http.get(port, path, "en").statusCode()).isEqualTo(200);
            assertThat(Http.get(port, path, "en").statusCode()).isEqualTo(200);
            HttpResponse<String> cached = Http.get(port, path, "en");
            assertThat(cached.statusCode()).isEqualTo(200);
            assertThat(cached.headers().firstValue("X-Page-Cache")).as(path).hasValue("hit");
        }

        merges.merge(RecordKind.ORGANIZATION, kept.getId(), kept.getVersion(), merged.getId(), merged.getVersion());

        HttpResponse<String> page = Http.get(port, "/organizations/cachemerge-merged", "en");
        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/organizations/cachemerge-kept");
        HttpResponse<String> api = Http.get(port, "/api/v1/organizations/cachemerge-merged", "en");
        assertThat(api.statusCode()).isEqualTo(301);
        assertThat(api.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/organizations/cachemerge-kept");
        assertThat(Http.get(port, "/organizations/cachemerge-merged", "en").statusCode()).isEqualTo(301);
    }
}
