package com.bbangshop.autoconfigure.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns Jackson's complaint about a request body into one sentence about the field at fault. */
final class JsonBodyErrors {

    /** What {@code STRICT_DUPLICATE_DETECTION} reports, see {@link StrictRequestJsonAutoConfiguration}. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private JsonBodyErrors() {
    }

    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (cause instanceof InvalidFormatException invalid) {
            return field(invalid) + " must be " + expected(invalid.getTargetType()) + ", not '"
                    + invalid.getValue() + "'";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return mismatch.getPath().isEmpty() ? "the request body must be a JSON object"
                    : field(mismatch) + " must be " + expected(mismatch.getTargetType());
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && mapping.getCause() instanceof InputCoercionException outOfRange) {
            return field(mapping) + " must be " + expected(outOfRange.getTargetType()) + " within range";
        }
        if (cause instanceof JsonParseException parse) {
            Matcher duplicate = DUPLICATE.matcher(parse.getOriginalMessage());
            if (duplicate.matches()) {
                return "the request body gives field '" + duplicate.group(1) + "' twice";
            }
        }
        return cause == null || e.getMessage() == null || e.getMessage().startsWith("Required request body")
                ? "the request body is missing; send a JSON object"
                : "the request body is not valid JSON";
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return type == String.class ? "a string" : "a " + type.getSimpleName();
    }

    private static String field(JsonMappingException e) {
        return "'" + e.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
                : r.getFieldName()).collect(Collectors.joining(".")) + "'";
    }
}
