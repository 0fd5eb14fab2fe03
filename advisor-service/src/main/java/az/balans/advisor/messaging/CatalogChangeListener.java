package az.balans.advisor.messaging;

import az.balans.advisor.catalog.CatalogSnapshots;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A catalog write committed: fetch the snapshot again (a conditional request, so a burst costs little). */
@ApplicationScoped
public class CatalogChangeListener {

    private final CatalogSnapshots snapshots;

    CatalogChangeListener(CatalogSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Incoming("catalog-changes")
    @Blocking
    public void onChange(String change) {
        snapshots.refresh();
    }
}
