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

class StepDurationRuleTest {

    private final StepDurationRule rule = new StepDurationRule();

    @Test
    void descriptorIsRegisteredAsWarning() {
        assertEquals("step-duration", rule.id());
        assertEquals(Severity.WARNING, rule.descriptor().defaultSeverity());
        assertTrue(RuleRegistry.byId("step-duration").orElseThrow() instanceof StepDurationRule);
    }

    @Test
    void reportsOnlyTheStepWithoutAnyDuration() {
        // Paso 6 states its duration in the heading '(3 minutos)'; Paso 7 is a template placeholder.
        List<ContentRuleSupport.Reported> found = run(rule, resource("pasos-validacion.md"));
        assertEquals(List.of("42:1 5 sin nada"), found.stream().map(ContentRuleSupport.Reported::brief).toList());
        assertTrue(found.get(0).message().contains("'Paso 5: Sin nada' has no estimated duration"),
                found.get(0).message());
    }

    @Test
    void exampleAndTemplateStateEveryDuration() {
        Procedure example = ContentRuleSupport.file(SharedData.requireFile(
                "corpus/iact/docs/backend/procedures/PROC-BACKEND-001-ejemplo.md"));
        Procedure template = ContentRuleSupport.file(SharedData.requireFile(
                "corpus/iact/docs/backend/procedures/plantilla-procedimiento-backend.md"));
        assertEquals(List.of(), briefs(rule, example));
        assertEquals(List.of(), briefs(rule, template));
    }
}
