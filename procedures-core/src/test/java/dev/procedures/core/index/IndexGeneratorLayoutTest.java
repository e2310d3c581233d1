package dev.procedures.core.index;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.rules.RuleContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static dev.procedures.core.index.IndexTestSupport.bytes;
import static dev.procedures.core.index.IndexTestSupport.criticalityTable;
import static dev.procedures.core.index.IndexTestSupport.mtime;
import static dev.procedures.core.index.IndexTestSupport.request;
import static dev.procedures.core.index.IndexTestSupport.resource;
import static dev.procedures.core.index.IndexTestSupport.touchOld;
import static dev.procedures.core.index.IndexTestSupport.typeList;
import static dev.procedures.core.index.IndexTestSupport.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the index goes in READMEs of every shape, and the errors that leave the README untouched. */
class IndexGeneratorLayoutTest {

    private static final String OPS1_ROTATION = "[PROC-OPS-001](./PROC-OPS-001-rotacion-certificados.md)";

    @TempDir
    Path tmp;

    /**
     * The whole index in LF, without final line break, with {@code ###}/{@code ####} headings and one BAJA
     * maintenance procedure. */
    private static String rotationIndex() {
        return "### Por Criticidad\n\n"
                + criticalityTable("####", "CRITICA") + "\n"
                + criticalityTable("####", "ALTA") + "\n"
                + criticalityTable("####", "MEDIA") + "\n"
                + criticalityTable("####", "BAJA", "| " + OPS1_ROTATION
                        + " | Rotación de certificados | Maintenance | Trimestral | 20min |") + "\n"
                + "### Por Tipo\n\n"
                + typeList("####", "Deployment") + "\n"
                + typeList("####", "Rollback") + "\n"
                + typeList("####", "Maintenance", "- " + OPS1_ROTATION + " - Rotación de certificados") + "\n"
                + typeList("####", "Troubleshooting") + "\n"
                + typeList("####", "Scaling") + "\n"
                + "#### Disaster Recovery\n- Ninguno aún";
    }

    @Test
    void bomAndMissingFinalNewlineAreKept() throws Exception {
        Path dir = resource("bom-no-final-newline", tmp.resolve("p"));
        Path readme = dir.resolve("README.md");
        String link = "[PROC-OPS-001](./PROC-OPS-001-limpieza-cache.md)";

        assertTrue(new IndexGenerator().index(request(dir)).changed());

        String expected = "\uFEFF# Runbooks de operaciones\n\nIntroducción.\n\n## Índice de Procedimientos\n\n"
                + "### Por Criticidad\n\n"
                + criticalityTable("####", "CRITICA") + "\n"
                + criticalityTable("####", "ALTA") + "\n"
                + criticalityTable("####", "MEDIA", "| " + link
                        + " | Limpieza de caché | Maintenance | Mensual | 10min |") + "\n"
                + criticalityTable("####", "BAJA") + "\n"
                + "### Por Tipo\n\n"
                + typeList("####", "Deployment") + "\n"
                + typeList("####", "Rollback") + "\n"
                + typeList("####", "Maintenance", "- " + link + " - Limpieza de caché") + "\n"
                + typeList("####", "Troubleshooting") + "\n"
                + typeList("####", "Scaling") + "\n"
                + "#### Disaster Recovery\n- Ninguno aún";
        byte[] after = bytes(readme);
        assertArrayEquals(utf8(expected), after);
        assertEquals((byte) 0xEF, after[0]);

        touchOld(readme);
        assertFalse(new IndexGenerator().index(request(dir)).changed());
        assertArrayEquals(utf8(expected), bytes(readme));
        assertEquals(IndexTestSupport.OLD, mtime(readme));
    }

