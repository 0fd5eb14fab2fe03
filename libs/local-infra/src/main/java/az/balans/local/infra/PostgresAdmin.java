package az.balans.local.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates and drops the per-service databases and their owners on any PostgreSQL server, embedded
 * or in a container, through a superuser connection.
 */
public record PostgresAdmin(String jdbcUrl, String user, String password) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** The JDBC URL of another database on the same server. */
    public String jdbcUrlOf(String database) {
        return jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + database;
    }

    /**
     * Creates a login role and a database it owns, unless they exist. The role's password is set
     * each time so the configuration handed to a service is always the one that works.
     */
    public void ensureDatabase(String database, String owner, String ownerPassword) {
        requireIdentifier(database);
        requireIdentifier(owner);
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            String verb =
                    exists(connection, "select 1 from pg_roles where rolname = ?", owner)
                            ? "alter"
                            : "create";
            statement.execute(
                    verb
                            + " role "
                            + owner
                            + " login password '"
                            + ownerPassword.replace("'", "''")
                            + "'");
            if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                statement.execute("create database " + database + " owner " + owner);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not create database " + database + ": " + e.getMessage(), e);
        }
    }

    /** Drops a database even if a connection is still open to it. */
    public void dropDatabase(String database) {
        requireIdentifier(database);
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not drop database " + database + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private static boolean exists(Connection connection, String query, String name)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain lower-case SQL identifier: " + name);
        }
    }
}
