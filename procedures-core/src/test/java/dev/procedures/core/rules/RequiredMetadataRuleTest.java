package dev.procedures.core.rules;

import dev.procedures.core.testing.RuleHarness;
import dev.procedures.core.testing.RuleHarness.Reported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequiredMetadataRuleTest {

    private static final RuleContext CONTEXT = RuleContext.defaults(LocalDate.of(2026, 11, 29));
    private final RequiredMetadataRule rule = new RequiredMetadataRule();

    private static final List<String> COMPLETE = List.of(
            "id: PROC-BACKEND-001",
            "titulo: Prueba",
            "categoria: deployment",
            "criticidad: ALTA",
            "frecuencia: mensual",
            "tiempo_estimado: 15min",
            "version: 1.0.0",
            "ultima_actualizacion: 2026-11-01");

    private List<Reported> check(String markdown) {
        return RuleHarness.run(rule, RuleHarness.read(markdown), CONTEXT);
    }

    private static String without(String key, String h1) {
        StringBuilder sb = new StringBuilder("\n\n---\n");
        for (String l : COMPLETE) {
            if (!l.startsWith(key + ":")) {
                sb.append(l).append('\n');
            }
        }
        return sb.append("---\n\n").append(h1).append('\n').toString();
    }

    @Test
    void completeFrontMatterHasNoFinding() {
        assertEquals(List.of(), check(without("none", "# Sin id en el título")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "titulo", "categoria", "criticidad", "frecuencia", "tiempo_estimado", "version",
            "ultima_actualizacion"})
    void eachMissingFieldIsReportedAtTheFrontMatterStart(String key) {
        List<Reported> findings = check(without(key, "## no H1"));
        assertEquals(1, findings.size(), findings.toString());
        Reported f = findings.get(0);
        assertEquals(3, f.line(), "the opening '---' is on line 3");
        assertEquals(1, f.column());
        assertEquals("missing metadata '" + key + "'; add it to the front matter", f.message());
        assertEquals(key, f.fingerprint());
    }

    @Test
    void titleFromTheH1IsAccepted() {
        assertEquals(List.of(), check(without("titulo", "# PROC-BACKEND-001: Reinicio del API")));
    }

    @Test
    void h1WithOnlyTheIdGivesNoTitle() {
        List<Reported> findings = check(without("titulo", "# PROC-BACKEND-001"));
        assertEquals(List.of("missing metadata 'titulo'; add it to the front matter"),
                findings.stream().map(Reported::message).toList());
    }

    @Test
    void boldLabelsUnderTheTitleCount() {
        String md = """
                # PROC-BACKEND-001: Reinicio

                **Id:** PROC-BACKEND-001
                **Tipo:** deployment
                **Criticidad:** ALTA
                **Frecuencia:** mensual
                **Tiempo Estimado:** 15 minutos
                **Versión:** 1.0.0
                **Última Actualización:** 2026-11-01

                ## Propósito
                """;
        List<Reported> findings = check(md);
        assertEquals(List.of(), findings);
    }

    @Test
    void labelsAfterTheFirstSectionDoNotCount() {
        String md = """
                # PROC-BACKEND-001: Reinicio

                **Id:** PROC-BACKEND-001
                **Tipo:** deployment
                **Criticidad:** ALTA
                **Frecuencia:** mensual
                **Versión:** 1.0.0
                **Última Actualización:** 2026-11-01

                ## Propósito

                **Tiempo Estimado:** 15 minutos
                """;
        List<Reported> findings = check(md);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("missing metadata 'tiempo_estimado'; add it to the front matter", findings.get(0).message());
        assertEquals(1, findings.get(0).line(), "no front matter: line 1");
    }

    @Test
    void ambiguousDuplicateKeyIsNotReportedAgain() {
        // front-matter reports the duplicate; required-metadata must not also call it missing
        String md = without("none", "# PROC-BACKEND-001: Prueba").replace("criticidad: ALTA\n",
                "criticidad: ALTA\ncriticidad: BAJA\n");
        assertEquals(List.of(), check(md));
    }

    @Test
    void ambiguousDuplicateKeyIsNotFilledFromALabel() {
        String md = without("none", "# PROC-BACKEND-001: Prueba\n\n**Criticidad:** MEDIA").replace(
                "criticidad: ALTA\n", "criticidad: ALTA\ncriticidad: BAJA\n");
        var procedure = RuleHarness.read(md);
        assertTrue(procedure.metadata().get(dev.procedures.core.vocabulary.MetadataField.CRITICALITY).isEmpty());
        assertEquals(List.of(), RuleHarness.run(rule, procedure, CONTEXT));
    }

    @Test
    void blankValueIsMissing() {
        List<Reported> findings = check(without("none", "# T").replace("version: 1.0.0", "version: \"\""));
        assertEquals(List.of("version"), findings.stream().map(Reported::fingerprint).toList());
    }

    @Test
    void registered() {
        assertTrue(RuleRegistry.byId("required-metadata").orElseThrow() instanceof RequiredMetadataRule);
    }
}
