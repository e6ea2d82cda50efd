package com.partnershiptracker.pagecache;

import com.partnershiptracker.audit.ChangeStamp;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

import java.time.Clock;
import java.time.Duration;

/** The public page cache, on unless app.page-cache.enabled=false, ahead of the security filters. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.page-cache.enabled", havingValue = "true", matchIfMissing = true)
class PageCacheConfiguration {

    @Bean
    PageStore pageStore(@Value("${app.page-cache.max-size:32MB}") DataSize maxSize) {
        return new PageStore(maxSize.toBytes());
    }

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(ChangeStamp changes, LocaleResolver localeResolver,
                                                            PageStore pageStore,
                                                            @Value("${app.page-cache.time-to-live:5m}") Duration timeToLive,
                                                            @Value("${app.page-cache.max-page-size:2MB}") DataSize maxPage,
                                                            @Value("${app.page-cache.wait-for-renderer:5s}") Duration waitForRenderer,
                                                            @Value("${app.page-cache.remembered-urls:65536}") int rememberedUrls,
                                                            MeterRegistry meters) {
        FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(new PublicPageCache(changes,
                localeResolver, pageStore, timeToLive, (int) maxPage.toBytes(), Clock.systemUTC(), waitForRenderer,
                new AskedBefore(rememberedUrls), new PageCacheCounts(meters)));
        // Before Spring Security, so that a kept page skips it; the security headers were recorded with the page.
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
