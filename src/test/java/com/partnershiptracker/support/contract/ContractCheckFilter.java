package com.partnershiptracker.support.contract;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.webmvc.api.OpenApiResource;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every /api/v1 response against the description the same application serves at /v3/api-docs,
 * and records what does not match for {@link ContractViolationsFailTheTest}. It sits first in the
 * chain, so it sees the response as a client gets it, under MockMvc and over real HTTP alike.
 * Applications without springdoc (controller slice tests) have no description and are not checked.
 */
final class ContractCheckFilter implements Filter {

    private static final String API = "/api/v1/";
    private static final String SEEN = ContractCheckFilter.class.getName() + ".seen";
    private static final String AWAITING_ERROR_PAGE = ContractCheckFilter.class.getName() + ".awaitingErrorPage";
    private static final UrlPathHelper PATHS = new UrlPathHelper();
    // The methods an OpenAPI operation can have; any other (QUERY, PROPFIND…) is no operation of the description.
    private static final Set<String> OPERATION_METHODS = Arrays.stream(Request.Method.values()).map(Enum::name).collect(Collectors.toSet());

    private final ApplicationContext context;
    private volatile Optional<ApiContract> contract;

    ContractCheckFilter(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (request.getDispatcherType() == DispatcherType.ERROR && request.getAttribute(AWAITING_ERROR_PAGE) instanceof Request sent) {
            request.removeAttribute(AWAITING_ERROR_PAGE);
            ResponseTee tee = new ResponseTee(response);
            chain.doFilter(request, tee);
            check(sent, tee);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST || !PATHS.getPathWithinApplication(request).startsWith(API)
                || !OPERATION_METHODS.contains(request.getMethod()) || contract(request).isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(SEEN, Boolean.TRUE);
        Request sent = described(request);
        ResponseTee tee = new ResponseTee(response);
        chain.doFilter(request, tee);
        if (request.isAsyncStarted()) {
            // An asynchronous answer (a download streamed after the handler returns) is written after this filter
            // returns: it passes through the tee uncopied and goes unchecked.
            return;
        }
        if (tee.errorSent()) {
            // Over real HTTP the server writes the error page's body after the filters return, on an ERROR
            // dispatch: it is checked there. MockMvc has no error pages, so its bodiless answer goes unchecked.
            request.setAttribute(AWAITING_ERROR_PAGE, sent);
            return;
        }
        check(sent, tee);
    }

    /**
     * Checks an answer that MockMvc gave without this filter (a MockMvc built by hand, with
     * MockMvcBuilders, has no filters): {@link ContractCheckInterceptor} hands it over once the
     * mock response holds the whole body.
     */
    void checkWithoutTheFilter(HttpServletRequest request, MockHttpServletResponse response) {
        if (request.getAttribute(SEEN) != null || request.getDispatcherType() != DispatcherType.REQUEST
                || !PATHS.getPathWithinApplication(request).startsWith(API) || !OPERATION_METHODS.contains(request.getMethod())
                || request.isAsyncStarted() || response.getErrorMessage() != null || contract(request).isEmpty()) {
            return;
        }
        String type = response.getContentType();
        String body = type != null && type.toLowerCase().contains("json") ? contentOf(response) : null;
        check(described(request), response, Optional.ofNullable(body));
    }

    private static String contentOf(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void check(Request sent, ResponseTee tee) {
        check(sent, tee, tee.bodyToCheck());
    }

    private void check(Request sent, HttpServletResponse response, Optional<String> body) {
        if (response.getStatus() == HttpStatus.NOT_MODIFIED.value()) {
            // A 304 has no body; it answers the client's own copy, which was checked when it was sent.
            return;
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.getStatus());
        if (response.getContentType() != null) {
            answer.withContentType(response.getContentType());
        }
        for (String name : response.getHeaderNames()) {
            if (!name.equalsIgnoreCase("Content-Type")) {
                answer.withHeader(name, List.copyOf(response.getHeaders(name)));
            }
        }
        body.ifPresent(answer::withBody);
        contract.orElseThrow().mismatch(sent, answer.build()).ifPresent(ContractViolations::record);
    }

    private static Request described(HttpServletRequest request) {
        SimpleRequest.Builder sent = new SimpleRequest.Builder(request.getMethod(), PATHS.getPathWithinApplication(request));
        queryParameters(request.getQueryString()).forEach(sent::withQueryParam);
        for (String name : Collections.list(request.getHeaderNames())) {
            sent.withHeader(name, Collections.list(request.getHeaders(name)));
        }
        return sent.build();
    }

    // From the query string, not getParameterMap(): that would read a form body before the application does.
    private static Map<String, List<String>> queryParameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /** The description, read once per application from springdoc, which serves the same at /v3/api-docs. */
    private Optional<ApiContract> contract(HttpServletRequest request) {
        Optional<ApiContract> known = contract;
        if (known == null) {
            synchronized (this) {
                if (contract == null) {
                    contract = load(request);
                }
                known = contract;
            }
        }
        return known;
    }

    private Optional<ApiContract> load(HttpServletRequest request) {
        OpenApiResource descriptions = context.getBeanProvider(OpenApiResource.class).getIfAvailable();
        if (descriptions == null) {
            return Optional.empty();
        }
        String path = context.getEnvironment().getProperty("springdoc.api-docs.path", "/v3/api-docs");
        try {
            return Optional.of(ApiContract.of(new String(descriptions.openapiJson(request, path, Locale.ENGLISH), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the API description", e);
        }
    }
}
