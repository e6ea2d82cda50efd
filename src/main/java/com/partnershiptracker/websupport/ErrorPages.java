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

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return NOT_FOUND_VIEW;
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
