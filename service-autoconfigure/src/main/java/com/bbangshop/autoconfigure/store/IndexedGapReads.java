package com.bbangshop.autoconfigure.store;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Reads the events after a tracking token together with the ones in its gaps (numbers handed out to transactions
 * that had not committed when the token passed them). Axon's own statement asks for
 * {@code (index > ? AND index <= ?) OR index IN (gaps)}, which H2 answers by scanning the whole event table: in a
 * flash sale, with gaps from concurrent commits in nearly every read, that was a fifth of the machine's CPU and
 * growing with the table. Here the same rows are asked for inside a range the primary key answers: from the lowest
 * gap to the end of the batch.
 */
final class IndexedGapReads implements ReadEventDataWithGapsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                   List<Long> gaps) throws SQLException {
        if (gaps.isEmpty()) {
            return JdbcEventStorageEngineStatements.readEventDataWithoutGaps(connection, schema, globalIndex,
                    batchSize);
        }
        PreparedStatement statement = connection.prepareStatement(sql(schema, gaps.size()));
        statement.setLong(1, Collections.min(gaps));
        statement.setLong(2, globalIndex + batchSize);
        statement.setLong(3, globalIndex);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(4 + i, gaps.get(i));
        }
        return statement;
    }

    /** Parameters: the lowest gap, the batch's last index, the token's index, then each gap. */
    static String sql(EventSchema schema, int gapCount) {
        String index = schema.globalIndexColumn();
        return "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable()
                + " WHERE " + index + " >= ? AND " + index + " <= ? AND (" + index + " > ? OR " + index + " IN ("
                + String.join(",", Collections.nCopies(gapCount, "?")) + ")) ORDER BY " + index + " ASC";
    }
}
