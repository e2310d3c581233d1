package dev.procedures.core.model;

import dev.procedures.core.vocabulary.SectionKind;

/**
 * A recognised body section: its heading and the last line it governs.
 *
 * @param kind    which section of the template it is
 * @param heading its heading
 * @param endLine 1-based last line of the section
 */
public record Section(SectionKind kind, Heading heading, int endLine) {

    /** @return 1-based first line (the heading) */
    public int startLine() {
        return heading.line();
    }
}
