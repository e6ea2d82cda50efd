package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** JSON errors for the API: RFC 9457 problem details, never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final MessageSource messages;
    private final org.springframework.beans.factory.ObjectProvider<MovedRecords> movedRecords;

    ApiErrors(MessageSource messages, org.springframework.beans.factory.ObjectProvider<MovedRecords> movedRecords) {
        this.messages = messages;
        this.movedRecords = movedRecords;
    }

    /** A merged record's slug answers 301 to the kept record's address, anything else unknown 404. */
    @ExceptionHandler(RecordNotFoundException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        java.util.Optional<String> moved = ErrorPages.newAddress(movedRecords, request);
        if (moved.isPresent()) {
            return org.springframework.http.ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(java.net.URI.create(moved.get())).build();
        }
        return org.springframework.http.ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message("error.notFound.text")));
    }

    @ExceptionHandler(UnknownRecordInQueryException.class)
    ProblemDetail unknownRecordInQuery(UnknownRecordInQueryException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage(e.getMessageKey(), e.getArguments(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(InvalidQueryException.class)
    ProblemDetail invalidQuery(InvalidQueryException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(e.getMessageKey(), e.getArguments(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ProblemDetail malformedParameter() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("error.badParameter"));
    }

    @ExceptionHandler({DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class,
            QueryTimeoutException.class,
            TransientDataAccessResourceException.class,
            RecoverableDataAccessException.class})
    ProblemDetail databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        DatabaseUnavailable.answer(e, request, response);
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, message("error.unavailable.text"));
    }

    /** A failure Spring could not classify is a 503 only when a lost connection caused it; anything else stays a 500. */
    @ExceptionHandler({UncategorizedDataAccessException.class, TransactionSystemException.class})
    ProblemDetail connectionLost(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!DatabaseUnavailable.isConnectionFailure(e)) {
            throw e;
        }
        return databaseUnavailable(e, request, response);
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
