package com.bbangshop.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the tests run in, found from the module directory Maven starts them in. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("docker-compose.yml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }
}
