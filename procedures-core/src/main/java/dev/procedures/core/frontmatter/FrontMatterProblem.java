package dev.procedures.core.frontmatter;

/**
 * A syntax problem in a front matter block.
 *
 * @param line    1-based file line
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong and how to fix it
 */
public record FrontMatterProblem(int line, int column, String message) {
}