    @Test
    void setextHeadingSectionIsReplacedUpToTheClosingThematicBreak() throws Exception {
        Path dir = resource("setext-heading", tmp.resolve("p"));
        Path readme = dir.resolve("README.md");
        String ops1 = "[PROC-OPS-001](./PROC-OPS-001-escalado-workers.md)";
        String ops2 = "[PROC-OPS-002](./PROC-OPS-002-despliegue-api.md)";

        IndexPlan plan = new IndexGenerator().plan(request(dir));
        assertEquals(9, plan.line());
        assertEquals("\nÍndice antiguo, a mano.\n\n### Notas\n\nSe regenera con el plugin.\n", plan.currentText());

        assertTrue(new IndexGenerator().index(request(dir)).changed());

        String expected = "Runbooks de operaciones\n=======================\n\nIntroducción.\n\n"
                + "Índice de\nProcedimientos\n--------------\n\n"
                + "### Por Criticidad\n\n"
                + criticalityTable("####", "CRITICA", "| " + ops2
                        + " | Despliegue de la API | Deployment | Semanal | 45min |") + "\n"
                + criticalityTable("####", "ALTA", "| " + ops1
                        + " | Escalado de workers | Scaling | On-demand | 30min |") + "\n"
                + criticalityTable("####", "MEDIA") + "\n"
                + criticalityTable("####", "BAJA") + "\n"
                + "### Por Tipo\n\n"
                + typeList("####", "Deployment", "- " + ops2 + " - Despliegue de la API") + "\n"
                + typeList("####", "Rollback") + "\n"
                + typeList("####", "Maintenance") + "\n"
                + typeList("####", "Troubleshooting") + "\n"
                + typeList("####", "Scaling", "- " + ops1 + " - Escalado de workers") + "\n"
                + typeList("####", "Disaster Recovery") + "\n"
                + "---\n\nContacto\n--------\n\nEquipo SRE.\n";
        assertEquals(expected, Files.readString(readme, StandardCharsets.UTF_8));
        assertFalse(new IndexGenerator().plan(request(dir)).stale());
    }

    @Test
    void firstTopLevelThematicBreakClosesTheSectionAndTheFooterAfterItIsKept() throws Exception {
        Path dir = resource("footer-after-break", tmp.resolve("p"));
        Path readme = dir.resolve("README.md");

        assertTrue(new IndexGenerator().index(request(dir)).changed());

        assertEquals("# Runbooks de operaciones\n\n## Índice de Procedimientos\n\n" + rotationIndex()
                + "\n\n---\n\n**Versión:** 1.0.0\n\n---\n\nFin.\n", Files.readString(readme, StandardCharsets.UTF_8));
        assertFalse(new IndexGenerator().plan(request(dir)).stale());
    }

