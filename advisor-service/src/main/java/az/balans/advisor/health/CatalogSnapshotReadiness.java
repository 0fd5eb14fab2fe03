package az.balans.advisor.health;

import az.balans.advisor.catalog.CatalogSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the catalog has been loaded once: without it the advisor knows no carrier or channel. */
@Readiness
@ApplicationScoped
public class CatalogSnapshotReadiness implements HealthCheck {

    private final CatalogSnapshots snapshots;

    CatalogSnapshotReadiness(CatalogSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public HealthCheckResponse call() {
        return snapshots
                .current()
                .map(
                        snapshot ->
                                HealthCheckResponse.named("catalog snapshot")
                                        .up()
                                        .withData("revision", snapshot.revision())
                                        .build())
                .orElseGet(() -> HealthCheckResponse.named("catalog snapshot").down().build());
    }
}
