package az.balans.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The manifests are rendered by kubectl's built-in kustomize, the tool an operator applies them
 * with. Where kubectl is not on the PATH these tests do not run, and the build says so in one line;
 * under CI (CI=true), where .ci/run requires it, they always run, so a missing kubectl fails loudly.
 */
final class Kubectl implements ExecutionCondition {

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (onPath() || "true".equals(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("kubectl is on the PATH (or CI requires it)");
        }
        String reason =
                "KUBERNETES MANIFEST TESTS NOT RUN: kubectl (with kustomize built in) is not on the"
                        + " PATH. Install it to validate deploy/kubernetes (.ci/run requires it)."
                        + " Every other test ran.";
        if (TOLD.compareAndSet(false, true)) {
            System.out.println("[WARNING] " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    private static boolean onPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "kubectl")));
    }
}
