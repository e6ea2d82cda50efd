package com.partnershiptracker.websupport;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;

/**
 * Swagger UI's WebJar also holds a bare copy of the UI, which Spring Boot would serve under
 * /webjars/ even with Swagger UI switched off. springdoc serves the real UI under /swagger-ui/
 * when it is on (see ApiDocumentation), so the copy is never served.
 */
@Controller
class SwaggerUiWebJar {

    @GetMapping({"/webjars/swagger-ui", "/webjars/swagger-ui/**"})
    void hidden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
