package az.balans.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Balans service run from its Quarkus build as a child process, its output in a log file. */
final class ServiceProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ServiceProcess start(
            String name,
            int port,
            Path repository,
            Path logs,
            Path processIds,
            List<String> jvmOptions,
            Map<String, String> environment) {
        Path jar = repository.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build first (the start command in the README does)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        // a request target java.net.URI refuses (a bare '%') gets balans-problem's problem+json,
        // not an empty 400
        command.add("-Dvertx.disableURIValidation=true");
        command.addAll(List.of("-jar", jar.toString()));
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .directory(repository.resolve(name).toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment()
                .put(
                        "QUARKUS_MANAGEMENT_PORT",
                        String.valueOf(StackSettings.managementPortOf(port)));
        try {
            Process process = builder.start();
            Files.writeString(processIds.resolve(name + ".pid"), String.valueOf(process.pid()));
            return new ServiceProcess(name, port, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Where its health, metrics and API document answer: the management interface, apart from the API. */
    String managementUrl() {
        return "http://localhost:" + StackSettings.managementPortOf(port);
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Whether {@code /q/health/ready} answers 200: the service's database and Kafka checks included. */
    boolean isReady() {
        try {
            HttpResponse<Void> response =
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last lines of the service's log, to show why it did not come up. */
    String tailOfLog(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(
                    System.lineSeparator(),
                    all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Asks the service to stop (SIGTERM: Quarkus shuts down gracefully), then insists. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
