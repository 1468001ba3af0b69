package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;

/** An entity mention before overlap resolution; higher {@code priority} wins ties of length. */
public record Candidate(int start, int end, EntityType type, String source, int priority) {
    public int length() {
        return end - start;
    }

    public boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }
}
