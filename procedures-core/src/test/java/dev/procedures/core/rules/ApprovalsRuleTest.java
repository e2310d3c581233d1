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

class ApprovalsRuleTest {

    private final ApprovalsRule rule = new ApprovalsRule();

    @Test
    void descriptorIsRegisteredAsError() {
        assertEquals("approvals", rule.id());
        assertEquals(Severity.ERROR, rule.descriptor().defaultSeverity());
        assertTrue(RuleRegistry.byId("approvals").orElseThrow() instanceof ApprovalsRule);
    }

    @Test
    void criticaNeedsAnApproverAndStaging() {
        List<ContentRuleSupport.Reported> found = run(rule, resource("critica-sin-rollback.md"));
        assertEquals(List.of("46:21 no-approver:[Pendiente] - [Fecha]", "47:20 not-tested-in-staging:dev - 2026-11-02"),
                found.stream().map(ContentRuleSupport.Reported::brief).toList());
        assertTrue(found.get(0).message().startsWith("CRITICA procedure has no approver"), found.get(0).message());
        assertTrue(found.get(1).message().startsWith("CRITICA procedure is not recorded as tested in staging"),
                found.get(1).message());
    }

    @Test
    void placeholderReviewersEverywhereAreOneFindingAtTheSignOffLine() {
        // revisores: [Nombre1, Nombre2] and 'Revisado por: [Pendiente]'; 'Testeado en: pre-producción' counts.
        assertEquals(List.of("23:21 reviewed-by=[Pendiente]"), briefs(rule, resource("alta-rollback-todo.md")));
    }

    @Test
    void realReviewerAndNoRequirementsForMedia() {
        assertEquals(List.of(), briefs(rule, resource("media-no-requiere-rollback.md")));
    }

    @Test
    void noReviewerAnywhereIsReportedOnce() {
        assertEquals(List.of("4:0 no-reviewer"), briefs(rule, text("---\nid: PROC-BACKEND-001\n---\n# PROC-BACKEND-001: "
                + "Prueba\n\nTexto.\n")));
        assertEquals(List.of("4:12 no-reviewer"), briefs(rule, text("---\nid: PROC-BACKEND-001\n"
                + "criticidad: BAJA\nrevisores: [TBD]\n---\n# PROC-BACKEND-001: Prueba\n")));
    }

    @Test
    void signOffTableRowsAreRead() {
        String doc = "---\nrevisores: [SRE]\ncriticidad: ALTA\n---\n# PROC-BACKEND-001: Prueba\n\n## Aprobaciones\n\n"
                + "| Rol | Nombre | Fecha |\n|-----|--------|-------|\n"
                + "| Revisor Tecnico | Pendiente | 2026-11-01 |\n"
                + "| Testeado en | QA | 2026-11-01 |\n";
        assertEquals(List.of("11:21 reviewed-by=Pendiente", "12:17 not-tested-in-staging:QA"), briefs(rule, text(doc)));
    }

    @Test
    void exampleProcedureReportsThePendingReviewer() {
        Procedure p = ContentRuleSupport.file(SharedData.requireFile(
                "corpus/iact/docs/backend/procedures/PROC-BACKEND-001-ejemplo.md"));
        List<ContentRuleSupport.Reported> found = run(rule, p);
        assertEquals(List.of("490:21 reviewed-by=[Pendiente] - [Fecha]"),
                found.stream().map(ContentRuleSupport.Reported::brief).toList());
        assertEquals("PROC-BACKEND-001-ejemplo.md", found.get(0).path());
        assertTrue(found.get(0).message().startsWith("'Revisado por' is a placeholder ('[Pendiente] - [Fecha]')"),
                found.get(0).message());
    }

    @Test
    void templateReportsOnlyThePlaceholderReviewer() {
        Procedure p = ContentRuleSupport.file(SharedData.requireFile(
                "corpus/iact/docs/backend/procedures/plantilla-procedimiento-backend.md"));
        assertEquals(List.of("506:21 reviewed-by=[Nombre] - [Fecha]"), briefs(rule, p));
    }
}
