package dev.procedures.core.markdown;

import com.vladsch.flexmark.ast.Heading;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.source.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reader's heading parser must find exactly the headings flexmark's core one finds. */
class DeferredParagraphHeadingFactoryTest {

    private static List<String> core(String markdown) {
        return CoreFlexmark.nodes(markdown, Heading.class).stream()
                .map(h -> h.getLevel() + " " + h.getText().toString().trim()).toList();
    }

    private static List<String> reader(String markdown) {
        MarkdownDocument doc = new MarkdownReader().read(SourceText.of(markdown));
        return doc.headings().stream().map(h -> h.level() + " " + h.text()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "# Título\n\n## Paso 1: Preparar ##\n\nTexto.\n",
            "Título largo\nen dos líneas\n=============\n\nSección\n-------\n",
            "Texto\n\n---\n\nMás texto\n---\n",
            "- elemento\n  Subtítulo\n  ---\n",
            "> Cita\n> ===\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n---\n",
            "    ## código\n\n####### siete\n\n#sin espacio\n",
            "---\ntitulo: x\n---\n# Después del front matter\n",
            "Párrafo\n    ---\n\nOtro\n   ===\n",
    })
    void findsTheHeadingsOfTheCoreParser(String markdown) {
        assertEquals(core(markdown), reader(markdown));
    }
}
