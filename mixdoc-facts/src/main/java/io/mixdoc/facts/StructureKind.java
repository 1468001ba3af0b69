package io.mixdoc.facts;

/** What a {@link StructureSpan} marks. */
public enum StructureKind {
    HEADLINE, DATELINE, BYLINE, PARAGRAPH, CAPTION, TURN, END_MARK, BOILERPLATE, PUBLICATION_DATE
}
