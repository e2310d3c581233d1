package dev.procedures.core.model;

/**
 * A bold label line such as {@code **Criticidad:** ALTA} or {@code - **Revisado por:** SRE}, outside
 * code.
 *
 * @param key    the label as written, without markup and final colon
 * @param folded the folded label used for matching
 * @param value  the text after the label, trimmed, inline markup kept
 * @param line   1-based file line
 * @param column 1-based column where the label starts
 */
public record Label(String key, String folded, String value, int line, int column) {
}
