package com.bbangshop.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title page of the OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration
public class ApiDocumentation {

    @Bean
    OpenAPI bbangshopApi() {
        return new OpenAPI().info(new Info()
                .title("bbangshop")
                .version("0.1.0")
                .description("Limited-edition bread, reserved fairly. Errors are RFC 9457 application/problem+json. "
                        + "The kiosk is at /, the staff page at /staff; /live/* are Server-Sent Event streams."));
    }
}
