package az.balans.platform.health;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready only while the service's database answers. It stands in for the built-in check, whose DOWN
 * carries the driver's exception text to anyone who calls the probe: here the probe says
 * "unreachable", and the reason goes to the log (masked like every log line).
 *
 * <p>Each service with a database turns the built-in check off ({@code quarkus.datasource.health.enabled=false}).
 */
@Readiness
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);
    private static final int VALIDATION_SECONDS = 2;

    private final AgroalDataSource dataSource;

    DatabaseReadiness(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(VALIDATION_SECONDS)) {
                return HealthCheckResponse.up("database");
            }
            LOG.warn(
                    "Readiness: the database did not answer a validation within "
                            + VALIDATION_SECONDS
                            + " s");
        } catch (SQLException e) {
            LOG.warnf("Readiness: the database is unreachable: %s", e.getMessage());
        }
        return HealthCheckResponse.named("database")
                .down()
                .withData("reason", "unreachable")
                .build();
    }
}
