package com.partnershiptracker.pagecache;

import com.partnershiptracker.audit.ChangeStamp;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PublicPageCacheTests {

    final ChangeStamp changes = mock(ChangeStamp.class);
    final PublicPageCache cache = new PublicPageCache(changes, new FixedLocaleResolver(Locale.ENGLISH),
            new PageStore(1_000_000), Duration.ofMinutes(5), 100_000, Clock.systemUTC());

    @Test
    void withTheDatabaseOutOfReachItAnswers503AtOnceWithoutAskingThePage() throws Exception {
        when(changes.current()).thenThrow(new CannotGetJdbcConnectionException("Connection refused"));
        MockFilterChain page = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        cache.doFilter(new MockHttpServletRequest("GET", "/timeline"), response, page);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(page.getRequest()).isNull();
    }

    @Test
    void writesAndOtherMethodsPassStraightThrough() throws Exception {
        MockFilterChain page = new MockFilterChain();

        cache.doFilter(new MockHttpServletRequest("POST", "/admin/organizations"), new MockHttpServletResponse(), page);

        assertThat(page.getRequest()).isNotNull();
    }
}
