package io.mixdoc.io.html;

/**
 * What a {@link TextBlock} of a page is: part of the main text (heading, paragraph, list item, quote,
 * preformatted text) or one kind of boilerplate, kept and labelled rather than dropped.
 */
public enum BlockKind {
    HEADING(false),
    PARAGRAPH(false),
    LIST_ITEM(false),
    QUOTE(false),
    PREFORMATTED(false),
    /** The page's title repeated in the body (the title is reported separately). */
    TITLE(true),
    NAV(true),
    RELATED(true),
    SHARE(true),
    FOOTER(true),
    CAPTION(true),
    COMMENTS(true),
    /** Advertising, newsletter sign-ups, cookie and paywall notices. */
    AD(true),
    /** Bylines, dates, tags and other metadata around the article. */
    META(true),
    /** Text outside the main content that no hint explains. */
    OTHER(true);

    private final boolean boilerplate;

    BlockKind(boolean boilerplate) {
        this.boilerplate = boilerplate;
    }

    /** True for kinds that are not part of the main text. */
    public boolean isBoilerplate() {
        return boilerplate;
    }
}
