package com.bbangshop.autoconfigure.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Request bodies are read as they are written: Jackson would otherwise take {@code "5"} or {@code 1.5} for the integer
 * 5 or 1, {@code 123} for the name "123", and the last of a field given twice, so a client's mistake became a bread or
 * a reservation it never meant. Only HTTP is strict; Axon's events keep the application's own ObjectMapper, untouched.
 * A body refused is answered by {@link JsonBodyProblems}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class, before = HttpMessageConvertersAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class StrictRequestJsonAutoConfiguration {

    @Bean
    MappingJackson2HttpMessageConverter strictJsonHttpMessageConverter(ObjectMapper objectMapper) {
        ObjectMapper strict = objectMapper.copy().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (LogicalType exact : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            strict.coercionConfigFor(exact).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        for (CoercionInputShape scalar : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            strict.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        return new MappingJackson2HttpMessageConverter(strict);
    }

    @Bean
    JsonBodyProblems jsonBodyProblems() {
        return new JsonBodyProblems();
    }
}
