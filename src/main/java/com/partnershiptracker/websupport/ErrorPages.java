package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Branded error pages for the HTML site: 404 for a missing record, 400 with a message for a bad parameter, 503 while the database is out of reach. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    static final String NOT_FOUND_VIEW = "error/404";
    static final String BAD_REQUEST_VIEW = "error/400";
    static final String UNAVAILABLE_VIEW = "error/503";

    private final MessageSource messages;
    private final org.springframework.beans.factory.ObjectProvider<MovedRecords> movedRecords;

    ErrorPages(MessageSource messages, org.springframework.beans.factory.ObjectProvider<MovedRecords> movedRecords) {
        this.messages = messages;
        this.movedRecords = movedRecords;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    org.springframework.web.servlet.ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        java.util.Optional<String> moved = newAddress(movedRecords, request);
        if (moved.isPresent()) {
            org.springframework.web.servlet.view.RedirectView redirect = new org.springframework.web.servlet.view.RedirectView(moved.get());
            redirect.setStatusCode(org.springframework.http.HttpStatus.MOVED_PERMANENTLY);
            redirect.setExposeModelAttributes(false);
            return new org.springframework.web.servlet.ModelAndView(redirect);
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return new org.springframework.web.servlet.ModelAndView(NOT_FOUND_VIEW);
    }

    /** Where a GET for a record that moved (a merged slug) goes now, with the context path. */
    static java.util.Optional<String> newAddress(org.springframework.beans.factory.ObjectProvider<MovedRecords> movedRecords,
                                                 HttpServletRequest request) {
        MovedRecords moved = movedRecords.getIfAvailable();
        if (moved == null || !"GET".equals(request.getMethod())) {
            return java.util.Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return moved.newAddressOf(path, request.getQueryString()).map(address -> request.getContextPath() + address);
    }

    @ExceptionHandler(InvalidQueryException.class)
    String invalidQuery(InvalidQueryException e, Model model, HttpServletResponse response) {
        return badRequest(messages.getMessage(e.getMessageKey(), e.getArguments(), LocaleContextHolder.getLocale()),
                model, response);
    }

    /** InvalidPropertyException: a form parameter naming a row no form has, such as parties[-1] or parties[100000]. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            InvalidPropertyException.class})
    String malformedParameter(Model model, HttpServletResponse response) {
        return badRequest(messages.getMessage("error.badParameter", null, LocaleContextHolder.getLocale()), model, response);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class,
            QueryTimeoutException.class,
            TransientDataAccessResourceException.class,
            RecoverableDataAccessException.class})
    String databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        DatabaseUnavailable.answer(e, request, response);
        return UNAVAILABLE_VIEW;
    }

    /** A failure Spring could not classify is a 503 only when a lost connection caused it; anything else stays a 500. */
    @ExceptionHandler({UncategorizedDataAccessException.class, TransactionSystemException.class})
    String connectionLost(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!DatabaseUnavailable.isConnectionFailure(e)) {
            throw e;
        }
        return databaseUnavailable(e, request, response);
    }

    private String badRequest(String message, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("message", message);
        return BAD_REQUEST_VIEW;
    }
}
