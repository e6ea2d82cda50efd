package com.partnershiptracker.websupport;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors that no controller answered: an unknown address, a refused method, a request the
 * firewall turned away. Browsers get the branded page (templates/error/); everyone else, API
 * clients above all, gets RFC 9457 problem details like the API's own errors (ApiErrors), never
 * Spring Boot's default JSON. Asking for /error itself is a 404, not a 500 about nothing. An error
 * after the response was committed (an export cut short) adds nothing: Tomcat includes the error
 * page into what was sent, then closes the connection, and a page inside a CSV file would only
 * hide its last line, which says that it was cut.
 */
@Controller
// Contexts without a web server (the schema tests) have no error attributes, and need no error page.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("${spring.web.error.path:/error}")
class SiteErrorController extends BasicErrorController {

    private final MessageSource messages;

    SiteErrorController(ErrorAttributes errorAttributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers,
                        MessageSource messages) {
        super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
        this.messages = messages;
    }

    @Override
    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return null;
        }
        notFoundWhenAskedDirectly(request);
        return super.errorHtml(request, response).addObject("busy", ServerBusy.isMarked(request));
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
        if (response != null && response.isCommitted()) {
            return null;
        }
        notFoundWhenAskedDirectly(request);
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        String detail = status == HttpStatus.SERVICE_UNAVAILABLE && ServerBusy.isMarked(request) ? "error.busy.text"
                : detailKey(status);
        if (detail != null) {
            problem.put("detail", messages.getMessage(detail, null, LocaleContextHolder.getLocale()));
        }
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.put("instance", path);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static void notFoundWhenAskedDirectly(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.NOT_FOUND.value());
        }
    }

    private static String detailKey(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "error.badRequest.text";
            case FORBIDDEN -> "error.forbidden.text";
            case NOT_FOUND -> "error.notFound.text";
            case SERVICE_UNAVAILABLE -> "error.unavailable.text";
            default -> status.is5xxServerError() ? "error.serverError.text" : null;
        };
    }
}
