package dev.procedures.core.engine;

import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProcedureScannerTest {

    @TempDir
    Path dir;

    private List<String> scan(Set<String> prefixes, String... files) throws IOException {
        for (String f : files) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "# x\n");
        }
        return new ProcedureScanner().scan(dir, dir.resolve("README.md"), prefixes).stream()
                .map(p -> dir.relativize(p).toString()).toList();
    }

    @Test
    void readmeTemplateAndReportsAreNotProcedures() throws IOException {
        assertEquals(List.of("PROC-BACKEND-001-ejemplo.md", "PROC-BACKEND-002-otro.md"), scan(Set.of(),
                "README.md", "plantilla-procedimiento-backend.md", "PROC-BACKEND-002-otro.md",
                "PROC-BACKEND-001-ejemplo.md", "REPORTE-VALIDACION-PROCED-GOB-009.md",
                "GAPS-ANALISIS-PROC-BACKEND-001.md", "notas.md", "PROC-BACKEND-003-no-markdown.txt",
                "sub/PROC-BACKEND-004-anidado.md"));
    }

    @Test
    void severalPrefixesInOneFolderAreInferred() throws IOException {
        assertEquals(List.of("PROC-BACKEND-001-a.md", "PROCED-GOB-001-b.md", "PROCED-GOB-002-c.md"),
                scan(Set.of(), "PROCED-GOB-002-c.md", "PROC-BACKEND-001-a.md", "PROCED-GOB-001-b.md"));
    }

    @Test
    void configuredPrefixesRestrictTheSet() throws IOException {
        assertEquals(List.of("PROCED-GOB-001-b.md"),
                scan(Set.of(" proced-gob "), "PROC-BACKEND-001-a.md", "PROCED-GOB-001-b.md", "README.md"));
    }

    @Test
    void fileWithoutSlugCountsOnlyForAKnownPrefix() throws IOException {
        assertEquals(List.of("PROC-BACKEND-001-a.md", "PROC-BACKEND-002.md"),
                scan(Set.of(), "PROC-BACKEND-001-a.md", "PROC-BACKEND-002.md", "ADR-001.md"));
    }

    @Test
    void readmeElsewhereDoesNotHideAProcedureNamedReadme() throws IOException {
        assertEquals(List.of(), scan(Set.of(), "README.md"));
    }

    @Test
    void realBackendFolder() throws IOException {
        Path real = SharedData.requireDirectory("corpus/iact/docs/backend/procedures");
        assertEquals(List.of("PROC-BACKEND-001-ejemplo.md"), new ProcedureScanner()
                .scan(real, real.resolve("README.md"), Set.of()).stream().map(p -> p.getFileName().toString())
                .toList());
    }

    @Test
    void realGovernanceFolderWithSeveralPrefixesAndReports() throws IOException {
        Path real = SharedData.requireDirectory("corpus/iact/docs/gobernanza/procedimientos");
        List<String> names = new ProcedureScanner().scan(real, real.resolve("README.md"), Set.of()).stream()
                .map(p -> p.getFileName().toString()).toList();
        assertEquals(14, names.size(), names.toString());
        assertEquals("PROCED-DEV-001-crear_pull_request.md", names.get(0));
        assertEquals("PROCED-QA-001-ejecutar_tests.md", names.get(13));
        assertEquals(List.of(), names.stream().filter(n -> n.startsWith("REPORTE") || n.startsWith("GAPS")).toList());
    }
}
