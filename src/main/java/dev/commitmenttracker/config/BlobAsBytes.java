package dev.commitmenttracker.config;

import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;

/**
 * Stores Axon's {@code @Lob byte[]} columns (event payloads, metadata, tokens) as plain binary: {@code bytea} on
 * PostgreSQL instead of {@code oid} large objects, which are never freed on update or delete. Registered through
 * META-INF/services so that it applies on every database, after the dialect's own types.
 */
public class BlobAsBytes implements TypeContributor {

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        contributions
                .getTypeConfiguration()
                .getJdbcTypeRegistry()
                .addDescriptor(Types.BLOB, VarbinaryJdbcType.INSTANCE);
    }
}
