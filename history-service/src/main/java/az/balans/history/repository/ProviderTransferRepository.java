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
 * poll ended; and the lock that lets one replica poll at a time. Each statement commits by itself:
 * what it records is idempotent (an outcome published again is the same event).
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
     * The provider's poll, held by one replica at a time: a PostgreSQL advisory lock on a connection
     * of its own, outside any transaction (the poll calls the provider, and no transaction waits on
     * it). The lock goes when the poll closes it, or with the connection if the replica dies.
     */
    public final class PollLock implements AutoCloseable {

        private final Connection connection;
        private final long key;

        private PollLock(Connection connection, long key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void close() {
            try (connection;
                    PreparedStatement unlock =
                            connection.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, key);
                unlock.execute();
            } catch (SQLException e) {
                // closing the connection releases the lock all the same
            }
        }
    }

    /** @return the provider's poll, or empty when another replica polls now */
    public Optional<PollLock> tryLockPoll(String provider) {
        long key = ("provider-poll:" + provider).hashCode();
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement lock =
                            connection.prepareStatement("select pg_try_advisory_lock(?)");
                    ResultSet locked = executeWith(lock, key)) {
                locked.next();
                if (locked.getBoolean(1)) {
                    return Optional.of(new PollLock(connection, key));
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the lock, if taken, goes with the connection
                }
            }
            throw new StorageUnavailableException(e.getSQLState(), e);
        }
    }

    private static ResultSet executeWith(PreparedStatement statement, long key)
            throws SQLException {
        statement.setLong(1, key);
        return statement.executeQuery();
    }

    /** When the provider's last full poll ended, if ever. */
    public Optional<Instant> lastFullPoll(String provider) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement(
                                "select polled_at from provider_cursor where provider = ?")) {
            select.setString(1, provider);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant)
                        : Optional.empty();
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
