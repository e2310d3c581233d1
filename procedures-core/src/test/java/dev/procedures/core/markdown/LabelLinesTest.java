package dev.procedures.core.markdown;

import dev.procedures.core.model.Label;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.source.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Label lines ({@code **Clave:** valor}) found in paragraphs, with their file line and column. */
class LabelLinesTest {

    @Test
    void findsLabelsInParagraphLinesWithLineAndColumn() {
        String text = "# Título\r\n\r\n**Criticidad:** ALTA\r\nTexto libre: no es etiqueta\r\n"
                + "  **Frecuencia**: mensual\r\n**Negrita sin dos puntos**\r\n- [x] **Hecho:** sí\r\n\r\n"
                + "```\r\n**Versión:** dentro de código\r\n```\r\n";
        MarkdownDocument doc = new MarkdownReader().read(SourceText.of(text));
        List<Label> labels = doc.labels();
        assertEquals(3, labels.size(), labels::toString);
        assertLabel(labels.get(0), "Criticidad", "criticidad", "ALTA", 3, 1);
        assertLabel(labels.get(1), "Frecuencia", "frecuencia", "mensual", 5, 3);
        assertLabel(labels.get(2), "Hecho", "hecho", "sí", 7, 7);
    }

    private static void assertLabel(Label label, String key, String folded, String value, int line, int column) {
        assertEquals(key, label.key());
        assertEquals(folded, label.folded());
        assertEquals(value, label.value());
        assertEquals(line, label.line());
        assertEquals(column, label.column());
    }
}
