package com.partnershiptracker.websupport;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a nullable property that refers to another schema as "that schema or null" ({@code anyOf}). Springdoc
 * writes {@code "type": "null"} beside the {@code $ref}, which OpenAPI 3.1 reads as "null and that schema", so
 * the property could only ever be null.
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
        return property.get$ref() != null && property.getTypes() != null && property.getTypes().contains("null");
    }

    private static Schema<?> orNull(Schema<?> property) {
        Schema<?> reference = new Schema<>().$ref(property.get$ref());
        Schema<?> none = new Schema<>();
        none.setTypes(Set.of("null"));
        Schema<?> either = new Schema<>();
        either.setAnyOf(List.of(reference, none));
        either.setDescription(property.getDescription());
        return either;
    }
}
