package dev.procedures.core.baseline;

import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineTest {

    @TempDir
    Path dir;

    private static Finding finding(String rule, String path, int line, String fingerprint) {
        return new Finding(rule, Severity.ERROR, path, line, 1, "message " + line, fingerprint);
    }

    @Test
    void writesSortedStableJsonWithPathsRelativeToTheBaselineFolder() throws Exception {
        Path file = dir.resolve("docs/procedures/.procedures-baseline.json");
        Baseline b = Baseline.of(List.of(
                finding("rollback", "docs/procedures/PROC-B-002-x.md", 40, "bb"),
                finding("approvals", "docs/procedures/PROC-B-001-x.md", 9, "aa")), dir, file);
        assertTrue(b.write(file));
        String expected = """
                {
                  "version" : 1,
                  "tool" : "procedures-maven-plugin",
                  "findings" : [ {
                    "rule" : "approvals",
                    "path" : "PROC-B-001-x.md",
                    "fingerprint" : "aa"
                  }, {
                    "rule" : "rollback",
                    "path" : "PROC-B-002-x.md",
                    "fingerprint" : "bb"
                  } ]
                }
                """;
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, before);
        assertFalse(Baseline.read(file).write(file), "an unchanged baseline is not rewritten");
        assertEquals(before, Files.getLastModifiedTime(file));
    }

    @Test
    void matchesByRulePathAndFingerprintNotByLineAndCountsDuplicates() throws Exception {
        Path file = dir.resolve(".procedures-baseline.json");
        Baseline.of(List.of(finding("template-leftovers", "a.md", 3, "ff"),
                finding("template-leftovers", "a.md", 7, "ff")), dir, file).write(file);
        Baseline b = Baseline.read(file);
        List<Finding> now = List.of(
                finding("template-leftovers", "a.md", 30, "ff"),
                finding("template-leftovers", "a.md", 70, "ff"),
                finding("template-leftovers", "a.md", 90, "ff"),
                finding("rollback", "a.md", 5, "ff"));
        List<Finding> fresh = b.newFindings(now, dir, file);
        assertEquals(List.of(now.get(2), now.get(3)), fresh);
    }

    @Test
    void aCorruptBaselineIsAClearError() throws Exception {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\n  \"version\": 1,\n  \"findings\": [ \n");
        ProceduresException e = assertThrows(ProceduresException.class, () -> Baseline.read(file));
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("regenerate it with 'mvn procedures:baseline'"), e.getMessage());
    }
}
