package com.bbangshop.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Debian tools that check the deployment files: yamllint, and docker-compose's own schema check. */
class DeploymentFilesLintTest {

    @Test
    void yamllintFindsNothingInTheManifestsComposeFileAndSettings() throws Exception {
        assumeTrue(onPath("yamllint"), "yamllint is not installed (scripts/test.sh installs it)");
        assertSucceeds(List.of("yamllint", "-s", "-c", ".yamllint.yml", "k8s", "docker-compose.yml",
                "service-autoconfigure/src/main/resources", "bakery-service/src/main/resources",
                "reservation-service/src/main/resources", "query-service/src/main/resources"));
    }

    @Test
    void dockerComposeAcceptsTheComposeFile() throws Exception {
        assumeTrue(onPath("docker-compose"), "docker-compose is not installed (scripts/test.sh installs it)");
        assertSucceeds(List.of("docker-compose", "-f", "docker-compose.yml", "config", "-q"));
    }

    private static void assertSucceeds(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(Repository.root().toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
