package dev.procedures.core.scaffold;

import dev.procedures.core.model.ProcedureId;

import java.nio.file.Path;

/**
 * A procedure file created by {@link ProcedureScaffolder}.
 *
 * @param file the created file
 * @param id   its id
 */
public record NewProcedure(Path file, ProcedureId id) {
}
