package dev.procedures.core.rules;

import dev.procedures.core.model.Procedure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link ContentChecks#placeholderOnly}: a step body made only of label lines and bracketed
 * template text, in any of its paragraphs.
 */
class ContentChecksPlaceholderOnlyTest {

    @Test
    void aStepIsPlaceholderOnlyWhenEveryParagraphIsLabelsOrOneBracket() {
        Procedure p = ContentRuleSupport.text(String.join("\n",
                "# PROC-BACKEND-001: T",
                "",
                "## Procedimiento",
                "",
                "### Paso 1: Solo plantilla",
                "**Duración:** 5 min",
                "[Repetir estructura del Paso 1",
                "  para cada servicio]",
                "",
                "---",
                "",
                "### Paso 2: Texto y plantilla",
                "Reiniciar el servicio.",
                "",
                "[Repetir estructura]",
                "",
                "### Paso 3: Plantilla y texto",
                "[Repetir estructura]",
                "",
                "Reiniciar el servicio.",
                "",
                "### Paso 4: Solo etiquetas",
                "**Duración:** 5 min",
                "",
                "### Paso 5: Código",
                "```bash",
                "[comando1]",
                "```",
                "",
                "### Paso 6: Dos corchetes",
                "[Uno] [Dos]",
                ""));
        assertEquals(List.of(true, false, false, false, false, false),
                p.steps().stream().map(s -> ContentChecks.placeholderOnly(p.document(), s)).toList());
    }
}
