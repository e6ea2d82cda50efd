package com.partnershiptracker.websupport;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageResolverTests {

    final LanguageResolver languages = new LanguageResolver();

    @Test
    void aRememberedChoiceWinsOverTheBrowserAndTheBrowserOverEnglish() {
        MockHttpServletRequest remembered = new MockHttpServletRequest();
        remembered.addPreferredLocale(Locale.ENGLISH);
        remembered.setCookies(new Cookie(LanguageResolver.COOKIE, "ko"));
        MockHttpServletRequest browser = new MockHttpServletRequest();
        browser.addPreferredLocale(Locale.KOREAN);
        MockHttpServletRequest unsupported = new MockHttpServletRequest();
        unsupported.addPreferredLocale(Locale.FRENCH);

        assertThat(languages.resolveLocale(remembered).getLanguage()).isEqualTo("ko");
        assertThat(languages.resolveLocale(browser).getLanguage()).isEqualTo("ko");
        assertThat(languages.resolveLocale(unsupported).getLanguage()).isEqualTo("en");
    }

    @Test
    void aRequestIsResolvedOnceAndKeepsItsLanguageForTheWholeRender() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addPreferredLocale(Locale.KOREAN);
        Locale first = languages.resolveLocale(request);

        request.setCookies(new Cookie(LanguageResolver.COOKIE, "en"));

        assertThat(languages.resolveLocale(request)).isSameAs(first);
    }

    @Test
    void aSwitchDuringTheRequestReplacesWhatWasResolvedAndIsRemembered() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addPreferredLocale(Locale.KOREAN);
        languages.resolveLocale(request);
        MockHttpServletResponse response = new MockHttpServletResponse();

        languages.setLocale(request, response, Locale.ENGLISH);

        assertThat(languages.resolveLocale(request).getLanguage()).isEqualTo("en");
        assertThat(response.getCookie(LanguageResolver.COOKIE).getValue()).isEqualTo("en");
    }
}
