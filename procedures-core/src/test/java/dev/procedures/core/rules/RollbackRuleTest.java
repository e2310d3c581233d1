package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.procedures.core.rules.ContentRuleSupport.briefs;
import static dev.procedures.core.rules.ContentRuleSupport.resource;
import static dev.procedures.core.rules.ContentRuleSupport.run;
import static dev.procedures.core.rules.ContentRuleSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollbackRuleTest {

    private final RollbackRule rule = new RollbackRule();

    private static String procedure(String criticidad, String rollbackSection) {
        return "---\nid: PROC-BACKEND-001\ncriticidad: " + criticidad + "\n---\n\n# PROC-BACKEND-001: Prueba\n\n"
                + "## Rollback Completo\n\n" + rollbackSection + "\n\n## Troubleshooting\n\nNada.\n";
    }

    @Test
    void descriptorIsRegisteredAsError() {
        assertEquals("rollback", rule.id());
        assertEquals(Severity.ERROR, rule.descriptor().defaultSeverity());
        assertTrue(RuleRegistry.byId("rollback").orElseThrow() instanceof RollbackRule);
    }

    @Test
    void criticaWithoutRollbackSectionAndCriticalStepWithoutStepRollback() {
        List<ContentRuleSupport.Reported> found = run(rule, resource("critica-sin-rollback.md"));
        assertEquals(List.of("6:0 no-rollback-section", "19:1 no-step-rollback:1 aplicar migracion"),
                found.stream().map(ContentRuleSupport.Reported::brief).toList());
        assertEquals("critica-sin-rollback.md", found.get(0).path());
        assertTrue(found.get(0).message().startsWith("CRITICA procedure has no rollback section"),
                found.get(0).message());
        assertTrue(found.get(1).message().contains("'Criticidad: CRITICA'"), found.get(1).message());
    }

    @Test
    void altaRollbackThatOnlySaysTodoIsMissing() {
        List<ContentRuleSupport.Reported> found = run(rule, resource("alta-rollback-todo.md"));
        assertEquals(List.of("17:1 empty-rollback-section"), found.stream().map(ContentRuleSupport.Reported::brief).toList());
        assertTrue(found.get(0).message().contains("'Rollback Completo' has no real content"), found.get(0).message());
    }

    @Test
    void mediaNoRollbackWithReasonIsAccepted() {
        assertEquals(List.of(), briefs(rule, resource("media-no-requiere-rollback.md")));
    }

    @Test
    void noRollbackStatementWithoutReasonIsReported() {
        assertEquals(List.of("8:1 no-rollback-without-reason"), briefs(rule, text(procedure("BAJA",
                "No requiere rollback."))));
    }

    @Test
    void noRollbackStatementIsNotAcceptedForAltaOrCritica() {
        String section = "No requiere rollback porque el procedimiento solo consulta el estado.";
        assertEquals(List.of("8:1 no-rollback-not-allowed"), briefs(rule, text(procedure("ALTA", section))));
        assertEquals(List.of("8:1 no-rollback-not-allowed"), briefs(rule, text(procedure("CRITICA", section))));
        assertEquals(List.of(), briefs(rule, text(procedure("MEDIA", section))));
    }

    @Test
    void sectionThatRepeatsTheHeadingOrHoldsOnlyCommentsIsMissing() {
        assertEquals(List.of("8:1 empty-rollback-section"), briefs(rule, text(procedure("MEDIA",
                "Rollback completo: TBD"))));
        assertEquals(List.of("8:1 empty-rollback-section"), briefs(rule, text(procedure("MEDIA",
                "```bash\n# Comandos de rollback\n```"))));
    }

    @Test
    void sectionWithCommandsOrStepsIsAccepted() {
        assertEquals(List.of(), briefs(rule, text(procedure("CRITICA", "```bash\nhelm rollback api 41\n```"))));
        assertEquals(List.of(), briefs(rule, text(procedure("ALTA",
                "1. Detener los workers\n2. Restaurar el backup de la base de datos\n3. Arrancar los workers"))));
    }

    @Test
    void reversibleStepsNeedTheirOwnRollback() {
        List<ContentRuleSupport.Reported> found = run(rule, resource("pasos-rollback-de-paso.md"));
        // Paso 1: SI without step rollback; Paso 2: SI with 'TODO'; Paso 3: CRITICA with a code block (fine);
        // Paso 4: 'SI | NO' is an unchosen template option, not a reversible step.
        assertEquals(List.of("19:1 no-step-rollback:1 copiar el certificado nuevo",
                "33:1 empty-step-rollback:2 recargar nginx"),
                found.stream().map(ContentRuleSupport.Reported::brief).toList());
        assertTrue(found.get(0).message().contains("'Rollback Disponible: SI'"), found.get(0).message());
    }

    @Test
    void lowCriticalityWithoutSectionIsLeftToRequiredSections() {
        assertEquals(List.of(), briefs(rule, text("---\ncriticidad: BAJA\n---\n\n# PROC-BACKEND-001: Prueba\n")));
    }

    @Test
    void exampleProcedureIsReadOnlyAndSaysWhy() {
        Procedure p = ContentRuleSupport.file(SharedData.requireFile(
                "corpus/iact/docs/backend/procedures/PROC-BACKEND-001-ejemplo.md"));
        assertEquals(List.of(), briefs(rule, p));
    }

    @Test
    void templateReportsNothing() {
        Procedure p = ContentRuleSupport.file(SharedData.requireFile(
                "corpus/iact/docs/backend/procedures/plantilla-procedimiento-backend.md"));
        assertEquals(List.of(), briefs(rule, p));
    }

    @Test
    void crlfFileGivesTheSameFindings() throws Exception {
        String lf;
        try (var in = getClass().getResourceAsStream("/rules-content/pasos-rollback-de-paso.md")) {
            lf = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> expected = briefs(rule, ContentRuleSupport.text(lf));
        assertTrue(!expected.isEmpty());
        assertEquals(expected, briefs(rule, ContentRuleSupport.text(lf.replace("\n", "\r\n"))));
    }
}
