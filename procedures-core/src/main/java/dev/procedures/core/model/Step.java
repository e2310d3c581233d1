package dev.procedures.core.model;

/**
 * An execution step, a {@code ### Paso N: ...} heading and the lines it governs.
 *
 * @param number  the step number as written ({@code 1}, {@code 2.3})
 * @param title   the step title after the number
 * @param heading the step heading
 * @param endLine 1-based last line of the step
 */
public record Step(String number, String title, Heading heading, int endLine) {
}
