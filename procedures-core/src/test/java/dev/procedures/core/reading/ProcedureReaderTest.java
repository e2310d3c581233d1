package dev.procedures.core.reading;

import dev.procedures.core.model.MetadataValue;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.model.Step;
import dev.procedures.core.testing.RuleHarness;
import dev.procedures.core.vocabulary.MetadataField;
import dev.procedures.core.vocabulary.SectionKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcedureReaderTest {

    @Test
    void frontMatterWinsOverLabels() {
        Procedure p = RuleHarness.read("""
                ---
                criticidad: ALTA
                ---

                # PROC-BACKEND-001: T

                **Criticidad:** BAJA
                **Frecuencia:** mensual
                """);
        MetadataValue c = p.metadata().get(MetadataField.CRITICALITY).orElseThrow();
        assertEquals("ALTA", c.text());
        assertEquals(2, c.line());
        assertEquals(13, c.column());
        assertEquals(MetadataValue.Origin.FRONT_MATTER, c.origin());
        MetadataValue f = p.metadata().get(MetadataField.FREQUENCY).orElseThrow();
        assertEquals("mensual", f.text());
        assertEquals(8, f.line());
        assertEquals(17, f.column(), "column of the value, as for front matter");
        assertEquals(MetadataValue.Origin.LABEL, f.origin());
    }

    @Test
    void labelsOnlyBetweenTheTitleAndTheFirstSection() {
        Procedure p = RuleHarness.read("""
                **Versión:** 0.0.1

                # PROC-BACKEND-001: T

                **Criticidad:** BAJA

                ## Propósito

                **Frecuencia:** mensual
                """);
        assertEquals("BAJA", p.metadata().text(MetadataField.CRITICALITY).orElseThrow());
        assertTrue(p.metadata().get(MetadataField.FREQUENCY).isEmpty());
        assertTrue(p.metadata().get(MetadataField.VERSION).isEmpty());
    }

    @Test
    void labelTipoMeansTheProcedureType() {
        Procedure p = RuleHarness.read("# PROC-BACKEND-001: T\n\n**Tipo:** deployment\n");
        assertEquals("deployment", p.metadata().text(MetadataField.TYPE).orElseThrow());
        assertTrue(p.metadata().get(MetadataField.DOCUMENT_TYPE).isEmpty());
    }

    @Test
    void labelCategoriaWinsOverLabelTipo() {
        for (String labels : List.of("**Tipo:** procedimiento\n**Categoría:** deployment\n",
                "**Categoría:** deployment\n**Tipo:** procedimiento\n")) {
            Procedure p = RuleHarness.read("# PROC-BACKEND-001: T\n\n" + labels);
            assertEquals("deployment", p.metadata().text(MetadataField.TYPE).orElseThrow(), labels);
        }
    }

    @Test
    void labelValueMarkupIsRemoved() {
        Procedure p = RuleHarness.read("# PROC-BACKEND-001: T\n\n**Tiempo Estimado:** `15min` **aprox**\n");
        assertEquals("15min aprox", p.metadata().text(MetadataField.DURATION).orElseThrow());
    }

    @Test
    void stepsOnlyInsideTheExecutionSection() {
        Procedure p = RuleHarness.read("""
                # PROC-BACKEND-001: T

                ## Preparación

                ### Paso 0: no cuenta

                ## Pasos de Ejecución

                ### Paso 1: Detener el servicio

                ### Paso P1: no es un paso

                #### Paso 1.1 - Subpaso

                ### PASO 2. Arrancar

                ## Validación

                ### Paso 3: no cuenta
                """);
        assertEquals(List.of("1|Detener el servicio|9", "1.1|Subpaso|13", "2|Arrancar|15"),
                p.steps().stream().map(ProcedureReaderTest::step).toList());
        assertEquals(List.of(SectionKind.PREPARATION, SectionKind.EXECUTION, SectionKind.VALIDATION),
                p.sections().stream().map(s -> s.kind()).toList());
    }

    @Test
    void withoutExecutionSectionEveryStepHeadingCounts() {
        Procedure p = RuleHarness.read("# T\n\n## Otra cosa\n\n### Paso 1: A\n\n### Paso 2: B\n");
        assertEquals(List.of("1|A|5", "2|B|7"), p.steps().stream().map(ProcedureReaderTest::step).toList());
    }

    @Test
    void fileIdComesFromTheName() {
        Procedure p = RuleHarness.read("PROCED-GOB-009-revision.md", "# X\n");
        assertEquals("PROCED-GOB-009", p.fileId().orElseThrow().text());
        assertTrue(RuleHarness.read("notas.md", "# X\n").fileId().isEmpty());
    }

    private static String step(Step s) {
        return s.number() + "|" + s.title() + "|" + s.heading().line();
    }
}
