package com.bbangshop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.ApplicationPidFileWriter;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The embedded default: bakery, reservation and query services in one JVM on one port, with Axon's JPA event store
 * on an H2 file. The services know nothing of each other; Axon's buses connect them here as Axon Server would apart.
 * Each service's own application class is left out of the scan: they would register the services' packages a
 * second time. So is service-autoconfigure, whose beans come from its auto-configurations as in every service alone.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.bbangshop\\.runtime\\..*")})
public class BbangshopApplication {

    public static void main(String[] args) {
        // there is no internet to check for Axon updates, and the check logs stack traces when it fails
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        SpringApplication shop = new SpringApplication(BbangshopApplication.class);
        // spring.pid.file names the data directory's pid file: scripts/run.sh refuses a second shop on it
        shop.addListeners(new ApplicationPidFileWriter());
        shop.run(args);
    }
}
