package az.balans.local.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API documents a partner reads without building anything are committed under docs/api/: each
 * service's OpenAPI document as its build writes it, and history's recharge-event contract. A
 * committed copy that differs from what the build produces fails here; {@code
 * -Dbalans.update-api-docs=true} writes the new ones instead, to be committed with the change.
 */
class ApiDocumentsTest {

    private static final Path ROOT = Path.of(System.getProperty("balans.root"));
    private static final Path DOCS = ROOT.resolve("docs/api");

    @Test
    void theCommittedApiDocumentsAreTheOnesTheBuildProduces() throws IOException {
        Map<Path, Path> copies = new LinkedHashMap<>();
        for (String service : List.of("advisor-service", "catalog-service", "history-service")) {
            copies.put(
                    ROOT.resolve(service).resolve("target/openapi/openapi.json"),
                    DOCS.resolve(service + ".json"));
        }
        Path contract = ROOT.resolve("history-service/src/main/resources/contract");
        try (Stream<Path> files = Files.walk(contract)) {
            files.filter(Files::isRegularFile)
                    .sorted()
                    .forEach(file -> copies.put(file, DOCS.resolve(contract.relativize(file))));
        }
        boolean update = Boolean.getBoolean("balans.update-api-docs");
        for (Map.Entry<Path, Path> copy : copies.entrySet()) {
            assertTrue(Files.exists(copy.getKey()), copy.getKey() + ": build the services first");
            String built = Files.readString(copy.getKey());
            if (update) {
                Files.createDirectories(copy.getValue().getParent());
                Files.writeString(copy.getValue(), built);
            }
            assertEquals(
                    built,
                    Files.exists(copy.getValue()) ? Files.readString(copy.getValue()) : "",
                    ROOT.relativize(copy.getValue())
                            + " differs from what the build produces ("
                            + ROOT.relativize(copy.getKey())
                            + "): run ./mvnw verify -pl deploy/local/stack"
                            + " -Dtest=ApiDocumentsTest -Dbalans.update-api-docs=true and commit"
                            + " it");
        }
        // nothing stale: every committed file is one the build produces
        try (Stream<Path> committed = Files.walk(DOCS)) {
            committed
                    .filter(Files::isRegularFile)
                    .forEach(
                            file ->
                                    assertTrue(
                                            copies.containsValue(file),
                                            ROOT.relativize(file) + " is produced by no build"));
        }
    }
}
