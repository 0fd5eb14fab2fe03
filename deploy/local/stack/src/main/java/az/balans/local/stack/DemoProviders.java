package az.balans.local.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;

/**
 * The top-up providers, played on one machine: history's provider doors are opened with secrets of
 * this data directory (providers/), one outcome of each provider is written there for the README's
 * curl commands to send, and Ding, which has no callbacks, is a small stub on a free port that
 * answers ListTransferRecords with providers/ding-transfer-records.json (edit it, and history reads
 * it on its next poll). A stub stands in for Ding only: DT One and Reloadly call history themselves.
 */
final class DemoProviders implements AutoCloseable {

    static final String DTONE_USER = "dtone-demo";

    private final Path directory;
    private final String dtonePassword;
    private final String reloadlySecret;
    private final String dingKey;
    private final HttpServer ding;

    private DemoProviders(
            Path directory, String dtonePassword, String reloadlySecret, String dingKey)
            throws IOException {
        this.directory = directory;
        this.dtonePassword = dtonePassword;
        this.reloadlySecret = reloadlySecret;
        this.dingKey = dingKey;
        this.ding =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ding.createContext(
                "/api/V1/ListTransferRecords",
                exchange -> {
                    try (exchange;
                            InputStream ignored = exchange.getRequestBody()) {
                        ignored.readAllBytes();
                        boolean authorised =
                                dingKey.equals(exchange.getRequestHeaders().getFirst("api_key"));
                        byte[] body =
                                authorised
                                        ? Files.readAllBytes(
                                                directory.resolve("ding-transfer-records.json"))
                                        : "{\"ResultCode\":4,\"ErrorCodes\":[{\"Code\":\"AuthenticationFailed\"}]}"
                                                .getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().set("Content-Type", "application/json");
                        exchange.sendResponseHeaders(authorised ? 200 : 401, body.length);
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(body);
                        }
                    }
                });
        ding.start();
    }

    /** Secrets kept across restarts; the example outcomes written once, dated from the first start. */
    static DemoProviders start(Path dataDirectory) throws IOException {
        Path directory = Files.createDirectories(dataDirectory.resolve("providers"));
        String dtonePassword = secret(directory.resolve("dtone-callback-password"));
        String reloadlySecret = secret(directory.resolve("reloadly-signing-secret"));
        String dingKey = secret(directory.resolve("ding-api-key"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        example(directory.resolve("dtone-callback.json"), "dtone-callback.json", now);
        example(directory.resolve("reloadly-webhook.json"), "reloadly-webhook.json", now);
        example(directory.resolve("ding-transfer-records.json"), "ding-transfer-records.json", now);
        return new DemoProviders(directory, dtonePassword, reloadlySecret, dingKey);
    }

    /** What history needs to open its doors to these providers and to poll the stub. */
    Map<String, String> historyEnvironment() {
        return Map.of(
                "BALANS_PROVIDERS_DTONE_CALLBACK_USERNAME", DTONE_USER,
                "BALANS_PROVIDERS_DTONE_CALLBACK_PASSWORD", dtonePassword,
                "BALANS_PROVIDERS_RELOADLY_SIGNING_SECRET", reloadlySecret,
                "BALANS_PROVIDERS_DING_API_KEY", dingKey,
                "BALANS_PROVIDERS_DING_POLL_EVERY", "10s",
                "QUARKUS_REST_CLIENT_DING_URL", "http://localhost:" + ding.getAddress().getPort());
    }

    Path directory() {
        return directory;
    }

    @Override
    public void close() {
        ding.stop(0);
    }

    private static String secret(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            Files.writeString(file, HexFormat.of().formatHex(random));
        }
        return Files.readString(file).trim();
    }

    /** A provider's documented shape for a demo top-up, its times around {@code now}; without a final newline, as signed. */
    private static void example(Path file, String resource, Instant now) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        try (InputStream in = DemoProviders.class.getResourceAsStream("/providers/" + resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            Files.writeString(
                    file,
                    text.replace("${started}", now.minusSeconds(90).toString())
                            .replace("${completed}", now.minusSeconds(60).toString()));
        }
    }
}
