package az.balans.history.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which records have already been set aside, so that a batch delivered again is not dead-lettered
 * again. The ingest checks here before it sends, and records here after the broker acknowledged.
 */
@ApplicationScoped
public class DeadLetterRepository {

    private final AgroalDataSource dataSource;
    private final Clock clock;

    DeadLetterRepository(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** @return those of {@code candidates} already set aside; a failure is {@link StorageUnavailableException} */
    public Set<SetAside> alreadySetAside(List<SetAside> candidates) {
        Set<SetAside> found = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement(
                                "select 1 from dead_letter where source_topic = ? and source_partition = ? and source_offset = ?")) {
            for (SetAside candidate : candidates) {
                select.setString(1, candidate.topic());
                select.setInt(2, candidate.partition());
                select.setLong(3, candidate.offset());
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        found.add(candidate);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException(e.getSQLState(), e);
        }
        return found;
    }

    public void record(List<SetAside> setAside) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement(
                                """
                     insert into dead_letter (source_topic, source_partition, source_offset, reason, set_aside_at)
                     values (?, ?, ?, ?, ?) on conflict do nothing""")) {
            Timestamp now = Timestamp.from(clock.instant());
            for (SetAside record : setAside) {
                insert.setString(1, record.topic());
                insert.setInt(2, record.partition());
                insert.setLong(3, record.offset());
                insert.setString(
                        4,
                        record.reason().length() > 2000
                                ? record.reason().substring(0, 2000)
                                : record.reason());
                insert.setTimestamp(5, now);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new StorageUnavailableException(e.getSQLState(), e);
        }
    }
}
