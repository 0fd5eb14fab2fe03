package az.balans.history.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail's table: appended to, read by support leads, and, on erasure, the number masked
 * (the only change its trigger allows).
 */
@ApplicationScoped
public class AuditRepository {

    /** One entry as kept. */
    public record Entry(
            long id,
            Instant at,
            String actor,
            String role,
            String action,
            String msisdn,
            String attemptId,
            String reason) {}

    private final AgroalDataSource dataSource;

    AuditRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void append(
            Instant at,
            String actor,
            String role,
            String action,
            String msisdn,
            String attemptId,
            String reason) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement(
                                "insert into audit_entry (at, actor, role, action, msisdn, attempt_id, reason) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, actor);
            insert.setString(3, role);
            insert.setString(4, action);
            insert.setString(5, msisdn);
            insert.setString(6, attemptId);
            insert.setString(7, reason);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StorageUnavailableException(e.getSQLState(), e);
        }
    }

    /** Newest first; {@code msisdn} and {@code actor} narrow it when given. */
    public List<Entry> find(String msisdn, String actor, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement(
                                """
                     select id, at, actor, role, action, msisdn, attempt_id, reason from audit_entry
                     where (cast(? as varchar) is null or msisdn = ?) and (cast(? as varchar) is null or actor = ?)
                     order by at desc, id desc limit ?""")) {
            select.setString(1, msisdn);
            select.setString(2, msisdn);
            select.setString(3, actor);
            select.setString(4, actor);
            select.setInt(5, limit);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(
                            new Entry(
                                    rows.getLong(1),
                                    rows.getTimestamp(2).toInstant(),
                                    rows.getString(3),
                                    rows.getString(4),
                                    rows.getString(5),
                                    rows.getString(6),
                                    rows.getString(7),
                                    rows.getString(8)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StorageUnavailableException(e.getSQLState(), e);
        }
    }

    /** Erasure: the entries stay, their number masked. */
    public int maskNumber(String msisdn, String masked) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement(
                                "update audit_entry set msisdn = ? where msisdn = ?")) {
            update.setString(1, masked);
            update.setString(2, msisdn);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new StorageUnavailableException(e.getSQLState(), e);
        }
    }
}
