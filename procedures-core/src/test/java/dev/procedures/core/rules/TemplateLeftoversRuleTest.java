package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.procedures.core.rules.ContentRuleSupport.briefs;
import static dev.procedures.core.rules.ContentRuleSupport.resource;
import static dev.procedures.core.rules.ContentRuleSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateLeftoversRuleTest {

    private final TemplateLeftoversRule rule = new TemplateLeftoversRule();

    @Test
    void descriptorIsRegisteredAsWarning() {
        assertEquals("template-leftovers", rule.id());
        assertEquals(Severity.WARNING, rule.descriptor().defaultSeverity());
        assertTrue(RuleRegistry.byId("template-leftovers").orElseThrow() instanceof TemplateLeftoversRule);
    }

    @Test
    void placeholdersInProseFrontMatterAndCodeButNoFalseAlarms() {
        List<ContentRuleSupport.Reported> found = run(rule, resource("placeholders.md"));
        assertEquals(List.of(
                "2:5 PROC-BACKEND-XXX#1",
                "4:13 [CRITICA|ALTA|MEDIA|BAJA]#1",
                "5:8 [Nombre]#1",
                "7:18 XXmin#1",
                "12:17 CRITICA | ALTA | MEDIA | BAJA#1",
                "13:23 YYYY-MM-DD#1",
                "17:16 [Nombre]#2",
                "17:27 [@slack]#1",
                "21:16 ADR-BACKEND-XXX#1",
                "22:24 XX#1",
                "23:33 [comando2]#1",
                "27:1 [comando1]#1",
                "34:1 [Ejemplo de salida exitosa]#1",
                "41:19 [Nombre]#3"),
                found.stream().map(ContentRuleSupport.Reported::brief).toList());
        // Not reported: revisores: [DevOps Lead, SRE] (6), task boxes (15, 16), links and a defined reference
        // (18), a format description (19), an upper-case tag (20), a path in inline code (23), an HTML comment
        // (24), arguments and text inside code (28, 29), the reviewer line approvals owns (42).
        assertEquals("template placeholder '[Nombre]' was never filled in; replace it with the real value, or remove "
                + "it if it does not apply", found.get(2).message());
        found.forEach(f -> assertEquals("placeholders.md", f.path()));
    }

    @Test
    void aTaskBoxHidesNoPlaceholderOnItsLine() {
        // the pre-filter passes over "[ ]"; whatever else the line holds is still read
        List<String> found = briefs(rule, ContentRuleSupport.text(String.join("\n",
                "# PROC-BACKEND-001: T",
                "",
                "- [ ] Avisar a [Nombre]",
                "- [ ] Esperar XXmin",
                "- [ ] Ejecutar `[comando1]`",
                "- [ ][ ] [x] doble",
                "- [ ] Tarea",
                "[ ]",
                "")));
        assertEquals(List.of("3:16 [Nombre]#1", "4:15 XXmin#1", "5:17 [comando1]#1"), found);
    }

    @Test
    void aFilledProcedureHasNone() {
        assertEquals(List.of(), briefs(rule, resource("media-no-requiere-rollback.md")));
    }

    @Test
    void exampleProcedureReportsTheContactPlaceholders() {
        Procedure p = ContentRuleSupport.file(SharedData.requireFile(
                "corpus/iact/docs/backend/procedures/PROC-BACKEND-001-ejemplo.md"));
        assertEquals(List.of(
                "365:18 [Documentación de troubleshooting]#1",
                "446:18 [Nombre]#1",
                "446:29 [@slack]#1",
                "447:15 [Nombre]#2",
                "447:26 [@slack]#2",
                "448:16 [PagerDuty link]#1",
                "451:27 [URL]#1",
                "452:9 [URL]#2"), briefs(rule, p));
    }

    @Test
    void templateReportsItsPlaceholders() {
        Procedure p = ContentRuleSupport.file(SharedData.requireFile(
                "corpus/iact/docs/backend/procedures/plantilla-procedimiento-backend.md"));
        List<String> found = briefs(rule, p);
        for (String expected : List.of("2:5 PROC-BACKEND-XXX#1", "4:12 [deployment|rollback|maintenance|troubleshooting|"
                        + "scaling|disaster-recovery]#1", "8:18 XXmin#1", "10:23 YYYY-MM-DD#1", "11:8 [Nombre]#1",
                "12:12 [Nombre1, Nombre2]#1", "18:17 CRITICA | ALTA | MEDIA | BAJA#1", "20:22 XX minutos#1",
                "133:26 SI | NO#1", "137:1 [comando1]#1", "147:1 [comando de validación]#1",
                "152:1 [Ejemplo de salida exitosa]#1", "175:1 [Repetir estructura del Paso 1...]#1",
                "435:3 PROC-BACKEND-YYY#1", "442:16 [PagerDuty/Opsgenie link]#1", "448:27 [URL]#1",
                "505:30 [Fecha]#1")) {
            assertTrue(found.contains(expected), expected + " missing from " + found);
        }
        Set<Integer> lines = found.stream().map(b -> Integer.parseInt(b.substring(0, b.indexOf(':'))))
                .collect(java.util.stream.Collectors.toSet());
        // Code lines with real commands (XXX in a webhook URL, backup name patterns) and the sign-off lines that
        // approvals owns are not reported.
        for (int line : List.of(87, 100, 116, 118, 265, 506, 507, 508, 522)) {
            assertFalse(lines.contains(line), "line " + line + " reported: " + found);
        }
    }

    @Test
    void crlfFileGivesTheSameFindings() throws Exception {
        String lf;
        try (var in = getClass().getResourceAsStream("/rules-content/placeholders.md")) {
            lf = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> expected = briefs(rule, ContentRuleSupport.text(lf));
        assertTrue(!expected.isEmpty());
        assertEquals(expected, briefs(rule, ContentRuleSupport.text(lf.replace("\n", "\r\n"))));
    }
}
