package dev.procedures.core.markdown;

import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Link;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.testing.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reader parses inline content only where a link or an inline HTML comment can be; whatever
 * the text, it must find exactly the links and comments a complete flexmark parse finds.
 */
class LinkAndCommentInlineParserTest {

    /** Offsets and URLs of the links, and offsets of the inline comments, of a complete parse. */
    private static List<String> complete(String markdown) {
        List<String> found = new ArrayList<>();
        CoreFlexmark.nodes(markdown, Link.class).forEach(l -> found.add("link " + l.getStartOffset() + " " + l.getUrl()));
        CoreFlexmark.nodes(markdown, HtmlInlineComment.class).forEach(c -> found.add("comment " + c.getStartOffset()));
        return found;
    }

    private static List<String> reader(String markdown) {
        SourceText source = SourceText.of(markdown);
        MarkdownDocument doc = new MarkdownReader().read(source);
        List<String> found = new ArrayList<>();
        doc.links().forEach(l -> found.add("link " + (source.lineStart(l.line()) + l.column() - 1) + " " + l.url()));
        doc.comments().stream().filter(c -> !c.block()).forEach(c -> found.add("comment " + c.startOffset()));
        found.sort(null);
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ver [guía](https://example.com/guia) y [otra](otra.md).\n",
            "Ver [guía] (https://example.com/guia): no es un enlace.\n",
            "Ver [guía]\n(https://example.com/guia)\n",
            "Ver [guía][g].\n\n[g]: https://example.com/g\n",
            "Ver [guía][].\n\n[guía]: https://example.com/g\n",
            "Ver [Guía] y [nada].\n\n[guía]: https://example.com/g\n",
            "[g]: https://example.com/g\n\nAntes: [g], después.\n",
            "Sin definiciones: [guía] y [ ] y [x].\n",
            "- [ ] tarea\n- [x] hecha con [enlace](a.md)\n",
            "Texto <!-- nota --> y <https://example.com> y <b>x</b>.\n",
            "`[no](enlace)` y `<!-- no -->` en código.\n",
            "[![img](i.png)](https://example.com/x)\n",
            "\\[no](enlace) y [sí](enlace)\n",
            "[a](<b c>) y [d](e \"título\")\n",
            "## Paso 1: [ver](a.md) <!-- x -->\n\nTexto.\n",
            "| Col | Enlace |\n|---|---|\n| a | [b](c.md) |\n| d | <!-- e --> |\n",
            "> cita con [enlace](a.md)\n> y <!-- nota -->\n",
            "[abierto](sin-cerrar\n",
            "**Clave:** [valor](v.md)\n",
            "Reiniciar <servicio> con <https://example.com> y <span title=\"[a](b)\">x</span>\n",
            "Texto <!-\n-> no y <!--\nsí -->\n",
    })
    void findsTheLinksAndCommentsOfACompleteParse(String markdown) {
        List<String> expected = new ArrayList<>(complete(markdown));
        expected.sort(null);
        assertEquals(expected, reader(markdown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "plain text; false; false",
            "a [task] box; false; false",
            "a [task] box; true; true",
            "a [link](x); false; true",
            "a [full][ref]; false; true",
            "a <!-- comment -->; false; true",
            "a <https://x>; false; false",
            "run <servicio> now; false; false",
            "a <!- no; false; false",
            "a <!--; false; true",
            "a ] (x); false; false",
    })
    void parsesOnlyWhatCanHoldALinkOrAComment(String text, boolean references, boolean parsed) {
        assertEquals(parsed, LinkAndCommentInlineParser.mayHoldLinkOrComment(text, references));
    }

    /** The marker positions of a whole text answer as the character loop does on any slice of it. */
    @Test
    void markersOfTheWholeTextAnswerAsTheLoopOnEverySlice() {
        Random random = new Random(20261130);
        String alphabet = "[]()<!-x \n";
        for (int t = 0; t < 5_000; t++) {
            String text = RandomText.chars(random, random.nextInt(40), alphabet);
            LinkAndCommentInlineParser.Markers markers = new LinkAndCommentInlineParser.Markers(text);
            for (int k = 0; k < 20; k++) {
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(text.length() - from + 1);
                for (boolean references : new boolean[] {false, true}) {
                    assertEquals(LinkAndCommentInlineParser.mayHoldLinkOrComment(text.substring(from, to), references),
                            markers.within(from, to, references), text + " [" + from + ", " + to + ") " + references);
                }
            }
        }
    }
}
