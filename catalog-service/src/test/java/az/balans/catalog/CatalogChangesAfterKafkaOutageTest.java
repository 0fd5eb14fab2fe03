package az.balans.catalog;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import az.balans.testsupport.InjectKafkaBroker;
import az.balans.testsupport.RestartableKafkaBroker;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithPostgres;
import az.balans.testsupport.WithRestartableKafka;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kafka goes away, the catalog keeps taking writes, and their events are published once it is back. */
@QuarkusTest
@WithPostgres
@WithRestartableKafka
class CatalogChangesAfterKafkaOutageTest {

    @InjectKafkaBroker RestartableKafkaBroker kafka;

    @Inject AgroalDataSource database;

    @Test
    void aWriteMadeWhileKafkaIsDownIsPublishedWhenItComesBack() throws Exception {
        kafka.stop();
        given().auth()
                .oauth2(TestTokens.withRole("catalog-admin"))
                .contentType(ContentType.JSON)
                .body(
                        """
                        {"id":"outagecell","names":{"en":"Outagecell"},"kind":"mobile-operator","status":"active",
                         "source":"test fixture","verifiedOn":"2026-11-01"}""")
                .when()
                .post("/carriers")
                .then()
                .statusCode(201);

        // the relay keeps trying, and the change waits, committed, in the outbox
        Thread.sleep(Duration.ofSeconds(4).toMillis());
        assertEquals(
                1,
                unpublished("outagecell"),
                "the change should wait in the outbox while Kafka is down");

        kafka.start();
        try (CatalogChangesTopic topic = new CatalogChangesTopic(kafka.bootstrapServers())) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> topic.eventsFor("carrier", "outagecell").size() == 1);
            assertEquals(
                    List.of("created"),
                    topic.eventsFor("carrier", "outagecell").stream()
                            .map(e -> e.get("change").asText())
                            .toList());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished("outagecell") == 0);
    }

    private int unpublished(String id) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query =
                        connection.prepareStatement(
                                "select count(*) from catalog_change where entity_id = ? and published_at is null")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
