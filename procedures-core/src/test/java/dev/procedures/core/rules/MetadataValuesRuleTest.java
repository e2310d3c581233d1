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

class MetadataValuesRuleTest {

    private static final RuleContext CONTEXT = RuleContext.defaults(LocalDate.of(2026, 11, 29));
    private final MetadataValuesRule rule = new MetadataValuesRule();

    /** Values on lines 2..6 of the front matter, value column after 'key: '. */
    private static String doc(String tipo, String categoria, String criticidad, String frecuencia, String tiempo) {
        return "---\n"
                + "tipo: " + tipo + "\n"
                + "categoria: " + categoria + "\n"
                + "criticidad: " + criticidad + "\n"
                + "frecuencia: " + frecuencia + "\n"
                + "tiempo_estimado: " + tiempo + "\n"
                + "---\n\n# PROC-BACKEND-001: Prueba\n";
    }

    private List<Reported> check(String markdown) {
        return RuleHarness.run(rule, RuleHarness.read(markdown), CONTEXT);
    }

    @Test
    void canonicalValuesAreAccepted() {
        assertEquals(List.of(), check(doc("procedimiento", "deployment", "CRITICA", "on-demand", "15min")));
    }

    @Test
    void aliasesAreAccepted() {
        assertEquals(List.of(), check(doc("Procedimiento", "despliegue", "critical", "por_demanda", "1h 30min")));
        assertEquals(List.of(), check(doc("procedimiento", "Disaster Recovery", "Crítica",
                "On-demand (para validar plantilla)", "15 minutos (aprox)")));
    }

    @Test
    void unknownCriticality() {
        List<Reported> findings = check(doc("procedimiento", "deployment", "URGENTE", "mensual", "15min"));
        assertEquals(1, findings.size(), findings.toString());
        Reported f = findings.get(0);
        assertEquals(4, f.line());
        assertEquals(13, f.column());
        assertEquals("unknown criticidad 'URGENTE'; expected one of CRITICA, ALTA, MEDIA, BAJA", f.message());
        assertEquals("criticidad=URGENTE", f.fingerprint());
    }

    @Test
    void unknownCategory() {
        List<Reported> findings = check(doc("procedimiento", "migracion", "ALTA", "mensual", "15min"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(3, findings.get(0).line());
        assertEquals(12, findings.get(0).column());
        assertEquals("unknown categoria 'migracion'; expected one of deployment, rollback, maintenance, "
                + "troubleshooting, scaling, disaster-recovery", findings.get(0).message());
    }

    @Test
    void unknownFrequency() {
        List<Reported> findings = check(doc("procedimiento", "deployment", "ALTA", "cada tanto", "15min"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(5, findings.get(0).line());
        assertEquals(13, findings.get(0).column());
        assertEquals("unknown frecuencia 'cada tanto'; expected one of diaria, semanal, mensual, trimestral, "
                + "on-demand, emergencia", findings.get(0).message());
    }

    @Test
    void templatePlaceholdersAreLeftToTemplateLeftovers() {
        List<Reported> findings = check(doc("procedimiento", "\"[deployment|rollback]\"", "\"[CRITICA|ALTA]\"",
                "\"[diaria|semanal]\"", "XXmin"));
        assertEquals(List.of(), findings, "an unfilled template value is reported once, by template-leftovers");
    }

    @Test
    void tipoMustBeProcedimiento() {
        List<Reported> findings = check(doc("deployment", "deployment", "ALTA", "mensual", "15min"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(2, findings.get(0).line());
        assertEquals(7, findings.get(0).column());
        assertEquals("tipo is 'deployment'; a procedure has 'tipo: procedimiento' (the procedure type goes in "
                + "'categoria')", findings.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pronto", "15", "quince minutos"})
    void badDuration(String tiempo) {
        List<Reported> findings = check(doc("procedimiento", "deployment", "ALTA", "mensual", tiempo));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(6, findings.get(0).line());
        assertEquals(18, findings.get(0).column());
        assertEquals("tiempo_estimado '" + tiempo + "' is not a duration; write it as '15min', '1h 30min' or '2h'",
                findings.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"15min", "1h 30min", "2 horas", "30-45min", "15 minutos (aprox)"})
    void goodDuration(String tiempo) {
        assertEquals(List.of(), check(doc("procedimiento", "deployment", "ALTA", "mensual", tiempo)));
    }

    @Test
    void labelValuesAreCheckedAtTheLabelLine() {
        String md = """
                # PROC-BACKEND-001: Prueba

                **Criticidad:** URGENTE
                **Tiempo Estimado:** media hora
                """;
        List<Reported> findings = check(md);
        assertEquals(List.of(3, 4), findings.stream().map(Reported::line).toList());
    }

    @Test
    void registered() {
        assertTrue(RuleRegistry.byId("metadata-values").orElseThrow() instanceof MetadataValuesRule);
    }
}
