package com.partnershiptracker.websupport;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds RFC 8288 {@code Link} headers to every page of a JSON list: first, prev, next and last, as
 * references relative to the request (never built from its Host header), keeping every other
 * parameter as the client sent it.
 */
@RestControllerAdvice
class ApiPageLinks implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return PageJson.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof PageJson<?> page && request instanceof ServletServerHttpRequest servlet) {
            List<String> links = linksOf(page, servlet.getServletRequest().getRequestURI(),
                    servlet.getServletRequest().getQueryString());
            if (!links.isEmpty()) {
                response.getHeaders().set(HttpHeaders.LINK, String.join(", ", links));
            }
        }
        return body;
    }

    static List<String> linksOf(PageJson<?> page, String path, String query) {
        List<String> links = new ArrayList<>();
        int last = Math.max(page.totalPages(), 1);
        links.add(link(path, query, 1, "first"));
        if (page.page() > 1) {
            links.add(link(path, query, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < page.totalPages()) {
            links.add(link(path, query, page.page() + 1, "next"));
        }
        links.add(link(path, query, last, "last"));
        return links;
    }

    private static String link(String path, String query, int pageNumber, String relation) {
        String target = UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("page", pageNumber)
                .build().toUriString();
        return "<" + withinAngleBrackets(target) + ">; rel=\"" + relation + "\"";
    }

    /** The query is passed on as it came; what would end the reference or the header early is escaped. */
    private static String withinAngleBrackets(String target) {
        StringBuilder safe = new StringBuilder(target.length());
        target.codePoints().forEach(c -> {
            if (c <= 0x20 || c >= 0x7f || c == '<' || c == '>' || c == '"') {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    safe.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }
}
