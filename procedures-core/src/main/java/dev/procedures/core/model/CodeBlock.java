package dev.procedures.core.model;

/**
 * A fenced or indented code block.
 *
 * @param info             the info string of a fenced block (language), empty otherwise
 * @param content          the content, without fences
 * @param startLine        1-based line of the opening fence (or first line of an indented block)
 * @param contentStartLine 1-based line of the first content line
 * @param endLine          1-based last line of the block
 * @param fenced           whether the block is fenced
 */
public record CodeBlock(String info, String content, int startLine, int contentStartLine, int endLine,
                        boolean fenced) {
}