    @Test
    void writingKeepsPermissionsAndFollowsASymbolicLink() throws Exception {
        Path dir = resource("footer-after-break", tmp.resolve("p"));
        Path real = dir.resolve("README.md");
        Assumptions.assumeTrue(Files.getFileAttributeView(real, PosixFileAttributeView.class) != null,
                "no POSIX permissions on this file system, skipping");
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(real, perms);
        Path other = tmp.resolve("docs");
        Files.createDirectories(other);
        Files.move(real, other.resolve("README.md"));
        try {
            Files.createSymbolicLink(real, other.resolve("README.md"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            Assumptions.abort("symbolic links not available, skipping: " + e);
        }

        assertTrue(new IndexGenerator().index(request(dir)).changed());

        assertTrue(Files.isSymbolicLink(real));
        assertEquals(perms, Files.getPosixFilePermissions(other.resolve("README.md")));
        assertTrue(Files.readString(other.resolve("README.md"), StandardCharsets.UTF_8).contains(rotationIndex()));
        try (var files = Files.list(other)) {
            assertEquals(List.of("README.md"), files.map(f -> f.getFileName().toString()).toList(),
                    "no temporary file may be left");
        }
    }

    @Test
    void markersInsideCodeAreIgnoredAndTheSectionIsUsed() throws Exception {
        Path dir = resource("markers-in-code", tmp.resolve("p"));
        Path readme = dir.resolve("README.md");
        String before = Files.readString(readme, StandardCharsets.UTF_8);

        IndexPlan plan = new IndexGenerator().plan(request(dir));
        assertFalse(plan.markers());
        assertEquals(16, plan.line());

        assertTrue(new IndexGenerator().index(request(dir)).changed());

        String head = before.substring(0, before.indexOf("Pendiente."));
        String tail = before.substring(before.indexOf("\n## Contacto"));
        assertEquals(head + rotationIndex() + "\n" + tail, Files.readString(readme, StandardCharsets.UTF_8));
    }

    @Test
    void unbalancedMarkersAreAnErrorAndNothingIsWritten() {
        assertLayoutError("unbalanced-markers", "README.md:5: marker <!-- procedures-index:start --> has no "
                + "matching <!-- procedures-index:end -->; add the end marker on its own line after the index; "
                + "nothing was written");
    }

    @Test
    void duplicatedMarkersAreAnErrorAndNothingIsWritten() {
        assertLayoutError("duplicate-markers", "README.md:9: marker <!-- procedures-index:start --> appears again "
                + "(first at line 3); keep exactly one pair of index markers; nothing was written");
    }

    @Test
    void endMarkerBeforeStartMarkerIsAnErrorAndNothingIsWritten() {
        assertLayoutError("end-before-start", "README.md:3: marker <!-- procedures-index:end --> comes before "
                + "<!-- procedures-index:start --> (line 5); put the start marker before the end marker; "
                + "nothing was written");
    }

    @Test
    void missingSectionIsAnErrorEvenWhenTheHeadingAppearsInCode() {
        assertLayoutError("missing-section", "README.md: no place for the index: the README has neither the "
                + "markers <!-- procedures-index:start --> / <!-- procedures-index:end --> nor a section headed "
                + "'Índice de Procedimientos'; add the markers around the index or add that section; "
                + "nothing was written");
    }

    @Test
    void aLevelOneIndexHeadingWouldReplaceTheWholeReadmeSoItIsRefused() throws Exception {
        Path dir = resource("missing-section", tmp.resolve("p"));
        Path readme = dir.resolve("README.md");
        String team = "# Índice de Procedimientos\n\nCómo trabajamos.\n\n## Contactos de guardia\n\n- Marta\n";
        Files.writeString(readme, team, StandardCharsets.UTF_8);

        ProceduresException e = assertThrows(ProceduresException.class,
                () -> new IndexGenerator().index(request(dir)));

        assertTrue(e.getMessage().startsWith("README.md:1: index section heading 'Índice de Procedimientos' is the "
                + "level-1 title of the README"), e.getMessage());
        assertEquals(team, Files.readString(readme, StandardCharsets.UTF_8));
    }

    @Test
    void missingReadmeIsAnError() throws Exception {
        Path dir = resource("missing-section", tmp.resolve("p"));
        Files.delete(dir.resolve("README.md"));

        ProceduresException e = assertThrows(ProceduresException.class,
                () -> new IndexGenerator().index(request(dir)));

        assertTrue(e.getMessage().startsWith("README.md: README not found; "), e.getMessage());
        assertFalse(Files.exists(dir.resolve("README.md")));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file may be left");
        }
    }

    @Test
    void configuredHeadingIsFoundFoldedAndIndexIsOneLevelBelowIt() throws Exception {
        Path dir = resource("missing-section", tmp.resolve("p"));
        Path readme = dir.resolve("README.md");

        IndexResult result = new IndexGenerator().index(request(dir, "INDICE"));

        assertTrue(result.changed());
        // the section runs to the end of the file: the heading inside the code block does not end it
        String expected = "# Runbooks de operaciones\n\n## Índice\n\n" + rotationIndex() + "\n";
        assertEquals(expected, Files.readString(readme, StandardCharsets.UTF_8));
    }

    @Test
    void anUnreadableProcedureStopsTheIndexAndNothingIsWritten() throws Exception {
        Path dir = resource("unreadable-procedure", tmp.resolve("p"));
        Path readme = dir.resolve("README.md");
        byte[] before = Files.readAllBytes(readme);

        ProceduresException e = assertThrows(ProceduresException.class,
                () -> new IndexGenerator().index(request(dir)));

        assertEquals("PROC-OPS-002-copia-rota.md:3: file is not valid UTF-8 (first invalid byte at offset 48); save "
                + "it as UTF-8; fix the file, then regenerate the index", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(readme), "an index without that procedure would drop its rows");
    }

    @Test
    void markersOnOneLineAreSplitAndTheResultIsStable() throws Exception {
        Path dir = resource("unreadable-procedure", tmp.resolve("p"));
        Files.delete(dir.resolve("PROC-OPS-002-copia-rota.md"));
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "Intro <!-- procedures-index:start -->viejo<!-- procedures-index:end --> fin",
                StandardCharsets.UTF_8);

        assertTrue(new IndexGenerator().index(request(dir)).changed());
        String first = Files.readString(readme, StandardCharsets.UTF_8);
        assertEquals("Intro <!-- procedures-index:start -->\n\n" + rotationIndex()
                + "\n\n<!-- procedures-index:end --> fin", first);

        assertFalse(new IndexGenerator().index(request(dir)).changed());
        assertEquals(first, Files.readString(readme, StandardCharsets.UTF_8));
    }

