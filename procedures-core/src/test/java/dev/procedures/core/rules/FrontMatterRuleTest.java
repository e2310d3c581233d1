package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.testing.RuleHarness;
import dev.procedures.core.testing.RuleHarness.Reported;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterRuleTest {

    private static final RuleContext CONTEXT = RuleContext.defaults(LocalDate.of(2026, 11, 29));
    private static final String PATH = "PROC-BACKEND-001-prueba.md";
    private final FrontMatterRule rule = new FrontMatterRule();

    private List<Reported> check(String markdown) {
        return RuleHarness.run(rule, RuleHarness.read(markdown), CONTEXT);
    }

    @Test
    void validFrontMatterHasNoFinding() {
        assertEquals(List.of(), check("""
                ---
                id: PROC-BACKEND-001
                titulo: Prueba
                revisores: [Ana, Luis]
                ---

                # PROC-BACKEND-001: Prueba
                """));
    }

    @Test
    void missingFrontMatterIsReportedAtLineOne() {
        List<Reported> findings = check("# PROC-BACKEND-001: Prueba\n\n**Criticidad:** ALTA\n");
        assertEquals(List.of(new Reported(Severity.ERROR, PATH, 1, 1, "no YAML front matter; start the file with "
                + "'---', the metadata (id, titulo, criticidad, ...) and a closing '---'", "missing")), findings);
    }

    @Test
    void frontMatterAfterBlankLinesIsReported() {
        List<Reported> findings = check("\n\n---\nid: PROC-BACKEND-001\n---\n\n# PROC-BACKEND-001: Prueba\n");
        assertEquals(List.of(new Reported(Severity.ERROR, PATH, 3, 1, "front matter starts at line 3; remove the "
                + "blank lines above it so that '---' is the first line of the file", "not-first")), findings);
    }

    @Test
    void unclosedFrontMatterIsReportedAtTheOpeningLine() {
        List<Reported> findings = check("---\nid: PROC-BACKEND-001\ntitulo: Prueba\n\n# PROC-BACKEND-001: Prueba\n");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(1, findings.get(0).line());
        assertEquals("front matter opened with '---' at line 1 is never closed; add a closing '---' line",
                findings.get(0).message());
    }

    @Test
    void unclosedFrontMatterDoesNotHideTheBody() {
        var procedure = RuleHarness.read("---\nid: PROC-BACKEND-001\n\n# PROC-BACKEND-001: Prueba\n\n## Propósito\n");
        assertEquals(List.of(4, 6), procedure.document().headings().stream().map(h -> h.line()).toList());
        assertEquals("PROC-BACKEND-001: Prueba", procedure.title().orElseThrow().text());
    }

    @Test
    void badYamlIsReportedAtItsFileLine() {
        List<Reported> findings = check("""
                ---
                id: PROC-BACKEND-001
                titulo: Deploy: a producción: hoy
                criticidad: ALTA
                ---

                # PROC-BACKEND-001: Prueba
                """);
        assertEquals(1, findings.size(), findings.toString());
        Reported f = findings.get(0);
        assertEquals(3, f.line());
        assertEquals(15, f.column());
        assertTrue(f.message().startsWith("invalid YAML in front matter: mapping values are not allowed here"),
                f.message());
    }

    @Test
    void badYamlLineCountsTheBomAndCrlfLikeLf() {
        String md = "\uFEFF---\r\nid: PROC-BACKEND-001\r\n\r\ntitulo: a: b\r\n---\r\n\r\n# PROC-BACKEND-001: Prueba\r\n";
        List<Reported> findings = check(md);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(4, findings.get(0).line());
        assertEquals(10, findings.get(0).column());
    }

    @Test
    void tabIsReportedAtItsLineAndColumn() {
        List<Reported> findings = check("---\nid: PROC-BACKEND-001\nrevisores:\n\t- Ana\n---\n\n# PROC-BACKEND-001: P\n");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(4, findings.get(0).line());
        assertEquals(1, findings.get(0).column());
        assertEquals("tab character in front matter; YAML does not allow tabs for indentation, use spaces",
                findings.get(0).message());
    }

    @Test
    void duplicateKeyNamesTheFirstLine() {
        List<Reported> findings = check("""
                ---
                id: PROC-BACKEND-001
                criticidad: ALTA
                titulo: Prueba
                criticidad: BAJA
                ---

                # PROC-BACKEND-001: Prueba
                """);
        assertEquals(1, findings.size(), findings.toString());
        Reported f = findings.get(0);
        assertEquals(5, f.line());
        assertEquals(1, f.column());
        assertEquals("duplicate key 'criticidad' (first written at line 3); keep one, neither value is used",
                f.message());
    }

    @Test
    void duplicateKeyFingerprintDoesNotDependOnLines() {
        String a = "---\nid: PROC-BACKEND-001\ncriticidad: ALTA\ncriticidad: BAJA\n---\n";
        String b = "---\nid: PROC-BACKEND-001\ncriticidad: ALTA\n\n\nautor: X\ncriticidad: BAJA\n---\n";
        assertEquals(check(a).get(0).fingerprint(), check(b).get(0).fingerprint());
    }

    @Test
    void registered() {
        assertTrue(RuleRegistry.byId("front-matter").orElseThrow() instanceof FrontMatterRule);
    }
}
