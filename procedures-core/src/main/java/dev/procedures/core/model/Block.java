package dev.procedures.core.model;

/**
 * A leaf block of the document, in file order: a paragraph, a code block, a table, an HTML block
 * or a thematic break.
 *
 * @param kind      what the block is
 * @param startLine 1-based first file line
 * @param endLine   1-based last file line
 * @param text      the block's source text (for code blocks, the content without fences)
 */
public record Block(Kind kind, int startLine, int endLine, String text) {

    /** The kinds of leaf blocks. */
    public enum Kind {
        /** A paragraph, also inside list items and block quotes. */
        PARAGRAPH,
        /** A fenced or indented code block. */
        CODE,
        /** A GFM table. */
        TABLE,
        /** A raw HTML block or HTML comment block. */
        HTML,
        /** A thematic break ({@code ---}). */
        THEMATIC_BREAK
    }
}
