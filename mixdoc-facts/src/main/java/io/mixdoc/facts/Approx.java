package io.mixdoc.facts;

/** How exact a quantity is: {@code 800多名} is {@link #MORE_THAN} 800, {@code 约800} is {@link #ABOUT} 800. */
public enum Approx {
    EXACT, MORE_THAN, ABOUT, LESS_THAN;

    /** The JSON spelling, e.g. {@code more_than}. */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
