package az.balans.platform.logging;

/**
 * A copy of an exception chain for the log: the same classes' names, messages masked, the same
 * stack frames, causes and suppressed exceptions copied likewise. It prints as the original would.
 */
final class MaskedThrowable extends Throwable {

    private static final int MAX_DEPTH = 32;

    private final String description;

    private MaskedThrowable(String description) {
        super(description);
        this.description = description;
    }

    static MaskedThrowable of(Throwable original) {
        return copy(original, 0);
    }

    private static MaskedThrowable copy(Throwable original, int depth) {
        String message = NumberMaskingLogFilter.mask(original.getMessage());
        MaskedThrowable copy =
                new MaskedThrowable(
                        original.getClass().getName() + (message == null ? "" : ": " + message));
        copy.setStackTrace(original.getStackTrace());
        if (depth < MAX_DEPTH) {
            Throwable cause = original.getCause();
            if (cause != null && cause != original) {
                copy.initCause(copy(cause, depth + 1));
            }
            for (Throwable suppressed : original.getSuppressed()) {
                copy.addSuppressed(copy(suppressed, depth + 1));
            }
        }
        return copy;
    }

    @Override
    public String toString() {
        return description;
    }
}