    @Test
    void sectionAtEndOfFileAndHeadingWithoutLineBreakGetTheIndex() throws Exception {
        Path dir = resource("unreadable-procedure", tmp.resolve("p"));
        Files.delete(dir.resolve("PROC-OPS-002-copia-rota.md"));
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Índice de Procedimientos", StandardCharsets.UTF_8);

        assertTrue(new IndexGenerator().index(request(dir)).changed());

        String lowered = rotationIndex().replace("### ", "## ").replace("#### ", "### ");
        assertEquals("# Índice de Procedimientos\n\n" + lowered, Files.readString(readme, StandardCharsets.UTF_8));
        assertFalse(new IndexGenerator().index(request(dir)).changed());
    }

    @Test
    void readmeOutsideTheProceduresFolderLinksIntoIt() throws Exception {
        Path base = tmp.resolve("repo");
        Path dir = resource("unreadable-procedure", base.resolve("runbooks"));
        Files.delete(dir.resolve("PROC-OPS-002-copia-rota.md"));
        Path readme = base.resolve("README.md");
        Files.move(dir.resolve("README.md"), readme);
        CheckRequest request = new CheckRequest(base, dir, readme, StandardCharsets.UTF_8, Set.of(), Set.of(), null,
                RuleContext.defaults(LocalDate.of(2025, 12, 1)), RuleSettings.defaults(), 1);

        new IndexGenerator().index(request);

        assertTrue(Files.readString(readme, StandardCharsets.UTF_8).contains(
                "- [PROC-OPS-001](./runbooks/PROC-OPS-001-rotacion-certificados.md) - Rotación de certificados\n"));
    }

    @Test
    void crlfIsDetectedAndMostLineEndingsWin() {
        assertEquals("\r\n", IndexGenerator.lineSeparator("a\r\nb\r\nc\n"));
        assertEquals("\n", IndexGenerator.lineSeparator("a\r\nb\nc\n"));
        assertEquals("\n", IndexGenerator.lineSeparator("no line break"));
    }

    private void assertLayoutError(String resourceName, String message) {
        Path dir = resource(resourceName, tmp.resolve("p"));
        Path readme = dir.resolve("README.md");
        byte[] before = bytes(readme);
        touchOld(readme);

        ProceduresException e = assertThrows(ProceduresException.class,
                () -> new IndexGenerator().index(request(dir)));

        assertEquals(message, e.getMessage());
        assertArrayEquals(before, bytes(readme));
        assertEquals(IndexTestSupport.OLD, mtime(readme));
        assertEquals(message, assertThrows(ProceduresException.class,
                () -> new IndexGenerator().plan(request(dir))).getMessage());
        assertEquals(Arrays.toString(before), Arrays.toString(bytes(readme)));
    }
}
