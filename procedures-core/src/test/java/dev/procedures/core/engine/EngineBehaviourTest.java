package dev.procedures.core.engine;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import dev.procedures.core.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Engine-level behaviour: unreadable files and inline suppressions. */
class EngineBehaviourTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A procedure with only its title: no front matter. */
    private static String bare(String id) {
        return "# " + id + ": Prueba\n";
    }

    @Test
    void fileThatIsNotUtf8GivesOneFileEncodingFindingAndTheOthersAreChecked() throws Exception {
        write("PROC-BACKEND-001-a.md", bare("PROC-BACKEND-001"));
        Files.write(dir.resolve("PROC-BACKEND-002-latin1.md"),
                "# PROC-BACKEND-002: Revisi\u00f3n\n\nPreparaci\u00f3n\n".getBytes(StandardCharsets.ISO_8859_1));
        write("PROC-BACKEND-003-c.md", bare("PROC-BACKEND-003"));
        CheckResult result = Engine.check(dir, TODAY, 1);
        List<Finding> latin1 = result.findings().stream().filter(f -> f.path().equals("PROC-BACKEND-002-latin1.md"))
                .toList();
        assertEquals(List.of("file-encoding PROC-BACKEND-002-latin1.md:1"), Engine.places(latin1));
        assertEquals(Severity.ERROR, latin1.get(0).severity());
        assertEquals("file is not valid UTF-8 (first invalid byte at offset 26); save it as UTF-8",
                latin1.get(0).message());
        assertEquals(List.of("front-matter PROC-BACKEND-001-a.md:1", "front-matter PROC-BACKEND-003-c.md:1"),
                Engine.places(Engine.of(result, "front-matter")));
        assertEquals(3, result.filesChecked());
    }

    @Test
    void unreadableFileIsNotAGapInTheSequence() throws Exception {
        write("PROC-BACKEND-001-a.md", bare("PROC-BACKEND-001"));
        Files.write(dir.resolve("PROC-BACKEND-002-latin1.md"), "# PROC-BACKEND-002: \u00f3\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        write("PROC-BACKEND-003-c.md", bare("PROC-BACKEND-003"));
        CheckResult result = Engine.check(dir, TODAY, 2);
        assertEquals(List.of(), Engine.places(Engine.of(result, "id-sequence")));
    }

    @Test
    void suppressionHidesAPerFileFinding() throws Exception {
        String text = "# PROC-BACKEND-001: Prueba\n\n<!-- procedures-disable-next-line metadata-values -->\n"
                + "**Criticidad:** URGENTE\n\n**Frecuencia:** cada tanto\n";
        write("PROC-BACKEND-001-a.md", text);
        CheckResult result = Engine.check(dir, TODAY, 1);
        assertEquals(List.of("metadata-values PROC-BACKEND-001-a.md:6"),
                Engine.places(Engine.of(result, "metadata-values")),
                "only the block after the comment is suppressed");
        assertEquals(List.of(), Engine.of(result, "unused-suppression"));
        write("PROC-BACKEND-001-a.md", text.replace("<!-- procedures-disable-next-line metadata-values -->\n", ""));
        assertEquals(List.of("metadata-values PROC-BACKEND-001-a.md:3", "metadata-values PROC-BACKEND-001-a.md:5"),
                Engine.places(Engine.of(Engine.check(dir, TODAY, 1), "metadata-values")), "without it, both");
    }

    @Test
    void suppressionHidesACorpusFindingOnItsFile() throws Exception {
        write("PROC-BACKEND-001-a.md", bare("PROC-BACKEND-001"));
        write("PROC-BACKEND-003-c.md", bare("PROC-BACKEND-003"));
        assertEquals(List.of("id-sequence PROC-BACKEND-003-c.md:1"),
                Engine.places(Engine.of(Engine.check(dir, TODAY, 1), "id-sequence")));
        write("PROC-BACKEND-003-c.md", "<!-- procedures-disable-next-line id-sequence -->\n" + bare("PROC-BACKEND-003"));
        CheckResult result = Engine.check(dir, TODAY, 1);
        assertEquals(List.of(), Engine.of(result, "id-sequence"));
        assertEquals(List.of(), Engine.of(result, "unused-suppression"));
    }

    @Test
    void staleSuppressionIsAWarning() throws Exception {
        write("PROC-BACKEND-001-a.md", bare("PROC-BACKEND-001") + "\n<!-- procedures-disable-next-line id-sequence -->\n"
                + "Texto sin problema.\n");
        CheckResult result = Engine.check(dir, TODAY, 1);
        List<Finding> stale = Engine.of(result, "unused-suppression");
        assertEquals(List.of("unused-suppression PROC-BACKEND-001-a.md:3"), Engine.places(stale));
        assertEquals(Severity.WARNING, stale.get(0).severity());
        assertEquals("procedures-disable-next-line id-sequence suppresses nothing; remove the comment",
                stale.get(0).message());
    }

    @Test
    void aReadmeThatIsNotUtf8IsOneFileEncodingFindingNamingTheLine() throws Exception {
        Files.write(dir.resolve("README.md"), "# Runbooks\n\nIndice de Procedimientos \u00f3\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        List<Finding> findings = Engine.check(dir, TODAY, 1).findings();
        List<Finding> encoding = findings.stream().filter(f -> f.ruleId().equals("file-encoding")).toList();
        assertEquals(1, encoding.size(), findings.toString());
        assertEquals("README.md", encoding.get(0).path());
        assertEquals(3, encoding.get(0).line());
        assertEquals("file is not valid UTF-8 (first invalid byte at offset 37); save it as UTF-8",
                encoding.get(0).message());
    }

    @Test
    void credentialsAreFoundInTheReadmeAndNotesTooAndTheirSuppressionsApply() throws Exception {
        Files.writeString(dir.resolve("README.md"), """
                # Runbooks

                Acceso de guardia: `export PGPASSWORD=Tq8wZ3mLp5`

                <!-- procedures-disable-next-line no-credentials -->
                Demo pública: `curl -u demo:Xv7nR2kQw9 https://sandbox.example/`
                """);
        Files.writeString(dir.resolve("NOTAS-guardia.md"), "token: ghp_" + "a".repeat(4) + "Zk8Qw2Lm9Rt5Vx3Nb7Jc4Hd6Fg1Ps0Ye\n");
        Files.writeString(dir.resolve("plantilla-procedimiento.md"), "export DB_PASSWORD=${DB_PASSWORD}\n");
        List<Finding> findings = Engine.check(dir, TODAY, 1).findings().stream()
                .filter(f -> f.ruleId().equals("no-credentials")).toList();
        assertEquals(List.of("NOTAS-guardia.md:1", "README.md:3"),
                findings.stream().map(f -> f.path() + ":" + f.line()).toList(), findings.toString());
        for (Finding f : findings) {
            assertFalse(f.message().contains("Tq8wZ3mLp5"), f.message());
        }
    }

    @Test
    void aFileNestedTooDeeplyToParseIsOneFindingAndTheOthersAreChecked() throws Exception {
        Files.writeString(dir.resolve("PROC-BACKEND-001-normal.md"), "---\nid: PROC-BACKEND-001\n---\n# PROC-BACKEND-001: A\n");
        Files.writeString(dir.resolve("PROC-BACKEND-002-profundo.md"), ">".repeat(20_000) + " cita\n");
        List<Finding> findings = Engine.check(dir, TODAY, 1).findings();
        List<Finding> deep = findings.stream().filter(f -> f.path().equals("PROC-BACKEND-002-profundo.md")).toList();
        assertEquals(1, deep.size(), deep.toString());
        assertEquals("file-encoding", deep.get(0).ruleId());
        assertTrue(deep.get(0).message().startsWith("file nests too deeply to be read"), deep.get(0).message());
        assertTrue(findings.stream().anyMatch(f -> f.path().equals("PROC-BACKEND-001-normal.md")));
    }
}
