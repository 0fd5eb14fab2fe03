package az.balans.local.infra.test;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Tokens for tests, signed with the test key that each service keeps under
 * src/test/resources/test-keys (never a deployment's key), plus each kind of token that must be refused.
 */
public final class TestTokens {

    public static final String ISSUER = "https://balans.az";
    public static final String AUDIENCE = "balans";
    private static final String PRIVATE_KEY = "test-keys/balans-test-private.pem";

    private TestTokens() {
    }

    public static String withRole(String role) {
        return valid().groups(Set.of(role)).sign(PRIVATE_KEY);
    }

    /** A subscriber: may read only the records of {@code phoneNumber}. */
    public static String subscriber(String phoneNumber) {
        return valid().groups(Set.of("subscriber")).claim("phone_number", phoneNumber).sign(PRIVATE_KEY);
    }

    public static String expired(String role) {
        return valid().groups(Set.of(role)).issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign(PRIVATE_KEY);
    }

    public static String wrongIssuer(String role) {
        return valid().issuer("https://evil.example").groups(Set.of(role)).sign(PRIVATE_KEY);
    }

    public static String wrongAudience(String role) {
        return valid().audience("someone-else").groups(Set.of(role)).sign(PRIVATE_KEY);
    }

    /** A valid token whose payload was then changed: the signature no longer matches. */
    public static String tampered(String role) {
        String[] parts = withRole(role).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(role, "catalog-admin");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The classic forgery: "alg": "none" and no signature. */
    public static String algNone(String role) {
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"forger\",\"groups\":[\"" + role + "\"],"
                + "\"exp\":" + Instant.now().plusSeconds(600).getEpochSecond() + "}";
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static JwtClaimsBuilder valid() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("test-user").expiresIn(600);
    }
}
