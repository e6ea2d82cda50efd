package com.partnershiptracker.websupport;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a nullable property that refers to another schema as {@code anyOf: [that schema, null]}, null being
 * {@code {type: object, nullable: true, enum: [null]}}: the one form of OpenAPI 3.0 that both
 * swagger-request-validator and openapi-schema-validator read as "this schema, or null". A {@code nullable}
 * beside a {@code $ref} is ignored by 3.0, and {@code allOf: [$ref], nullable: true} still checks null against
 * the referenced schema, so both refuse null. The JSON records mark such properties
 * {@code @Schema(nullable = true, schemaResolution = ALL_OF)}, which swagger-core writes as an allOf of the
 * reference and a member that carries the nullable.
 */
@Component
class NullableReferences implements OpenApiCustomizer {

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                continue;
            }
            properties.replaceAll((name, property) -> isNullableReference(property) ? orNull(property) : property);
        }
    }

    private static boolean isNullableReference(Schema<?> property) {
        return property.get$ref() != null && (Boolean.TRUE.equals(property.getNullable())
                || property.getTypes() != null && property.getTypes().contains("null"))
                || property.getAllOf() != null && reference(property) != null
                && (Boolean.TRUE.equals(property.getNullable()) || nullableMember(property) != null);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> orNull(Schema<?> property) {
        Schema<?> annotated = property.get$ref() != null || nullableMember(property) == null ? property : nullableMember(property);
        Schema nothing = new Schema<>().type("object");
        nothing.setNullable(true);
        nothing.setEnum(Collections.singletonList(null));
        Schema<?> either = new Schema<>();
        either.setAnyOf(List.of(new Schema<>().$ref(property.get$ref() != null ? property.get$ref() : reference(property)), nothing));
        either.setDescription(annotated.getDescription() != null ? annotated.getDescription() : property.getDescription());
        return either;
    }

    /** The member of an allOf that carries the annotation's nullable, if any. */
    private static Schema<?> nullableMember(Schema<?> property) {
        return property.getAllOf().stream().filter(member -> Boolean.TRUE.equals(member.getNullable())).findFirst().orElse(null);
    }

    private static String reference(Schema<?> property) {
        return property.getAllOf().stream().map(Schema::get$ref).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
