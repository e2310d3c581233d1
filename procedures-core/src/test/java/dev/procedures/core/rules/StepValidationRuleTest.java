package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.procedures.core.rules.ContentRuleSupport.briefs;
import static dev.procedures.core.rules.ContentRuleSupport.resource;
import static dev.procedures.core.rules.ContentRuleSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepValidationRuleTest {

    private final StepValidationRule rule = new StepValidationRule();

    @Test
    void descriptorIsRegisteredAsError() {
        assertEquals("step-validation", rule.id());
        assertEquals(Severity.ERROR, rule.descriptor().defaultSeverity());
        assertTrue(RuleRegistry.byId("step-validation").orElseThrow() instanceof StepValidationRule);
    }

    @Test
    void reportsEachKindOfMissingValidation() {
        List<ContentRuleSupport.Reported> found = run(rule, resource("pasos-validacion.md"));
        // Paso 1 is complete (result written on the next line, output in a code block); Paso 7 is a template
        // placeholder, left to template-leftovers.
        assertEquals(List.of(
                "25:1 no-validation:2 sin validacion",
                "33:1 validation-without-command:3 validacion sin comando",
                "37:1 no-expected-result:4 sin resultado esperado",
                "42:1 no-validation-no-expected-result:5 sin nada",
                "50:1 empty-expected-result:6 verificar colas (3 minutos)"),
                found.stream().map(ContentRuleSupport.Reported::brief).toList());
        assertTrue(found.get(0).message().startsWith("'Paso 2: Sin validación' has no validation"),
                found.get(0).message());
        assertTrue(found.get(1).message().contains("has no command"), found.get(1).message());
        found.forEach(f -> assertEquals("pasos-validacion.md", f.path()));
    }

    @Test
    void exampleProcedureHasAValidationForEveryStep() {
        Procedure p = ContentRuleSupport.file(SharedData.requireFile(
                "corpus/iact/docs/backend/procedures/PROC-BACKEND-001-ejemplo.md"));
        assertEquals(5, p.steps().size());
        assertEquals(List.of(), briefs(rule, p));
    }

    @Test
    void templateReportsNothing() {
        Procedure p = ContentRuleSupport.file(SharedData.requireFile(
                "corpus/iact/docs/backend/procedures/plantilla-procedimiento-backend.md"));
        // 'Paso 1' is complete (placeholder commands are template-leftovers' findings), 'Paso 2' is only labels and
        // '[Repetir estructura del Paso 1...]'; 'Paso N' has no number and is no step.
        assertEquals(List.of("1", "2"), p.steps().stream().map(s -> s.number()).toList());
        assertEquals(List.of(), briefs(rule, p));
    }

    @Test
    void crlfFileGivesTheSameFindings() throws Exception {
        String lf;
        try (var in = getClass().getResourceAsStream("/rules-content/pasos-validacion.md")) {
            lf = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> expected = briefs(rule, ContentRuleSupport.text(lf));
        assertTrue(!expected.isEmpty());
        assertEquals(expected, briefs(rule, ContentRuleSupport.text(lf.replace("\n", "\r\n"))));
    }
}
