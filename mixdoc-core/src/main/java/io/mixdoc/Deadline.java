package io.mixdoc;

import java.time.Duration;
import java.util.Objects;

/**
 * When one analysis must stop: a point in {@link System#nanoTime()} time, and always the running
 * thread's interrupt flag. A {@link Pipeline} checks it between stages and hands it to the stages on
 * the {@link Document} ({@link Document#deadline()}); every loop that can grow with the input calls
 * {@link #check()} (a clock read and a flag test) or {@link #checkEvery(int)} in its tightest loops.
 * A run that passes its deadline, or whose thread is interrupted, ends with
 * {@link AnalysisStoppedException}; nothing half-done is returned.
 *
 * <p>Immutable and cheap; {@link #none()} has no time limit but still honours interrupts.
 */
public final class Deadline {
    private static final Deadline NONE = new Deadline(0, false, null);

    private final long atNanos;
    private final boolean timed;
    /** The checks made so far, for a {@link #counting()} deadline only (else null). */
    private final long[] checks;

    private Deadline(long atNanos, boolean timed, long[] checks) {
        this.atNanos = atNanos;
        this.timed = timed;
        this.checks = checks;
    }

    /**
     * No time limit, and every {@link #check()} and {@link #checkEvery(int)} counted ({@link #checks()}): since every
     * loop that grows with the text checks, the count measures a stage's work without a clock, so a test can compare
     * it on an input and on one 4 times as long ({@code LinearWorkTest}). One thread only.
     */
    public static Deadline counting() {
        return new Deadline(0, false, new long[1]);
    }

    /** The checks made on a {@link #counting()} deadline so far; 0 for any other. */
    public long checks() {
        return checks == null ? 0 : checks[0];
    }

    /** No time limit; a thread interrupt still stops the run. */
    public static Deadline none() {
        return NONE;
    }

    /** Stops a run {@code limit} from now. */
    public static Deadline after(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        return new Deadline(System.nanoTime() + limit.toNanos(), true, null);
    }

    /** True when the time is up (interrupts are not looked at). */
    public boolean expired() {
        return timed && System.nanoTime() - atNanos >= 0;
    }

    /** The time left, or {@link Duration#ZERO} when expired; very long for {@link #none()}. */
    public Duration remaining() {
        if (!timed) {
            return Duration.ofDays(365);
        }
        return Duration.ofNanos(Math.max(0, atNanos - System.nanoTime()));
    }

    /** Throws {@link AnalysisStoppedException} when the time is up or the thread was interrupted. */
    public void check() {
        if (checks != null) {
            checks[0]++;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new AnalysisStoppedException(false);
        }
        if (expired()) {
            throw new AnalysisStoppedException(true);
        }
    }

    /** {@link #check()} on every 4096th {@code i}: for loops that do little per step. */
    public void checkEvery(int i) {
        if (checks != null) {
            checks[0]++;
        }
        if ((i & 0xFFF) == 0) {
            check();
        }
    }
}
