package com.partnershiptracker.websupport;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Writes a nullable property that refers to another schema as {@code allOf: [that schema], nullable: true}.
 * OpenAPI 3.0 ignores every keyword beside a {@code $ref}, so a {@code nullable} written next to it is dropped;
 * and swagger-core's {@code schemaResolution = ALL_OF} (which the JSON records use for their nullable
 * references) puts it in a member of the {@code allOf}, where it cannot let null through either.
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
                || nullableMember(property) != null && reference(property) != null;
    }

    private static Schema<?> orNull(Schema<?> property) {
        Schema<?> annotated = property.get$ref() != null ? property : nullableMember(property);
        Schema<?> either = new Schema<>();
        either.setAllOf(List.of(new Schema<>().$ref(property.get$ref() != null ? property.get$ref() : reference(property))));
        either.setNullable(true);
        either.setDescription(annotated.getDescription());
        return either;
    }

    /** The member of an allOf that carries the annotation's nullable, if any. */
    private static Schema<?> nullableMember(Schema<?> property) {
        if (property.getAllOf() == null) {
            return null;
        }
        return property.getAllOf().stream().filter(member -> Boolean.TRUE.equals(member.getNullable())).findFirst().orElse(null);
    }

    private static String reference(Schema<?> property) {
        return property.getAllOf().stream().map(Schema::get$ref).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
