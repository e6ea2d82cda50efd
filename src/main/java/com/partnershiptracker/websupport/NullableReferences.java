package com.partnershiptracker.websupport;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Writes a nullable property that refers to another schema as {@code allOf: [that schema], nullable: true}.
 * OpenAPI 3.0 ignores every keyword beside a {@code $ref}, so a {@code nullable} written next to it (as
 * springdoc would) is dropped and the property could never be null.
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
                || property.getTypes() != null && property.getTypes().contains("null"));
    }

    private static Schema<?> orNull(Schema<?> property) {
        Schema<?> either = new Schema<>();
        either.setAllOf(List.of(new Schema<>().$ref(property.get$ref())));
        either.setNullable(true);
        either.setDescription(property.getDescription());
        return either;
    }
}
