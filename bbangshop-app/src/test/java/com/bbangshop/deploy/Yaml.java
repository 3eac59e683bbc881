package com.bbangshop.deploy;

import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads YAML documents as plain maps and walks them by dotted paths. */
final class Yaml {

    private static final Pattern PORT_DEFAULT = Pattern.compile("\\$\\{PORT:(\\d+)}");

    private Yaml() {
    }

    static List<Map<String, Object>> documents(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new org.yaml.snakeyaml.Yaml(options).loadAll(Files.readString(file))) {
            if (document != null) {
                documents.add(map(document));
            }
        }
        return documents;
    }

    static Map<String, Object> document(Path file) throws IOException {
        List<Map<String, Object>> documents = documents(file);
        if (documents.size() != 1) {
            throw new AssertionError(file + " holds " + documents.size() + " documents, not one");
        }
        return documents.get(0);
    }

    /** The value at a dotted path ("spec.template.spec"), or null where the path ends early. */
    static Object at(Object node, String path) {
        Object current = node;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    static Map<String, Object> mapAt(Object node, String path) {
        Object value = at(node, path);
        return value == null ? Map.of() : map(value);
    }

    static List<Object> listAt(Object node, String path) {
        Object value = at(node, path);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new AssertionError(path + " is not a list: " + value);
        }
        return new ArrayList<>(list);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }

    /** The port a service listens on when PORT is not set, from its own {@code <service>.yml}. */
    static int servicePort(String service) throws IOException {
        Path file = Repository.file(service + "/src/main/resources/" + service + ".yml");
        Matcher port = PORT_DEFAULT.matcher(String.valueOf(at(document(file), "server.port")));
        if (!port.matches()) {
            throw new AssertionError(file + " sets no default port");
        }
        return Integer.parseInt(port.group(1));
    }

    /** Every profile named must exist as an application-{profile}.yml in service-autoconfigure. */
    static boolean profileExists(String profile) {
        return Files.exists(Repository.file("service-autoconfigure/src/main/resources/application-" + profile + ".yml"));
    }
}
