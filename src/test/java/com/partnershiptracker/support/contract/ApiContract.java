package com.partnershiptracker.support.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An API description and what it says about one exchange. The validator is Atlassian's
 * swagger-request-validator with its default levels, on purpose: it is strict about properties the
 * description does not name (it reads an object schema without additionalProperties as closed), because
 * a client generated from the description would not know them; LevelResolverFactory's
 * withAdditionalPropertiesIgnored would hide exactly such drift (two response records of one name, one
 * overwriting the other's schema, show up this way). Only errors are mismatches; warnings are
 * not.
 */
public final class ApiContract {

    // The description has no operation for the request: an unknown path or method is not the contract's business.
    private static final Set<String> NOT_AN_OPERATION = Set.of(
            "validation.request.path.missing", "validation.request.operation.notAllowed");

    private static final Pattern ANY_INDEX = Pattern.compile("/\\d+(?=[/'\\]]|$)");

    private final OpenApiInteractionValidator validator;

    private ApiContract(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The contract of the description given as OpenAPI JSON or YAML. */
    public static ApiContract of(String description) {
        return new ApiContract(OpenApiInteractionValidator.createForInlineApiSpecification(description).build());
    }

    /**
     * What is wrong with an exchange, empty when nothing is. The response must be one the description
     * gives for its status. The request is checked too, but only to hold the answer to it: tests send
     * bad requests on purpose, and a request the description rejects must be answered with a 4xx.
     */
    public Optional<String> mismatch(Request request, Response response) {
        ValidationReport report = validator.validate(request, response);
        List<Message> errors = report.getMessages().stream().filter(message -> message.getLevel() == Level.ERROR).toList();
        if (errors.stream().anyMatch(message -> NOT_AN_OPERATION.contains(message.getKey()))) {
            return Optional.empty();
        }
        List<Message> requestErrors = errors.stream().filter(message -> message.getKey().startsWith("validation.request"))
                .filter(message -> !AnotherSpelling.ofAnAllowedChoice(message)).toList();
        List<Message> responseErrors = errors.stream().filter(message -> !message.getKey().startsWith("validation.request")).toList();
        StringBuilder found = new StringBuilder();
        if (!requestErrors.isEmpty() && response.getStatus() < 400) {
            found.append("\n  the description rejects the request, yet the API answered ").append(response.getStatus())
                    .append(':').append(describe(requestErrors));
        }
        if (!responseErrors.isEmpty()) {
            found.append(describe(responseErrors));
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(request.getMethod() + " " + request.getPath() + query(request) + " -> " + response.getStatus() + found);
    }

    // One line per kind of mismatch: the same field of every item of a page would otherwise repeat it a hundredfold.
    private static String describe(List<Message> messages) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (Message message : messages) {
            kinds.merge(describe(message), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        kinds.forEach((kind, times) -> text.append(kind).append(times > 1 ? " (" + times + " times)" : ""));
        return text.toString();
    }

    private static String describe(Message message) {
        StringBuilder text = new StringBuilder("\n  [").append(message.getKey()).append("] ")
                .append(ANY_INDEX.matcher(message.getMessage().replace('\n', ' ')).replaceAll("/*"));
        for (Message nested : message.getNestedMessages()) {
            text.append("\n    - ").append(ANY_INDEX.matcher(nested.getMessage().replace('\n', ' ')).replaceAll("/*"));
        }
        return text.toString();
    }

    private static String query(Request request) {
        String query = request.getQueryParameters().stream()
                .flatMap(name -> request.getQueryParameterValues(name).stream().map(value -> name + "=" + value))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }
}
