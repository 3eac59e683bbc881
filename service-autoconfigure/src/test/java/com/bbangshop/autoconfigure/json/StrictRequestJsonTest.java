package com.bbangshop.autoconfigure.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How request bodies are read, and that the application's own ObjectMapper, Axon's serializer, is left as it was. */
class StrictRequestJsonTest {

    private static final String TWICE = "{\"breadName\":\"dupe\",\"quantity\":1,\"quantity\":1000}";

    private final WebApplicationContextRunner app = new WebApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(JacksonAutoConfiguration.class, StrictRequestJsonAutoConfiguration.class));

    record Registration(String breadName, int quantity) {
    }

    @Test
    void aFieldGivenTwiceIsRefusedAndNamed() {
        app.run(context -> {
            MappingJackson2HttpMessageConverter requests = context.getBean(MappingJackson2HttpMessageConverter.class);

            HttpMessageNotReadableException refused = catchThrowableOfType(HttpMessageNotReadableException.class,
                    () -> requests.read(Registration.class, new MockHttpInputMessage(
                            TWICE.getBytes(StandardCharsets.UTF_8))));

            assertThat(refused).isNotNull();
            assertThat(JsonBodyErrors.describe(refused)).isEqualTo("the request body gives field 'quantity' twice");
        });
    }

    @Test
    void theApplicationsObjectMapperIsLeftAsItWas() {
        app.run(context -> {
            ObjectMapper events = context.getBean(ObjectMapper.class);

            assertThat(events.readValue(TWICE, Map.class)).containsEntry("quantity", 1000);
            assertThat(events.readValue("{\"breadName\":\"rye\",\"quantity\":\"5\"}", Registration.class).quantity())
                    .isEqualTo(5);
        });
    }
}
