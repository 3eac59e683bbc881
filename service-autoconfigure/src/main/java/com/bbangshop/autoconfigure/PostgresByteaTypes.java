package com.bbangshop.autoconfigure;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * Axon's dead-letter queue entities keep their payloads in {@code @Lob byte[]} columns, which Hibernate maps to
 * PostgreSQL large objects ({@code oid}). Deleting a row leaves its large object behind, so a queue whose letters come
 * and go grows without bound. On PostgreSQL these columns are plain {@code bytea} (the stores' migration makes them
 * so), as Axon's reference guide advises, and Hibernate reads and writes them as such; other databases are left as
 * they are. Found by Hibernate through {@code META-INF/services}.
 */
public class PostgresByteaTypes implements TypeContributor {

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        if (serviceRegistry.requireService(JdbcServices.class).getDialect() instanceof PostgreSQLDialect) {
            contributions.getTypeConfiguration().getJdbcTypeRegistry()
                    .addDescriptor(SqlTypes.BLOB, BinaryJdbcType.INSTANCE);
        }
    }
}
