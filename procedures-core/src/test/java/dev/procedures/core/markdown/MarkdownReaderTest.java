package dev.procedures.core.markdown;

import dev.procedures.core.model.HtmlComment;
import dev.procedures.core.model.Label;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.Table;
import dev.procedures.core.source.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReaderTest {

    private final MarkdownReader reader = new MarkdownReader();

    /**
     * Code content is taken as one slice of the source where flexmark's content lines follow one
     * another; it must be exactly flexmark's {@code getContentChars()}, also where lines are
     * stripped (lists, quotes, indented code), end in CRLF, or the fence is never closed.
     */
    @Test
    void codeContentIsFlexmarksContent() {
        List<String> documents = List.of(
                "```sh\nkubectl get pods\n  -n x\n```\n",
                "```\n```\n",
                "```\n\n\n```\n",
                "- paso\n\n  ```bash\n  echo a\n    echo b\n  ```\n",
                "1. paso\n   ~~~\n   uno\n\n   dos\n   ~~~\n",
                "> ```\n> citado\n> ```\n",
                "    indentado\n    dos\n\n    tres\n",
                "```\r\ncrlf\r\n```\r\n",
                "  ```\n  sangrado\n sangrado\nno\n  ```\n",
                "```\nsin cerrar\nhasta el final",
                "\t```\n\tcon tabulador\n\t```\n");
        for (String markdown : documents) {
            List<String> expected = new java.util.ArrayList<>();
            for (com.vladsch.flexmark.util.ast.Node n : CoreFlexmark.nodes(markdown,
                    com.vladsch.flexmark.util.ast.Node.class)) {
                if (n instanceof com.vladsch.flexmark.ast.FencedCodeBlock
                        || n instanceof com.vladsch.flexmark.ast.IndentedCodeBlock) {
                    expected.add(((com.vladsch.flexmark.util.ast.ContentNode) n).getContentChars().toString());
                }
            }
            List<String> actual = read(markdown).codeBlocks().stream().map(c -> c.content()).toList();
            assertEquals(expected, actual, () -> "document '" + markdown + "'");
            assertFalse(expected.isEmpty(), () -> "document '" + markdown + "' has code");
        }
    }

    private MarkdownDocument read(String text) {
        return reader.read(SourceText.of(text));
    }

    private static List<String> headings(MarkdownDocument d) {
        return d.headings().stream().map(h -> h.level() + ":" + h.line() + ":" + h.text()).toList();
    }

    @Test
    void labelsOutsideCodeOnly() {
        MarkdownDocument d = read("""
                # T

                **Criticidad:** ALTA
                **Frecuencia**: mensual
                - [ ] **Responsable:** Ana

                ```
                **Criticidad:** BAJA
                ```

                    **Version:** 9.9.9

                Texto con **negrita** normal.
                """);
        assertEquals(List.of(
                new Label("Criticidad", "criticidad", "ALTA", 3, 1),
                new Label("Frecuencia", "frecuencia", "mensual", 4, 1)),
                d.labels().stream().filter(l -> l.line() < 5).toList());
        assertEquals(List.of("criticidad", "frecuencia", "responsable"),
                d.labels().stream().map(Label::folded).toList());
    }

    @Test
    void labelsOnEveryLineOfABlockQuote() {
        MarkdownDocument d = read("# T\n\n> **Criticidad:** ALTA\n> **Frecuencia:** mensual\n>> **Version:** 1.0.0\n");
        assertEquals(List.of(
                new Label("Criticidad", "criticidad", "ALTA", 3, 3),
                new Label("Frecuencia", "frecuencia", "mensual", 4, 3),
                new Label("Version", "version", "1.0.0", 5, 4)), d.labels());
    }

    @Test
    void setextHeadings() {
        MarkdownDocument d = read("PROC-BACKEND-001: Título\n========\n\nPropósito\n---------\n\ntexto\n");
        assertEquals(List.of("1:1:PROC-BACKEND-001: Título", "2:4:Propósito"), headings(d));
        assertEquals("proposito", d.headings().get(1).key());
    }

    @Test
    void headingsInsideCodeAreIgnored() {
        MarkdownDocument d = read("""
                # Real

                ```bash
                # comentario de bash
                ## no es sección
                ```

                ~~~
                ## tampoco
                ~~~

                    ## ni indentado

                ## Sección
                """);
        assertEquals(List.of("1:1:Real", "2:14:Sección"), headings(d));
        assertEquals(3, d.codeBlocks().size());
        assertEquals("bash", d.codeBlocks().get(0).info());
        assertEquals(3, d.codeBlocks().get(0).startLine());
        assertEquals(4, d.codeBlocks().get(0).contentStartLine());
        assertEquals(6, d.codeBlocks().get(0).endLine());
        assertEquals(12, d.codeBlocks().get(2).startLine());
        assertFalse(d.codeBlocks().get(2).fenced());
    }

    @Test
    void tablesWithEscapedPipes() {
        MarkdownDocument d = read("""
                # T

                | Comando | Uso |
                |---------|-----|
                | `a \\| b` | tubería |
                | c | d |
                """);
        assertEquals(1, d.tables().size());
        Table t = d.tables().get(0);
        assertEquals(3, t.line());
        assertEquals(List.of("Comando", "Uso"), t.header());
        assertEquals(new Table.Row(5, List.of("`a \\| b`", "tubería")), t.rows().get(0));
        assertEquals(new Table.Row(6, List.of("c", "d")), t.rows().get(1));
    }

    @Test
    void htmlCommentsBlockAndInline() {
        MarkdownDocument d = read("""
                # T

                <!-- bloque
                de dos líneas -->

                Texto <!-- en línea --> y más.

                ```
                <!-- en código -->
                ```
                """);
        List<HtmlComment> c = d.comments();
        assertEquals(2, c.size(), c.toString());
        assertEquals("bloque\nde dos líneas", c.get(0).text());
        assertEquals(3, c.get(0).line());
        assertTrue(c.get(0).block());
        assertEquals("en línea", c.get(1).text());
        assertEquals(6, c.get(1).line());
        assertFalse(c.get(1).block());
    }

    @Test
    void crlfAndBomGiveTheSameLinesAsLf() {
        String lf = """
                ---
                id: PROC-BACKEND-001
                ---

                # PROC-BACKEND-001: T

                **Criticidad:** ALTA

                ## Pasos

                ```
                x
                ```

                | a | b |
                |---|---|
                | 1 | 2 |

                <!-- c -->
                """;
        MarkdownDocument a = read(lf);
        MarkdownDocument b = read("\uFEFF" + lf.replace("\n", "\r\n"));
        assertTrue(b.source().hasBom());
        assertEquals(headings(a), headings(b));
        assertEquals(List.of("1:5:PROC-BACKEND-001: T", "2:9:Pasos"), headings(a));
        assertEquals(a.labels(), b.labels());
        assertEquals(a.tables(), b.tables());
        assertEquals(a.codeBlocks().get(0).startLine(), b.codeBlocks().get(0).startLine());
        assertEquals(a.codeBlocks().get(0).endLine(), b.codeBlocks().get(0).endLine());
        assertEquals(a.comments().get(0).line(), b.comments().get(0).line());
        assertEquals(a.frontMatter().orElseThrow().entries(), b.frontMatter().orElseThrow().entries());
        assertEquals(a.frontMatter().orElseThrow().endLine(), b.frontMatter().orElseThrow().endLine());
        assertEquals(3, a.frontMatter().orElseThrow().endLine());
    }
}
