package com.partnershiptracker.websupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.core.util.Json;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the description says of every operation and schema, so that it is exact without repeating it on each
 * controller: every property is required (Jackson writes each record component, null or not), a nullable enum
 * lists null among its values (OpenAPI 3.0 asks for it), the problems an operation can answer (400, 404, 503)
 * are described with their schema, and each 200 answer carries an example taken from the seed
 * (src/main/resources/api-examples/).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiDescriptionRules implements OpenApiCustomizer {

    static final String PROBLEM = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String EXAMPLES = "api-examples/";
    /** Path parameters that name one record: an unknown one is a 404. */
    private static final Set<String> RECORD_KEYS = Set.of("id", "slug");
    /** Operations that take the list filters but do not page. */
    /** Addresses under a record's slug: a merged record's slug answers 301 (duplicate/MergedSlugs). */
    private static final java.util.regex.Pattern MERGED_SLUG_ANSWERS =
            java.util.regex.Pattern.compile("^/api/v1/(organizations|people)/\\{slug}(/.*)?$");
    private static final Map<String, List<String>> UNUSED_PARAMETERS = Map.of("/api/v1/timeline/chart", List.of("page", "size"));

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getPaths() == null) {
            return;
        }
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getComponents().getSchemas().forEach((name, schema) -> {
            if (!PROBLEM.equals(name)) {
                requireEveryProperty(schema);
            }
        });
        openApi.getPaths().forEach((path, item) -> describe(path, item));
    }

    private void describe(String path, PathItem item) {
        for (Operation operation : item.readOperations()) {
            List<String> unused = UNUSED_PARAMETERS.getOrDefault(path, List.of());
            if (operation.getParameters() != null) {
                operation.getParameters().removeIf(parameter -> unused.contains(parameter.getName()));
                operation.getParameters().forEach(parameter -> parameter.setSchema(oneListOfChoices(parameter.getSchema())));
            }
            ApiResponses responses = operation.getResponses();
            if (canBeInvalid(operation)) {
                responses.addApiResponse("400", problem("A parameter is not one the description allows"));
            }
            // Also a list: its address with anything after it (a trailing slash) is no address the API has.
            responses.addApiResponse("404", problem(namesOneRecord(operation) ? "No record has this key"
                    : "No such address"));
            if (MERGED_SLUG_ANSWERS.matcher(path).matches()) {
                responses.addApiResponse("301", new ApiResponse()
                        .description("The record was merged into another: Location is the kept record's address")
                        .addHeaderObject("Location", new io.swagger.v3.oas.models.headers.Header()
                                .description("The same address under the kept record's slug")
                                .schema(new StringSchema())));
            }
            if (!responses.containsKey("503")) {
                responses.addApiResponse("503", problem("The database cannot be reached; try again later"));
            }
            ApiResponse ok = responses.get("200");
            MediaType json = ok == null || ok.getContent() == null ? null : ok.getContent().get("application/json");
            if (json != null) {
                json.setExample(example(path));
            }
        }
    }

    /**
     * Any parameter can be given a value the API refuses: a query parameter outside its schema, a path parameter
     * that is not a number, or one that holds what no URL may (an encoded NUL, broken percent-encoding).
     */
    private static boolean canBeInvalid(Operation operation) {
        return operation.getParameters() != null && !operation.getParameters().isEmpty();
    }

    /**
     * A parameter whose value is one of several lists of choices (a category or a kind of any of three records)
     * as one string with every choice: validators read a parameter schema without a type as JSON, not as text.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> oneListOfChoices(Schema<?> schema) {
        if (schema == null || schema.getAnyOf() == null) {
            return schema;
        }
        List<Object> choices = new ArrayList<>();
        for (Schema choice : schema.getAnyOf()) {
            if (choice.getEnum() == null) {
                return schema;
            }
            choice.getEnum().stream().filter(value -> !choices.contains(value)).forEach(choices::add);
        }
        StringSchema flat = new StringSchema();
        flat.setEnum((List) choices);
        flat.setDescription(schema.getDescription());
        flat.setExample(schema.getExample());
        return flat;
    }

    private static boolean namesOneRecord(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "path".equals(parameter.getIn()) && RECORD_KEYS.contains(parameter.getName()));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema problem = new ObjectSchema()
                .description("An error as RFC 9457 problem details; the detail is in the language the request asked for")
                .addProperty("type", new StringSchema().format("uri").description("Absent: about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The size \"500\" is not a whole number from 1 to 100."))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/agreements"));
        problem.setRequired(List.of("title", "status", "detail", "instance"));
        return problem;
    }

    /** Jackson writes every component of the JSON records, null or not. */
    @SuppressWarnings("rawtypes")
    private static void requireEveryProperty(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        schema.setRequired(new ArrayList<>(properties.keySet()));
        properties.values().forEach(ApiDescriptionRules::allowNullAmongValues);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void allowNullAmongValues(Schema property) {
        if (property.getAnyOf() != null && "object".equals(property.getType())) {
            // swagger-core types a property made of choices as an object; its choices say what it is.
            property.setType(null);
        }
        if (!Boolean.TRUE.equals(property.getNullable())) {
            return;
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        // nullable only acts beside a type: each choice of an anyOf lets null through itself.
        if (property.getAnyOf() != null) {
            ((List<Schema>) property.getAnyOf()).forEach(choice -> {
                choice.setNullable(true);
                allowNullAmongValues(choice);
            });
        }
    }

    private static JsonNode example(String path) {
        ClassPathResource file = new ClassPathResource(EXAMPLES + exampleName(path));
        if (!file.exists()) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** /api/v1/organizations/{slug}/relationships: organizations-slug-relationships.json */
    static String exampleName(String path) {
        return path.replaceFirst("^/api/v1/", "").replaceAll("[{}]", "").replace('/', '-') + ".json";
    }
}
