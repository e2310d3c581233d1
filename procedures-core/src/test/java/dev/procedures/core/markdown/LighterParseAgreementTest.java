package dev.procedures.core.markdown;

import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.source.SourceReader;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.source.UnreadableSourceException;
import dev.procedures.core.testing.RandomText;
import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader parses less than flexmark would (inline content only where a link or comment can be,
 * a heading parser that does not rebuild the open paragraph): on random documents made of the
 * pieces of Markdown syntax that matter (links, comments, and the starts of the blocks whose
 * parsers sit behind a first-character test: headings, fences, thematic breaks), it must read
 * exactly the facts (links, comments, headings, labels, blocks, code, tables) it reads from a
 * complete parse.
 */
class LighterParseAgreementTest {

    private static final String[] PIECES = {
            "[", "]", "(", ")", "<", ">", "<!-- c -->", "<!--", "-->", "`", "\\", "!", "texto", "a", " ", "  ",
            "\n", "\n", "\n\n", "- ", "> ", "1. ", "| ", " |", "|---|---|\n", "# ", "## ", "===\n", "---\n",
            "[r]: /u\n", "[R]", "https://x.example", "<https://y.example>", "*", "**", "&#93;", "](", "][", "[ ] ",
            "    ", "\t", "```\n", "~~~\n", "[g](g.md)", "[e][r]", "[r][]", "![i](i.png)", ":", "\"t\"",
            // block starts behind the first-character gates: breaks, fences, setext underlines
            "***\n", "___\n", "- - -\n", "* * *", "_", "-", "=", "#", "####### ", "~~~ sh\n", "```yaml\n", "``",
            // list markers behind their gate: bullets, ordinals, nesting
            "+ ", "* ", "2) ", "10. ", "   - ", "  1. ", "-\n", "1.\n",
    };

    @Test
    void findsWhatACompleteParseFinds() {
        Random random = new Random(20261129L);
        int links = 0;
        int headings = 0;
        for (int n = 0; n < 20_000; n++) {
            String markdown = RandomText.pieces(random, 1 + random.nextInt(40), PIECES);
            List<String> expected = complete(markdown);
            List<String> actual = reader(markdown);
            assertEquals(expected, actual, () -> "document '" + markdown.replace("\n", "\\n") + "'");
            links += (int) expected.stream().filter(s -> s.startsWith("link ")).count();
            headings += (int) expected.stream().filter(s -> s.startsWith("heading ")).count();
        }
        assertTrue(links > 2_000 && headings > 2_000, "the documents must hold links and headings: " + links
                + " links, " + headings + " headings");
    }

    /**
     * Lines at the edge of the first-character tests: breaks and underlines with inner blanks or a
     * trailing Unicode line terminator (which a regex {@code $} accepts), list items that start like
     * a break, indented and tabbed starts.
     */
    @Test
    void edgeLinesOfTheBlockStartTestsAgree() {
        List<String> documents = List.of("a\n---\u2028", "a\n===\u2029", "***\u0085", "- - -\n", "-- -x\n",
                "  ---  \n", "text\n  ===\n", "text\n= =\n", "\t***\n", "_ _ _\n", "__x\n", "* * *\r\n", "- a\n- b\n",
                "``` a\ncode\n```\n", "~~~~\n~~~\n~~~~\n", "#\n", "#x\n", "   # h\n", "    # code\n",
                "> ---\n> a\n> ---\n", "1. x\n   ---\n", "a\n--- x\n", "---\ntitulo: x\n---\n# T\n");
        for (String markdown : documents) {
            List<String> expected = complete(markdown);
            assertEquals(expected, reader(markdown), () -> "document '" + markdown + "'");
            assertTrue(!expected.isEmpty(), () -> "document '" + markdown + "' has blocks");
        }
    }

    /** Every Markdown file of the shared corpora and cases, and of this module's test resources. */
    @Test
    void readsEveryRealFileAsACompleteParseDoes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(SharedData.require("corpus"), SharedData.require("cases"), Path.of("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        SourceReader decoder = new SourceReader(StandardCharsets.UTF_8);
        int read = 0;
        for (Path f : files) {
            String text;
            try {
                text = decoder.read(f).text();
            } catch (UnreadableSourceException e) {
                continue; // the cases of bad encodings
            }
            assertEquals(complete(text), reader(text), () -> f.toString());
            read++;
        }
        assertTrue(read > 50, "files read: " + read);
    }

    /** The facts the reader takes from a complete parse. */
    private static List<String> complete(String markdown) {
        return facts(new MarkdownReader(CoreFlexmark.parser()).read(SourceText.of(markdown)));
    }

    /** The facts the reader takes from its own, lighter parse. */
    private static List<String> reader(String markdown) {
        return facts(new MarkdownReader().read(SourceText.of(markdown)));
    }

    private static List<String> facts(MarkdownDocument doc) {
        List<String> found = new ArrayList<>();
        doc.links().forEach(l -> found.add("link " + l));
        doc.comments().forEach(c -> found.add("comment " + c));
        doc.headings().forEach(h -> found.add("heading " + h));
        doc.labels().forEach(l -> found.add("label " + l));
        doc.blocks().forEach(b -> found.add("block " + b));
        doc.codeBlocks().forEach(c -> found.add("code " + c));
        doc.tables().forEach(t -> found.add("table " + t));
        return found;
    }
}
