package io.mixdoc;

/**
 * An analysis stopped before it finished, because its {@link Deadline} passed or its thread was
 * interrupted. Callers turn it into their own answer: {@code E_TIMEOUT} for the server, {@code clean}
 * and Spark. The thread's interrupt flag is left as it was.
 */
public final class AnalysisStoppedException extends RuntimeException {
    private final boolean timedOut;

    public AnalysisStoppedException(boolean timedOut) {
        super(timedOut ? "the analysis passed its time limit" : "the analysis was interrupted", null, false, false);
        this.timedOut = timedOut;
    }

    /** True for a passed deadline, false for an interrupt. */
    public boolean timedOut() {
        return timedOut;
    }
}
