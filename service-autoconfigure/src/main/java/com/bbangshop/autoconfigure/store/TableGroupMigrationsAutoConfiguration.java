package com.bbangshop.autoconfigure.store;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot's Flyway migrates each group of tables with a history of its own ({@link TableGroupMigrations}). Also in
 * the {@code @DataJpaTest} slice, whose Flyway would otherwise take the groups for one.
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
@ConditionalOnClass(Flyway.class)
public class TableGroupMigrationsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy tableGroupMigrations() {
        return new TableGroupMigrations();
    }
}
