package dev.procedures.maven;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.rules.RuleContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link CheckMojo#procedureFiles}: what {@code procedures.forkThreshold} is compared with, the
 * procedure files the check will read.
 */
class ForkThresholdTest {

    private static CheckRequest request(Path dir) {
        return new CheckRequest(dir, dir, dir.resolve("README.md"), StandardCharsets.UTF_8, Set.of(), Set.of(), null,
                RuleContext.defaults(LocalDate.of(2026, 1, 15)), RuleSettings.defaults(), 1);
    }

    @Test
    void countsTheProcedureFilesOnly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("PROC-BACKEND-001-uno.md"), "# PROC-BACKEND-001: Uno\n");
        Files.writeString(dir.resolve("PROC-BACKEND-002-dos.md"), "# PROC-BACKEND-002: Dos\n");
        Files.writeString(dir.resolve("README.md"), "# Procedimientos\n");
        Files.writeString(dir.resolve("plantilla-procedimiento-backend.md"), "# Plantilla\n");
        Files.writeString(dir.resolve("notas.txt"), "x\n");
        assertEquals(2, CheckMojo.procedureFiles(request(dir)));
    }

    @Test
    void aMissingFolderCountsNoneAndLeavesTheMessageToTheCheck(@TempDir Path dir) {
        assertEquals(0, CheckMojo.procedureFiles(request(dir.resolve("no-such-folder"))));
    }
}
