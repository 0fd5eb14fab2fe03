package az.balans.history.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cursor of a polled provider: per transfer, the state last published, and when the last full
 * poll ended. Called inside the poll's transaction, whose connection holds the provider's row.
 */
@ApplicationScoped
public class ProviderTransferRepository {

    /** A transfer's state as last published. */
    public record Published(
            String transferRef, String state, boolean finalState, Instant startedAt) {}

    private final AgroalDataSource dataSource;

    ProviderTransferRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes the provider's poll for this transaction; empty when another replica polls now.
     *
     * @return when the last full poll ended (empty inside when never)
     */
    public Optional<Optional<Instant>> claimPoll(String provider) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement(
                                "select polled_at from provider_cursor where provider = ? for update skip locked")) {
            select.setString(1, provider);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Timestamp polledAt = row.getTimestamp(1);
                return Optional.of(Optional.ofNullable(polledAt).map(Timestamp::toInstant));
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException(e.getSQLState(), e);
        }
    }

    /** The oldest start among the transfers still open, the point a poll must read back to. */
    public Optional<Instant> oldestOpen(String provider) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement(
                                "select min(started_at) from provider_transfer where provider = ? and not final")) {
            select.setString(1, provider);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant);
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException(e.getSQLState(), e);
        }
    }

    /** The states last published for these transfers, by transfer. */
    public Map<String, String> statesOf(String provider, List<String> transferRefs) {
        Map<String, String> states = new HashMap<>();
        if (transferRefs.isEmpty()) {
            return states;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement(
                                "select transfer_ref, state from provider_transfer where provider = ? and transfer_ref = any (?)")) {
            select.setString(1, provider);
            select.setArray(2, connection.createArrayOf("varchar", transferRefs.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    states.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException(e.getSQLState(), e);
        }
        return states;
    }

    public void recordPublished(String provider, List<Published> published, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert =
                        connection.prepareStatement(
                                """
                     insert into provider_transfer (provider, transfer_ref, state, final, started_at, published_at)
                     values (?, ?, ?, ?, ?, ?)
                     on conflict (provider, transfer_ref) do update
                     set state = excluded.state, final = excluded.final, published_at = excluded.published_at""")) {
            for (Published transfer : published) {
                upsert.setString(1, provider);
                upsert.setString(2, transfer.transferRef());
                upsert.setString(3, transfer.state());
                upsert.setBoolean(4, transfer.finalState());
                upsert.setTimestamp(5, Timestamp.from(transfer.startedAt()));
                upsert.setTimestamp(6, Timestamp.from(at));
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new StorageUnavailableException(e.getSQLState(), e);
        }
    }

    /** The poll read everything it had to: the lag is measured from here. */
    public void markPolled(String provider, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement(
                                "update provider_cursor set polled_at = ? where provider = ?")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setString(2, provider);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StorageUnavailableException(e.getSQLState(), e);
        }
    }

    /** Forgets transfers the provider itself no longer lists (Ding keeps two months). */
    public int forgetStartedBefore(String provider, Instant before) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement(
                                "delete from provider_transfer where provider = ? and started_at < ?")) {
            delete.setString(1, provider);
            delete.setTimestamp(2, Timestamp.from(before));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new StorageUnavailableException(e.getSQLState(), e);
        }
    }
}
