package io.mixdoc.facts;

/** The kinds of named entity mixdoc reports. */
public enum EntityType {
    PERSON, PLACE, ORG, FACILITY, EVENT
}
