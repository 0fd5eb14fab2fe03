package az.balans.testsupport;

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

    private TestTokens() {}

    public static String withRole(String role) {
        return valid().groups(Set.of(role)).sign(PRIVATE_KEY);
    }

    /** A named member of staff with {@code role}: the name is the token's subject, as an identity provider sets it. */
    public static String staff(String name, String role) {
        return valid().subject(name).groups(Set.of(role)).sign(PRIVATE_KEY);
    }

    /** A subscriber: may read only the records of {@code phoneNumber}. */
    public static String subscriber(String phoneNumber) {
        return valid().groups(Set.of("subscriber"))
                .claim("phone_number", phoneNumber)
                .sign(PRIVATE_KEY);
    }

    /** Each kind of token that verification must refuse; the security tests of every service try them all. */
    public static final String[] REFUSED_KINDS = {
        "expired", "wrong-issuer", "wrong-audience", "tampered", "alg-none"
    };

    /**
     * A token of one of {@link #REFUSED_KINDS} that claims {@code role}: were it accepted, it would pass
     * the role check, so only a 401 shows that verification refused it.
     */
    public static String refused(String kind, String role) {
        return switch (kind) {
            case "expired" ->
                    valid().groups(Set.of(role))
                            .issuedAt(Instant.now().minusSeconds(7200))
                            .expiresAt(Instant.now().minusSeconds(3600))
                            .sign(PRIVATE_KEY);
            case "wrong-issuer" ->
                    valid().issuer("https://evil.example").groups(Set.of(role)).sign(PRIVATE_KEY);
            case "wrong-audience" ->
                    valid().audience("someone-else").groups(Set.of(role)).sign(PRIVATE_KEY);
            case "tampered" -> tamperedInto(role);
            case "alg-none" -> algNone(role);
            default -> throw new IllegalArgumentException("no refused token of kind " + kind);
        };
    }

    /** A valid subscriber token whose payload was then changed to claim {@code role}: the signature no longer matches. */
    private static String tamperedInto(String role) {
        String[] parts = withRole("subscriber").split("\\.");
        String payload =
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"subscriber\"", "\"" + role + "\"");
        return parts[0]
                + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "."
                + parts[2];
    }

    /** The classic forgery: "alg": "none" and no signature. */
    private static String algNone(String role) {
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String payload =
                "{\"iss\":\""
                        + ISSUER
                        + "\",\"aud\":\""
                        + AUDIENCE
                        + "\",\"sub\":\"forger\",\"groups\":[\""
                        + role
                        + "\"],"
                        + "\"exp\":"
                        + Instant.now().plusSeconds(600).getEpochSecond()
                        + "}";
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(header.getBytes(StandardCharsets.UTF_8))
                + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + ".";
    }

    private static JwtClaimsBuilder valid() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("test-user").expiresIn(600);
    }
}
