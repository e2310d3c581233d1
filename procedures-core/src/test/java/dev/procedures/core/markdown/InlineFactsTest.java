package dev.procedures.core.markdown;

import dev.procedures.core.model.HtmlComment;
import dev.procedures.core.model.Link;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.source.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Links and inline comments are found in paragraphs, headings and table cells, never in code. */
class InlineFactsTest {

    @Test
    void findsLinksAndInlineCommentsWhereverTheyAre() {
        String text = String.join("\n",
                "# Título con [enlace](a.md)",
                "",
                "Texto sin nada especial, ni corchetes.",
                "Ver [PROC-001](PROC-001-x.md) y <!-- nota --> fin.",
                "",
                "| Id | Doc |",
                "|----|-----|",
                "| 1 | [doc](b.md) |",
                "",
                "    [no](codigo.md)",
                "");
        MarkdownDocument doc = new MarkdownReader().read(SourceText.of(text));
        List<Link> links = doc.links();
        assertEquals(3, links.size(), links::toString);
        assertEquals("a.md", links.get(0).url());
        assertEquals(1, links.get(0).line());
        assertEquals("PROC-001-x.md", links.get(1).url());
        assertEquals("PROC-001", links.get(1).text());
        assertEquals(4, links.get(1).line());
        assertEquals(5, links.get(1).column());
        assertEquals("b.md", links.get(2).url());
        assertEquals(8, links.get(2).line());
        List<HtmlComment> comments = doc.comments();
        assertEquals(1, comments.size(), comments::toString);
        assertEquals("nota", comments.get(0).text());
        assertEquals(4, comments.get(0).line());
    }
}
