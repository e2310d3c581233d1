package dev.procedures.core.index;

import java.nio.file.Path;

/**
 * The outcome of {@link IndexGenerator#index}.
 *
 * @param readme     the README file
 * @param changed    whether the README was rewritten; {@code false} means it was already up to date
 *                   and was not touched (its modification time is unchanged)
 * @param procedures how many procedures the index lists
 */
public record IndexResult(Path readme, boolean changed, int procedures) {
}
