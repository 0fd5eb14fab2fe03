package az.balans.history;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import az.balans.testsupport.TestTokens;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The providers' payloads the tests replay: the examples their documentation shows, and the same
 * shapes filled in for an Azerbaijani top-up (src/test/resources/providers, placeholders ${name}).
 */
public final class ProviderPayloads {

    public static final String DTONE_USER = "dtone-test";
    public static final String DTONE_PASSWORD = "dtone-test-password";
    public static final String RELOADLY_SECRET = "reloadly-test-signing-secret";

    private ProviderPayloads() {}

    public static String load(String name) {
        try (InputStream in = ProviderPayloads.class.getResourceAsStream("/providers/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no payload " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fill(String name, Map<String, String> values) {
        String payload = load(name);
        for (Map.Entry<String, String> value : values.entrySet()) {
            payload = payload.replace("${" + value.getKey() + "}", value.getValue());
        }
        if (payload.contains("${")) {
            throw new IllegalArgumentException(name + " has a placeholder left: " + payload);
        }
        return payload;
    }

    /** DT One's transaction object for an Azercell top-up of 5 AZN, in the given status. */
    public static String dtOne(
            String externalId, String number, String status, String statusClass) {
        int classId =
                switch (statusClass) {
                    case "COMPLETED" -> 7;
                    case "REVERSED" -> 8;
                    case "DECLINED" -> 9;
                    default -> 5;
                };
        return fill(
                "dtone-callback.json",
                Map.of(
                        "externalId", externalId,
                        "transactionId", String.valueOf(dtOneTransactionId(externalId)),
                        "number", number,
                        "status", status,
                        "statusClass", statusClass,
                        "statusId", String.valueOf(classId),
                        "classId", String.valueOf(classId)));
    }

    /** DT One's own id of the transaction the partner calls {@code externalId}. */
    public static long dtOneTransactionId(String externalId) {
        return 2_000_000_000L + (externalId.hashCode() & 0x0fffffff);
    }

    /** Reloadly's webhook event for a Bakcell top-up of 10 AZN; code and message as JSON (or null). */
    public static String reloadly(
            long transactionId,
            String customIdentifier,
            String recipientPhone,
            String status,
            String code) {
        return fill(
                "reloadly-webhook.json",
                Map.of(
                        "transactionId",
                        String.valueOf(transactionId),
                        "customIdentifier",
                        customIdentifier,
                        "recipientPhone",
                        recipientPhone,
                        "status",
                        status,
                        "code",
                        code == null ? "null" : "\"" + code + "\"",
                        "message",
                        code == null ? "null" : "\"The operator is not available\""));
    }

    /** The attempt as a support agent reads it, once history has stored it from the topic. */
    public static ValidatableResponse storedAttempt(String attemptId) {
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                given().auth()
                                                .oauth2(TestTokens.withRole("support-agent"))
                                                .get("/attempts/{id}", attemptId)
                                                .statusCode()
                                        == 200);
        return given().auth()
                .oauth2(TestTokens.withRole("support-agent"))
                .get("/attempts/{id}", attemptId)
                .then()
                .statusCode(200);
    }

    public static String basicAuth(String user, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Reloadly's signature: hex HMAC-SHA256 of the body, ':' and the timestamp, keyed with the secret. */
    public static String reloadlySignature(String secret, String body, String timestamp) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(
                    new javax.crypto.spec.SecretKeySpec(
                            secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of()
                    .formatHex(
                            mac.doFinal((body + ":" + timestamp).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
