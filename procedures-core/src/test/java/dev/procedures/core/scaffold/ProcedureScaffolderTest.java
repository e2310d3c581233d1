package dev.procedures.core.scaffold;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.rules.RuleContext;
import dev.procedures.core.testing.RuleHarness;
import dev.procedures.core.testing.SharedData;
import dev.procedures.core.vocabulary.MetadataField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Works on a temporary copy of the shared backend procedures folder (README, template, PROC-BACKEND-001). */
class ProcedureScaffolderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String TITLE = "Deployment a producción";

    @TempDir
    Path dir;

    @BeforeEach
    void copyShared() throws IOException {
        Path shared = SharedData.requireDirectory("corpus/iact/docs/backend/procedures");
        try (Stream<Path> files = Files.list(shared)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.list(dir).forEach(p -> { });
        assertTrue(Files.isRegularFile(dir.resolve("plantilla-procedimiento-backend.md")));
    }

    private CheckRequest set(Set<String> retired) {
        return set(retired, Set.of());
    }

    private CheckRequest set(Set<String> retired, Set<String> prefixes) {
        return new CheckRequest(dir, dir, dir.resolve("README.md"), StandardCharsets.UTF_8, prefixes,
                retired.stream().map(r -> ProcedureId.parse(r).orElseThrow()).collect(Collectors.toSet()), null,
                RuleContext.defaults(TODAY), RuleSettings.defaults(), 1);
    }

    private NewProcedure create(String title, String criticality, String type, String frequency)
            throws ProceduresException {
        return new ProcedureScaffolder().create(new NewProcedureRequest(set(Set.of()), null, title, criticality, type,
                frequency));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /**
     * A prefix names the file: one that is not an id prefix (a path, blanks, a pasted secret) is
     * refused before anything is written, and the message does not repeat it.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"../OUT", "sub/PROC-X", "PROC BACK", "PROC-password=NewPrefPw78",
            "-PROC", "PROC-", "1PROC"})
    void aPrefixThatIsNotAnIdPrefixIsRefusedAndNothingIsWritten(String prefix) throws Exception {
        List<String> before = listing();
        ProceduresException e = assertThrows(ProceduresException.class, () -> new ProcedureScaffolder().create(
                new NewProcedureRequest(set(Set.of(), Set.of(prefix)), null, TITLE, "CRITICA", "deployment",
                        "on-demand")));
        assertEquals("procedures.prefix holds a value that is not an id prefix: write parts of letters and digits "
                + "joined by '-', each starting with a letter (for example PROC-BACKEND); nothing written", e.getMessage());
        assertEquals(before, listing());
        assertFalse(Files.exists(dir.resolveSibling("OUT-001-deployment-a-produccion.md")));
    }

    @Test
    void aLowerCasePrefixIsTheSameIdPrefix() throws Exception {
        NewProcedure created = new ProcedureScaffolder().create(new NewProcedureRequest(set(Set.of(), Set.of("proc-backend")),
                null, TITLE, "CRITICA", "deployment", "on-demand"));
        assertEquals("PROC-BACKEND-002", created.id().text());
    }

    @Test
    void createsTheNextProcedureFromTheTemplate() throws Exception {
        NewProcedure created = create(TITLE, "CRITICA", "deployment", "on-demand");
        assertEquals(dir.resolve("PROC-BACKEND-002-deployment-a-produccion.md"), created.file());
        assertEquals("PROC-BACKEND-002", created.id().text());
        List<String> lines = lines(created.file());
        List<String> template = lines(dir.resolve("plantilla-procedimiento-backend.md"));
        assertEquals(template.size() - 1, lines.size(), "one line for one line, less the example row of 1.1.0");
        assertEquals(List.of(
                "---",
                "id: PROC-BACKEND-002",
                "tipo: procedimiento",
                "categoria: deployment",
                "titulo: Deployment a producción",
                "criticidad: CRITICA",
                "frecuencia: on-demand",
                "tiempo_estimado: XXmin",
                "version: 1.0.0",
                "ultima_actualizacion: 2026-11-29",
                "autor: [Nombre]",
                "revisores: [Nombre1, Nombre2]",
                "---",
                "",
                "# PROC-BACKEND-002: Deployment a producción",
                "",
                "**Tipo:** deployment",
                "**Criticidad:** CRITICA",
                "**Frecuencia:** on-demand",
                "**Tiempo Estimado:** XX minutos"), lines.subList(0, 20));
        int history = lines.indexOf("## Historial de Versiones");
        assertEquals("| 1.0.0 | 2026-11-29 | [Nombre] | Versión inicial |", lines.get(history + 4));
        assertTrue(template.get(history + 5).startsWith("| 1.1.0 |"),
                "the template has an example row of a later version: " + template.get(history + 5));
        assertEquals("", lines.get(history + 5), "that example row is dropped, so the history starts at 1.0.0");
        int footer = lines.indexOf("**Documento creado:** 2026-11-29");
        assertTrue(footer > history, "footer 'Documento creado' filled: " + lines.subList(history, history + 25));
        assertEquals(List.of(
                "**Documento creado:** 2026-11-29",
                "**Última actualización:** 2026-11-29",
                "**Versión:** 1.0.0",
                "**Próxima revisión:** 2027-11-29"), lines.subList(footer, footer + 4));
        // everything else is the template
        for (int i = 20; i < lines.size(); i++) {
            int t = i <= history + 4 ? i : i + 1;
            if (i != history + 4 && (i < footer || i >= footer + 4)) {
                assertEquals(template.get(t), lines.get(i), "line " + (i + 1));
            }
        }
    }

    @Test
    void theNewFileReadsBackWithItsMetadata() throws Exception {
        NewProcedure created = create(TITLE, "critical", "despliegue", "por_demanda");
        var p = RuleHarness.read(created.file());
        assertEquals(TITLE, p.metadata().text(MetadataField.TITLE).orElseThrow());
        assertEquals("CRITICA", p.metadata().text(MetadataField.CRITICALITY).orElseThrow());
        assertEquals("deployment", p.metadata().text(MetadataField.TYPE).orElseThrow());
        assertEquals("on-demand", p.metadata().text(MetadataField.FREQUENCY).orElseThrow());
        assertEquals(List.of(), p.document().frontMatter().orElseThrow().problems());
    }

    @Test
    void titleWithColonIsQuotedInYaml() throws Exception {
        NewProcedure created = create("Rollback: base de datos", "ALTA", "rollback", "emergencia");
        assertEquals("PROC-BACKEND-002-rollback-base-de-datos.md", created.file().getFileName().toString());
        List<String> lines = lines(created.file());
        assertEquals("titulo: 'Rollback: base de datos'", lines.get(4));
        assertEquals("# PROC-BACKEND-002: Rollback: base de datos", lines.get(14));
        assertEquals("Rollback: base de datos",
                RuleHarness.read(created.file()).metadata().text(MetadataField.TITLE).orElseThrow());
    }

    @Test
    void nextNumberSkipsRetiredIds() throws Exception {
        NewProcedure created = new ProcedureScaffolder().create(new NewProcedureRequest(
                set(Set.of("PROC-BACKEND-002", "PROC-BACKEND-003")), null, TITLE, "CRITICA", "deployment", null));
        assertEquals("PROC-BACKEND-004", created.id().text());
    }

    @Test
    void aGapIsNeverReused() throws Exception {
        Files.copy(dir.resolve("PROC-BACKEND-001-ejemplo.md"), dir.resolve("PROC-BACKEND-003-otro.md"));
        assertEquals("PROC-BACKEND-004", create(TITLE, "CRITICA", "deployment", "on-demand").id().text());
    }

    private void refused(String expectedStart, NewProcedureRequest request) throws IOException {
        List<String> before = listing();
        ProceduresException e = assertThrows(ProceduresException.class,
                () -> new ProcedureScaffolder().create(request));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
        assertEquals(before, listing(), "nothing written");
    }

    @Test
    void refusesAMissingTitle() throws IOException {
        refused("procedures.title is required", new NewProcedureRequest(set(Set.of()), null, "  ", "CRITICA",
                "deployment", null));
        refused("procedures.title is required", new NewProcedureRequest(set(Set.of()), null, null, "CRITICA",
                "deployment", null));
    }

    @Test
    void refusesUnknownValues() throws IOException {
        refused("procedures.type: unknown categoria 'migracion'", new NewProcedureRequest(set(Set.of()), null, TITLE,
                "CRITICA", "migracion", null));
        refused("procedures.criticality: unknown criticidad 'URGENTE'", new NewProcedureRequest(set(Set.of()), null,
                TITLE, "URGENTE", "deployment", null));
        refused("procedures.frequency: unknown frecuencia 'a veces'", new NewProcedureRequest(set(Set.of()), null,
                TITLE, "CRITICA", "deployment", "a veces"));
    }

    @Test
    void refusesAnExistingFile() throws IOException {
        Files.createDirectory(dir.resolve("PROC-BACKEND-002-deployment-a-produccion.md"));
        refused("file already exists: ", new NewProcedureRequest(set(Set.of()), null, TITLE, "CRITICA", "deployment",
                null));
    }

    @Test
    void refusesAMissingTemplate() throws IOException {
        refused("template not found: " + dir.resolve("no-existe.md"), new NewProcedureRequest(set(Set.of()),
                dir.resolve("no-existe.md"), TITLE, "CRITICA", "deployment", null));
        Files.delete(dir.resolve("plantilla-procedimiento-backend.md"));
        refused("template not found: no plantilla-*.md in ", new NewProcedureRequest(set(Set.of()), null, TITLE,
                "CRITICA", "deployment", null));
    }

    @Test
    void titleWithHashIsQuotedInYaml() throws Exception {
        NewProcedure created = create("Reinicio #2 del API", "ALTA", "maintenance", "mensual");
        assertEquals("titulo: 'Reinicio #2 del API'", lines(created.file()).get(4));
        assertEquals("Reinicio #2 del API",
                RuleHarness.read(created.file()).metadata().text(MetadataField.TITLE).orElseThrow());
    }

    @Test
    void labelsWithHardBreaksAndCrlfKeepTheirLineEndings() throws Exception {
        Path template = dir.resolve("otra-plantilla.txt");
        Files.writeString(template, String.join("\r\n",
                "---",
                "id: PROC-BACKEND-XXX",
                "titulo: X",
                "---",
                "",
                "# PROC-BACKEND-XXX: X",
                "",
                "**Tipo:** deployment | rollback  ",
                "**Criticidad:** CRITICA | ALTA  ",
                "",
                "## Propósito",
                "",
                "---",
                "",
                "**Próxima revisión:** YYYY-MM-DD  ",
                ""), StandardCharsets.UTF_8);
        NewProcedure created = new ProcedureScaffolder().create(new NewProcedureRequest(set(Set.of()), template,
                "Nuevo", "BAJA", "rollback", "mensual"));
        assertEquals(String.join("\r\n",
                "---",
                "id: PROC-BACKEND-002",
                "titulo: Nuevo",
                "---",
                "",
                "# PROC-BACKEND-002: Nuevo",
                "",
                "**Tipo:** rollback  ",
                "**Criticidad:** BAJA  ",
                "",
                "## Propósito",
                "",
                "---",
                "",
                "**Próxima revisión:** 2027-05-29  ",
                ""), Files.readString(created.file(), StandardCharsets.UTF_8));
    }

    @Test
    void withSeveralConfiguredPrefixesTheMostUsedOneIsTaken() throws Exception {
        Files.copy(dir.resolve("PROC-BACKEND-001-ejemplo.md"), dir.resolve("PROCED-GOB-001-a.md"));
        Files.copy(dir.resolve("PROC-BACKEND-001-ejemplo.md"), dir.resolve("PROCED-GOB-002-b.md"));
        for (Set<String> prefixes : List.of(Set.of("PROC-BACKEND", "PROCED-GOB"), Set.of("PROCED-GOB", "PROC-BACKEND"),
                Set.of("proced-gob", "PROC-BACKEND", "PROC-OTRO"))) {
            NewProcedure created = new ProcedureScaffolder().create(new NewProcedureRequest(set(Set.of(), prefixes),
                    null, TITLE, "CRITICA", "deployment", null));
            assertEquals("PROCED-GOB-003", created.id().text(), prefixes.toString());
            Files.delete(created.file());
        }
    }

    @Test
    void withSeveralConfiguredPrefixesAndNoProcedureTheFirstByNameIsTaken() throws Exception {
        Files.delete(dir.resolve("PROC-BACKEND-001-ejemplo.md"));
        NewProcedure created = new ProcedureScaffolder().create(new NewProcedureRequest(
                set(Set.of(), Set.of("PROCED-GOB", "PROC-BACKEND", "PROCED-DEV")), null, TITLE, "CRITICA",
                "deployment", null));
        assertEquals("PROC-BACKEND-001", created.id().text());
    }

    @Test
    void oneConfiguredPrefixIsTakenEvenWithoutItsFiles() throws Exception {
        NewProcedure created = new ProcedureScaffolder().create(new NewProcedureRequest(
                set(Set.of(), Set.of(" proced-gob ")), null, TITLE, "CRITICA", "deployment", null));
        assertEquals("PROCED-GOB-001", created.id().text());
    }
}
