package az.balans.local.infra;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** The topics of the event contract (docs/events.md), as the one-machine stack and the tests create them. */
public final class BalansTopics {

    public static final String RECHARGE_EVENTS = "recharge-events";
    public static final String RECHARGE_EVENTS_DLQ = "recharge-events-dlq";
    public static final String CATALOG_CHANGES = "catalog-changes";

    /** Several partitions for recharge-events, so per-number ordering (key = E.164) is exercised locally too. */
    public static final List<NewTopic> ALL =
            List.of(
                    new NewTopic(RECHARGE_EVENTS, 3, (short) 1),
                    new NewTopic(RECHARGE_EVENTS_DLQ, 1, (short) 1),
                    new NewTopic(CATALOG_CHANGES, 1, (short) 1));

    private BalansTopics() {}

    /** Creates the Balans topics that do not exist yet on any broker; existing ones are left as they are. */
    public static void ensureExist(String bootstrapServers) {
        try (Admin admin =
                Admin.create(
                        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing =
                    ALL.stream().filter(topic -> !existing.contains(topic.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create topics: " + e.getMessage(), e);
        }
    }
}
