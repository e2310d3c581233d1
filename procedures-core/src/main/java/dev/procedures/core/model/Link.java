package dev.procedures.core.model;

/**
 * An inline link outside code.
 *
 * @param url    the destination as written
 * @param text   the link text
 * @param line   1-based file line
 * @param column 1-based column of the link start
 */
public record Link(String url, String text, int line, int column) {
}
