package dev.procedures.core.rules;

import dev.procedures.core.testing.RuleHarness;
import dev.procedures.core.testing.RuleHarness.Reported;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdFormatRuleTest {

    private static final RuleContext CONTEXT = RuleContext.defaults(LocalDate.of(2026, 11, 29));
    private final IdFormatRule rule = new IdFormatRule();

    /** id value at line 2 column 5, H1 at line 5. */
    private static String doc(String id, String h1) {
        return "---\nid: " + id + "\n---\n\n# " + h1 + "\n";
    }

    private List<Reported> check(String fileName, String markdown) {
        return RuleHarness.run(rule, RuleHarness.read(fileName, markdown), CONTEXT);
    }

    @Test
    void consistentIdsHaveNoFinding() {
        assertEquals(List.of(), check("PROC-BACKEND-001-reinicio-del-api.md",
                doc("PROC-BACKEND-001", "PROC-BACKEND-001: Reinicio del API")));
        assertEquals(List.of(), check("PROCED-GOB-009-revision-2.md", doc("PROCED-GOB-009", "PROCED-GOB-009 Revisión")));
    }

    @Test
    void twoDigitsInFileNameAndFrontMatter() {
        List<Reported> findings = check("PROC-BACKEND-01-reinicio.md", doc("PROC-BACKEND-01", "PROC-BACKEND-01: R"));
        assertEquals(2, findings.size(), findings.toString());
        assertEquals(new Reported(findings.get(0).severity(), "PROC-BACKEND-01-reinicio.md", 1, 0,
                "file name id 'PROC-BACKEND-01' is not PREFIX-NNN with an upper-case prefix and three digits; "
                        + "rename the file to start with 'PROC-BACKEND-001'", "file-id:PROC-BACKEND-01"),
                findings.get(0));
        assertEquals(2, findings.get(1).line());
        assertEquals(5, findings.get(1).column());
        assertEquals("id 'PROC-BACKEND-01' is not PREFIX-NNN with an upper-case prefix and three digits (for example "
                + "PROC-BACKEND-001)", findings.get(1).message());
    }

    @Test
    void fourDigitsAreNotThree() {
        List<Reported> findings = check("PROC-BACKEND-0001-reinicio.md",
                doc("PROC-BACKEND-001", "PROC-BACKEND-001: R"));
        assertEquals(List.of("file-id:PROC-BACKEND-0001"), findings.stream().map(Reported::fingerprint).toList());
    }

    @Test
    void lowerCasePrefix() {
        List<Reported> findings = check("proc-backend-001-reinicio.md", doc("proc-backend-001", "proc-backend-001: R"));
        assertEquals(List.of("file-id:proc-backend-001", "id:proc-backend-001"),
                findings.stream().map(Reported::fingerprint).toList());
        assertTrue(findings.get(0).message().endsWith("rename the file to start with 'PROC-BACKEND-001'"),
                findings.get(0).message());
    }

    @Test
    void suggestedNameDoesNotDependOnTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            List<Reported> findings = check("proc-ci-01-x.md", "# proc-ci-01: X\n");
            assertTrue(findings.get(0).message().endsWith("rename the file to start with 'PROC-CI-001'"),
                    findings.get(0).message());
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertEquals("PROC-CI-001", dev.procedures.core.model.ProcedureId.parse("PROC-CI-1").orElseThrow()
                    .canonical());
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void slugMustBeKebabCase() {
        List<Reported> findings = check("PROC-BACKEND-001-Reinicio_API.md", doc("PROC-BACKEND-001",
                "PROC-BACKEND-001: R"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("file name slug 'Reinicio_API' is not kebab case (lower-case words joined by hyphens)",
                findings.get(0).message());
        assertEquals(1, findings.get(0).line());
    }

    @Test
    void missingSlug() {
        List<Reported> findings = check("PROC-BACKEND-001.md", doc("PROC-BACKEND-001", "PROC-BACKEND-001: R"));
        assertEquals(List.of("file name has no title slug; name it 'PROC-BACKEND-001-titulo-en-kebab-case.md'"),
                findings.stream().map(Reported::message).toList());
    }

    @Test
    void frontMatterIdDiffersFromFileId() {
        List<Reported> findings = check("PROC-BACKEND-002-reinicio.md", doc("PROC-BACKEND-003", "PROC-BACKEND-003: R"));
        assertEquals(1, findings.size(), findings.toString());
        Reported f = findings.get(0);
        assertEquals(2, f.line());
        assertEquals(5, f.column());
        assertEquals("id 'PROC-BACKEND-003' does not match the file name id 'PROC-BACKEND-002'; make them equal",
                f.message());
    }

    @Test
    void h1IdDiffersFromTheDeclaredId() {
        List<Reported> findings = check("PROC-BACKEND-002-reinicio.md",
                doc("PROC-BACKEND-002", "PROC-BACKEND-020: Reinicio"));
        assertEquals(1, findings.size(), findings.toString());
        Reported f = findings.get(0);
        assertEquals(5, f.line());
        assertEquals(1, f.column());
        assertEquals("H1 title id 'PROC-BACKEND-020' does not match the id 'PROC-BACKEND-002'", f.message());
    }

    @Test
    void h1WithoutId() {
        List<Reported> findings = check("PROC-BACKEND-002-reinicio.md", doc("PROC-BACKEND-002", "Reinicio"));
        assertEquals(List.of("H1 title does not start with the id; write '# PROC-BACKEND-002: Reinicio'"),
                findings.stream().map(Reported::message).toList());
        assertEquals(5, findings.get(0).line());
    }

    @Test
    void h1IsComparedWithTheFileIdWhenNoIdIsDeclared() {
        List<Reported> findings = check("PROC-BACKEND-002-reinicio.md", "# PROC-BACKEND-004: Reinicio\n");
        assertEquals(List.of("H1 title id 'PROC-BACKEND-004' does not match the id 'PROC-BACKEND-002'"),
                findings.stream().map(Reported::message).toList());
        assertEquals(1, findings.get(0).line());
    }

    @Test
    void idInALabelCountsLikeFrontMatter() {
        List<Reported> findings = check("PROC-BACKEND-002-reinicio.md",
                "# PROC-BACKEND-002: Reinicio\n\n**ID:** PROC-BACKEND-007\n");
        assertEquals(List.of("id-vs-file:PROC-BACKEND-007 3:9", "h1-id:PROC-BACKEND-002 1:1"),
                findings.stream().map(f -> f.fingerprint() + " " + f.line() + ":" + f.column()).toList(),
                "a label value is placed at the value");
    }

    @Test
    void registered() {
        assertTrue(RuleRegistry.byId("id-format").orElseThrow() instanceof IdFormatRule);
    }
}
