package dev.procedures.core.model;

/**
 * A Markdown heading outside code (ATX or setext).
 *
 * @param level  1 to 6
 * @param text   the heading text without markup, as written
 * @param key    the folded text used for matching (see {@code TextNormalizer.fold})
 * @param line   1-based file line of the heading (for setext, the text line)
 * @param column 1-based column
 */
public record Heading(int level, String text, String key, int line, int column) {
}
