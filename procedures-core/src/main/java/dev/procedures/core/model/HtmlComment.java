package dev.procedures.core.model;

/**
 * An HTML comment outside code, block or inline.
 *
 * @param text        the text between {@code <!--} and {@code -->}, trimmed
 * @param line        1-based file line where the comment starts
 * @param startOffset offset of {@code <!--} in the source text
 * @param endOffset   offset just after {@code -->}
 * @param block       whether it is a block-level comment (alone on its lines)
 */
public record HtmlComment(String text, int line, int startOffset, int endOffset, boolean block) {
}
