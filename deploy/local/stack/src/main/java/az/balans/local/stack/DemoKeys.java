package az.balans.local.stack;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * The local stack's token key pair, made on first start and kept in the data directory (never in
 * the repository), and demo tokens for each role, written afresh at every start.
 */
final class DemoKeys {

    static final String ISSUER = "https://balans.az";
    static final String AUDIENCE = "balans";

    /** The demo subscriber: the ported ex-Naxtel number of the demo data. */
    static final String DEMO_SUBSCRIBER = "+994604567890";

    /** How long the demo service token lives; the stack writes a new one at a third of that. */
    static final Duration SERVICE_TOKEN_LIFETIME = Duration.ofMinutes(15);

    private final Path publicKey;
    private final Path privateKey;

    private DemoKeys(Path publicKey, Path privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    static DemoKeys ensure(Path dataDirectory) throws IOException, GeneralSecurityException {
        Path keys = Files.createDirectories(dataDirectory.resolve("keys"));
        Path publicKey = keys.resolve("public.pem");
        Path privateKey = keys.resolve("private.pem");
        if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            try {
                Files.setPosixFilePermissions(
                        privateKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the data directory's own permissions apply
            }
        }
        return new DemoKeys(publicKey, privateKey);
    }

    Path publicKey() {
        return publicKey;
    }

    Path privateKey() {
        return privateKey;
    }

    /**
     * One token per role in {@code tokens/<role>.jwt}: the people's (support-agent, support-lead, catalog-admin,
     * subscriber) valid for a day, the service token for {@link #SERVICE_TOKEN_LIFETIME} only, since
     * it reads every subscriber's records ({@link #renewServiceToken} keeps a fresh one there).
     */
    Path writeDemoTokens(Path dataDirectory) throws IOException, GeneralSecurityException {
        Path tokens = Files.createDirectories(dataDirectory.resolve("tokens"));
        PrivateKey key = readPrivateKey();
        for (String role : new String[] {"support-agent", "support-lead", "catalog-admin"}) {
            Files.writeString(
                    tokens.resolve(role + ".jwt"),
                    Jwt.issuer(ISSUER)
                            .audience(AUDIENCE)
                            .subject("demo-" + role)
                            .groups(Set.of(role))
                            .expiresIn(Duration.ofDays(1))
                            .sign(key));
        }
        Files.writeString(
                tokens.resolve("subscriber.jwt"),
                Jwt.issuer(ISSUER)
                        .audience(AUDIENCE)
                        .subject("demo-subscriber")
                        .groups(Set.of("subscriber"))
                        .claim("phone_number", DEMO_SUBSCRIBER)
                        .expiresIn(Duration.ofDays(1))
                        .sign(key));
        renewServiceToken(tokens);
        return tokens;
    }

    /** A service token of {@link #SERVICE_TOKEN_LIFETIME}, written whole in one move so no reader sees half of one. */
    void renewServiceToken(Path tokens) throws IOException, GeneralSecurityException {
        Path fresh = tokens.resolve("service.jwt.new");
        Files.writeString(
                fresh,
                Jwt.issuer(ISSUER)
                        .audience(AUDIENCE)
                        .subject("demo-service")
                        .groups(Set.of("service"))
                        .expiresIn(SERVICE_TOKEN_LIFETIME)
                        .sign(readPrivateKey()));
        Files.move(
                fresh,
                tokens.resolve("service.jwt"),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private PrivateKey readPrivateKey() throws IOException, GeneralSecurityException {
        String pem =
                Files.readString(privateKey)
                        .replaceAll("-----[A-Z ]+-----", "")
                        .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN "
                + type
                + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END "
                + type
                + "-----\n";
    }
}
