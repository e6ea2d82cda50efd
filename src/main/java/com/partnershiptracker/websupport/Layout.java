package com.partnershiptracker.websupport;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/**
 * What the page frame needs on every page, error pages included: the language, the link that
 * switches language while keeping the filters, and the menu with the current item marked. They
 * are set as request attributes before each handler runs, because Thymeleaf refuses bean calls in
 * link attributes. {@code signedIn} says whether an editor is signed in.
 */
@Component("layout")
public class Layout implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute("language", language());
        request.setAttribute("otherLanguage", otherLanguage());
        request.setAttribute("korean", isKorean());
        request.setAttribute("switchLanguageUrl", switchLanguageUrl());
        request.setAttribute("menu", menu());
        // Read once per request: sec:authorize builds an expression context each time it is used, per citation too.
        request.setAttribute("signedIn", request.getUserPrincipal() != null);
        return true;
    }

    public String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    public String otherLanguage() {
        return SupportedLanguages.other(LocaleContextHolder.getLocale()).getLanguage();
    }

    public boolean isKorean() {
        return "ko".equals(language());
    }

    /** The current page with the other language chosen, keeping every filter in the query string. */
    public String switchLanguageUrl() {
        HttpServletRequest request = currentRequest();
        if (request == null || request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            return "/?lang=" + otherLanguage();
        }
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", otherLanguage()).build().toUriString();
    }

    /** The main menu, with the item for the page being shown marked current. */
    public List<MenuItem> menu() {
        return MENU.stream().map(item -> new MenuItem(item.path(), item.messageKey(), isCurrent(item.path()))).toList();
    }

    public record MenuItem(String path, String messageKey, boolean current) {
    }

    private static final List<MenuItem> MENU = List.of(
            new MenuItem("/timeline", "nav.timeline", false),
            new MenuItem("/network", "nav.network", false),
            new MenuItem("/organizations", "nav.partners", false),
            new MenuItem("/agreements", "nav.agreements", false),
            new MenuItem("/initiatives", "nav.initiatives", false),
            new MenuItem("/people", "nav.people", false),
            new MenuItem("/sources", "nav.sources", false));

    /** Whether the menu item for the path prefix is the page being shown. */
    public boolean isCurrent(String prefix) {
        HttpServletRequest request = currentRequest();
        return request != null && request.getRequestURI() != null && request.getRequestURI().startsWith(prefix);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
