package com.partnershiptracker.websupport;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

/**
 * Picks the interface language: a {@code ?lang=} choice remembered in a cookie first, then the
 * browser's Accept-Language, then English. Only Korean and English are ever chosen, so a page
 * never claims a language it has no text for.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "lang";
    private static final String RESOLVED = LanguageResolver.class.getName();
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale known = (Locale) request.getAttribute(RESOLVED);
        if (known != null) {
            return known;
        }
        // Spring asks again for every message and formatted value of a page, hundreds of times a render.
        Locale resolved = fromCookieOrBrowser(request);
        request.setAttribute(RESOLVED, resolved);
        return resolved;
    }

    private static Locale fromCookieOrBrowser(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                Locale remembered = COOKIE.equals(cookie.getName()) ? SupportedLanguages.byCode(cookie.getValue()) : null;
                if (remembered != null) {
                    return remembered;
                }
            }
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            Locale supported = SupportedLanguages.byCode(wanted.getLanguage());
            if (supported != null) {
                return supported;
            }
        }
        return SupportedLanguages.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported = locale == null ? null : SupportedLanguages.byCode(locale.getLanguage());
        if (supported == null) {
            return;
        }
        request.setAttribute(RESOLVED, supported);
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            cookie.setSecure(request.isSecure());
            response.addCookie(cookie);
        }
    }
}
