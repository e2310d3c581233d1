package dev.procedures.core.reading;

import dev.procedures.core.markdown.MarkdownReader;
import dev.procedures.core.model.Heading;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.source.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one-pass section ends of {@link ProcedureReader} equal {@link MarkdownDocument#sectionEnd}. */
class SectionEndsTest {

    @Test
    void endsBeforeNextHeadingOfSameOrHigherLevel() {
        String text = String.join("\n", "# Título", "intro", "## A", "### A.1", "texto", "#### A.1.a", "## B",
                "### B.1", "# Otro", "## C", "fin", "");
        MarkdownDocument doc = new MarkdownReader().read(SourceText.of(text));
        int[] ends = ProcedureReader.sectionEnds(doc.headings(), doc.source().lineCount());
        // lines:      1  3  4  6  7  8   9  10
        assertArrayEquals(new int[] {8, 6, 6, 6, 8, 8, 12, 12}, ends);
    }

    @Test
    void equalsSectionEndOnRandomOutlines() {
        Random random = new Random(7);
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder();
            int count = random.nextInt(30);
            for (int i = 0; i < count; i++) {
                sb.append("#".repeat(1 + random.nextInt(6))).append(" H").append(i).append('\n');
                for (int k = random.nextInt(3); k > 0; k--) {
                    sb.append("texto\n\n");
                }
            }
            MarkdownDocument doc = new MarkdownReader().read(SourceText.of(sb.toString()));
            List<Heading> headings = doc.headings();
            int[] ends = ProcedureReader.sectionEnds(headings, doc.source().lineCount());
            for (int i = 0; i < headings.size(); i++) {
                assertEquals(doc.sectionEnd(headings.get(i)), ends[i], "heading " + i + " of:\n" + sb);
            }
        }
    }
}
