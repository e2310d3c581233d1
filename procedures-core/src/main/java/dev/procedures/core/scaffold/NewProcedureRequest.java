package dev.procedures.core.scaffold;

import dev.procedures.core.engine.CheckRequest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link ProcedureScaffolder} needs to start a procedure.
 *
 * @param set         the procedure set it joins (directory, README, prefixes, retired ids, vocabulary,
 *                    today, encoding)
 * @param template    the team template; {@code null} for the {@code plantilla-*.md} beside the README
 * @param title       the title, as the team writes it (accents welcome)
 * @param criticality the criticality, a value or alias ({@code CRITICA}, {@code critical})
 * @param type        the type, a value or alias ({@code deployment}, {@code despliegue})
 * @param frequency   the frequency, a value or alias ({@code on-demand}); {@code null} keeps the
 *                    template's value
 */
public record NewProcedureRequest(CheckRequest set, Path template, String title, String criticality, String type,
                                  String frequency) {

    public NewProcedureRequest {
        Objects.requireNonNull(set, "set");
    }
}
