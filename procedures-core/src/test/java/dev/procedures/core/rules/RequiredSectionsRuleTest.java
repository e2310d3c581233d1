package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.testing.RuleHarness;
import dev.procedures.core.testing.RuleHarness.Reported;
import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequiredSectionsRuleTest {

    private static final RuleContext CONTEXT = RuleContext.defaults(LocalDate.of(2025, 12, 1));
    private final RequiredSectionsRule rule = new RequiredSectionsRule();

    private static final String COMPLETE = """
            ---
            id: PROC-BACKEND-001
            ---
            # PROC-BACKEND-001: Prueba

            ## 1. PREREQUISITOS
            - acceso

            ## Pasos de Ejecución

            ### Paso 1: Hacer algo

            ## Validación Final
            ok

            Rollback Completo
            -----------------
            revertir

            ## Troubleshooting
            nada

            ## Historial de Versiones
            | Versión | Fecha |
            |---|---|
            | 1.0.0 | 2025-11-18 |
            """;

    private List<Reported> check(String markdown) {
        return RuleHarness.run(rule, RuleHarness.read(markdown), CONTEXT);
    }

    private static List<String> keys(List<Reported> findings) {
        return findings.stream().map(Reported::fingerprint).toList();
    }

    @Test
    void completeProcedureHasNoFinding() {
        assertEquals(List.of(), check(COMPLETE));
    }

    @Test
    void eachMissingSectionIsOneFindingAtTheEndOfTheFrontMatter() {
        String md = COMPLETE.replace("## Troubleshooting", "## Notas").replace("## Historial de Versiones", "## Otros");
        List<Reported> findings = check(md);
        assertEquals(List.of("missing:troubleshooting", "missing:historial de versiones"), keys(findings));
        for (Reported f : findings) {
            assertEquals(3, f.line());
            assertEquals(Severity.ERROR, f.severity());
            assertEquals("PROC-BACKEND-001-prueba.md", f.path());
        }
        assertEquals("missing section 'Troubleshooting'; add a '## Troubleshooting' heading (accepted headings, "
                + "compared without accents, case or numbering: troubleshooting, solucion de problemas, resolucion de "
                + "problemas, problemas comunes, problemas frecuentes)", findings.get(0).message());
    }

    @Test
    void controlDeCambiosIsAVersionHistory() {
        String md = COMPLETE.replace("## Historial de Versiones", "## 13. CONTROL DE CAMBIOS");
        assertEquals(List.of(), check(md));
    }

    @Test
    void withoutFrontMatterFindingsAreAtLineOne() {
        String md = "# Nada\n\ntexto\n";
        List<Reported> findings = check(md);
        assertEquals(List.of("missing:prerequisitos", "missing:pasos de ejecucion", "missing:validacion",
                "missing:rollback", "missing:troubleshooting", "missing:historial de versiones"), keys(findings));
        assertTrue(findings.stream().allMatch(f -> f.line() == 1));
    }

    @Test
    void validationLabelCountsForTheValidationSection() {
        String md = COMPLETE.replace("## Validación Final\nok", "**Validación:**\n\n```bash\ncurl -f x\n```");
        assertEquals(List.of(), check(md));
    }

    @Test
    void validationLabelInsideCodeDoesNotCount() {
        String md = COMPLETE.replace("## Validación Final\nok", "```\n**Validación:** curl\n```");
        assertEquals(List.of("missing:validacion"), keys(check(md)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"```\n## Rollback Completo\n```", "~~~text\n## Rollback Completo\n~~~",
            "    ## Rollback Completo", "- item\n\n        ## Rollback Completo", "> ```\n> ## Rollback\n> ```",
            "# Rollback Completo"})
    void headingsInCodeOrAtLevelOneDoNotCount(String replacement) {
        String md = COMPLETE.replace("Rollback Completo\n-----------------\nrevertir", replacement);
        assertEquals(List.of("missing:rollback"), keys(check(md)));
    }

    @Test
    void nfdHeadingsAndCrlfWithBomReadAsTheirTwins() {
        String nfd = java.text.Normalizer.normalize(COMPLETE.replace("## Validación Final\nok", "**Validación:** ok"),
                java.text.Normalizer.Form.NFD);
        assertEquals(List.of(), check(nfd));
        nfd = nfd.replace("**Validacio\u0301n:** ok", "");
        assertTrue(nfd.contains("Ejecucio\u0301n"));
        assertEquals(List.of("missing:validacion"), keys(check(nfd)));
        assertEquals(List.of(), check("\uFEFF" + COMPLETE.replace("\n", "\r\n")));
    }

    @Test
    void case09OnlyRollbackAndTroubleshootingAreMissing() throws Exception {
        Path dir = SharedData.requireDirectory("cases/09-headings-inside-code-blocks");
        List<Reported> findings = RuleHarness.run(rule,
                RuleHarness.read(dir.resolve("PROC-BACKEND-001-ampliacion-disco-bd.md")), CONTEXT);
        assertEquals(List.of("missing:rollback", "missing:troubleshooting"), keys(findings));
        assertTrue(findings.stream().allMatch(f -> f.line() == 11), findings.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cases/13-nfd-accents", "cases/01-crlf-line-endings"})
    void casesWithAllSectionsHaveNoFinding(String folder) throws Exception {
        Path dir = SharedData.requireDirectory(folder);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("PROC-")).sorted().toList();
        }
        assertEquals(2, files.size());
        for (Path f : files) {
            assertEquals(List.of(), RuleHarness.run(rule, RuleHarness.read(f), CONTEXT), f.toString());
        }
    }

    @Test
    void registered() {
        assertTrue(RuleRegistry.byId("required-sections").orElseThrow() instanceof RequiredSectionsRule);
    }
}
