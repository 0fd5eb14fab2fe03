package az.balans.local.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A stack killed without a chance to clean up (kill -9, a closed laptop lid at the wrong moment)
 * leaves its services and PostgreSQL running on the data directory. The next start stops them, but
 * only processes that are what the data directory says they are.
 */
final class LeftoverProcesses {

    private LeftoverProcesses() {}

    static void stop(StackSettings settings) throws IOException {
        if (Files.isDirectory(settings.processIds())) {
            try (Stream<Path> files = Files.list(settings.processIds())) {
                for (Path file : files.toList()) {
                    processOf(file, 0)
                            .filter(process -> commandContains(process, "quarkus-run.jar"))
                            .ifPresent(
                                    process ->
                                            terminate(process, "service left from an earlier run"));
                    Files.delete(file);
                }
            }
        }
        // postmaster.pid's first line is the server's pid
        processOf(settings.postgresData().resolve("postmaster.pid"), 0)
                .filter(process -> commandContains(process, "postgres"))
                .ifPresent(process -> terminate(process, "PostgreSQL left from an earlier run"));
    }

    private static Optional<ProcessHandle> processOf(Path pidFile, int line) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(line).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean commandContains(ProcessHandle process, String text) {
        return process.info()
                .commandLine()
                .or(() -> process.info().command())
                .map(command -> command.contains(text))
                .orElse(false);
    }

    private static void terminate(ProcessHandle process, String what) {
        System.out.printf("Stopping %s (pid %d)%n", what, process.pid());
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
