package dev.procedures.core.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.ContentNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.procedures.core.frontmatter.FrontMatter;
import dev.procedures.core.frontmatter.FrontMatterParser;
import dev.procedures.core.frontmatter.FrontMatterProblem;
import dev.procedures.core.model.Block;
import dev.procedures.core.model.CodeBlock;
import dev.procedures.core.model.Heading;
import dev.procedures.core.model.HtmlComment;
import dev.procedures.core.model.Label;
import dev.procedures.core.model.Link;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.Table;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Markdown with flexmark-java (CommonMark with GFM tables and YAML front matter) and
 * extracts, in one walk of the syntax tree, the facts every rule needs (see
 * {@link MarkdownDocument}). The syntax tree is dropped afterwards.
 *
 * <p>Thread-safe: the flexmark {@link Parser} is immutable and shared.
 */
public final class MarkdownReader {

    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), SharedTableParagraphPreProcessor.create()));
        options.set(Parser.HEADING_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
        options.set(Parser.LIST_BLOCK_PARSER, false);
        // a custom inline parser factory drops flexmark's core paragraph pre-processor for link
        // reference definitions: register it again
        PARSER = Parser.builder(options).customInlineParserFactory(LinkAndCommentInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .customBlockParserFactory(new DeferredParagraphHeadingFactory())
                .customBlockParserFactory(new GatedBlockParserFactory.FencedCode())
                .customBlockParserFactory(new GatedBlockParserFactory.ThematicBreak())
                .customBlockParserFactory(new GatedBlockParserFactory.ListBlock()).build();
    }

    private static final Pattern QUOTE_MARKERS = Pattern.compile("(?:[ \t]*>[ \t]?)+");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    private static final Pattern DISPLAY_MARKUP = Pattern.compile("\\*\\*|__|`");
    private static final Set<String> DELIMITERS = Set.of("---", "...");

    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    private final Parser parser;

    /** A reader with the shared parser. */
    public MarkdownReader() {
        this(PARSER);
    }

    /**
     * A reader with another flexmark parser of the same extensions, for tests that compare the
     * lighter parse with a complete one.
     *
     * @param parser the parser
     */
    MarkdownReader(Parser parser) {
        this.parser = parser;
    }

    /**
     * Parses one document.
     *
     * @param source the decoded text
     * @return the extracted facts
     */
    public MarkdownDocument read(SourceText source) {
        Document document = parser.parse(source.text());
        Walk walk = new Walk(source);
        walk.children(document);
        if (walk.unclosedFrontMatter) {
            // flexmark takes an unclosed front matter block to the end of the file, hiding the whole
            // body; parse again with the opening delimiter blanked (same offsets, same lines)
            int delimiterEnd = source.line(1).length();
            String masked = " ".repeat(delimiterEnd) + source.text().substring(delimiterEnd);
            walk = new Walk(source);
            walk.children(parser.parse(masked));
        }
        Optional<FrontMatter> frontMatter = walk.frontMatter;
        if (frontMatter.isEmpty() && startsWithDelimiter(source)) {
            frontMatter = Optional.of(new FrontMatter(1, 1, List.of(), List.of(new FrontMatterProblem(1, 1,
                    "front matter opened with '---' at line 1 is never closed; add a closing '---' line")), Set.of(),
                    false));
        }
        return new MarkdownDocument(source, frontMatter, walk.headings, walk.blocks, walk.codeBlocks, walk.tables,
                walk.labels, walk.links, walk.comments);
    }

    private static boolean startsWithDelimiter(SourceText source) {
        return source.line(1).strip().equals("---") && source.lineCount() > 1;
    }

    private final class Walk {
        private final SourceText source;
        private final List<Heading> headings = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private final List<CodeBlock> codeBlocks = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<Label> labels = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<HtmlComment> comments = new ArrayList<>();
        private Optional<FrontMatter> frontMatter = Optional.empty();
        private boolean unclosedFrontMatter;
        private final int[] labelGroups = new int[10];
        private int cursor = 1;

        Walk(SourceText source) {
            this.source = source;
        }

        void children(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                node(n);
            }
        }

        /**
         * {@link SourceText#lineAt}, starting from the line of the previous call: the walk visits
         * nodes in file order, so the answer is nearly always that line or one of the next few; a
         * paragraph's labels and links come after its last line, a few lines back.
         */
        int line(int offset) {
            int o = Math.max(0, offset);
            int c = cursor;
            int n = source.lineCount();
            if (o >= source.lineStart(c)) {
                for (int k = 0; k < 8; k++) {
                    if (c == n || o < source.lineStart(c + 1)) {
                        cursor = c;
                        return c;
                    }
                    c++;
                }
            } else {
                for (int k = 0; k < 8 && c > 1; k++) {
                    c--;
                    if (o >= source.lineStart(c)) {
                        cursor = c;
                        return c;
                    }
                }
            }
            cursor = source.lineAt(o);
            return cursor;
        }

        /** {@link SourceText#columnAt} by way of {@link #line}. */
        int column(int offset) {
            return offset - source.lineStart(line(offset)) + 1;
        }

        /**
         * The text of a flexmark sequence. A {@link SubSequence} of the parsed text is a plain
         * slice of it, taken with {@link String#substring}; flexmark's own {@code toString()}
         * copies it character by character. Other sequences (segmented content) use it.
         */
        String str(BasedSequence chars) {
            if (chars instanceof SubSequence && chars.getBase() == source.text()) {
                return source.text().substring(chars.getStartOffset(), chars.getEndOffset());
            }
            return chars.toString();
        }

        /**
         * The content of a code block: {@code getContentChars()} concatenates its lines into a new
         * segmented sequence; where the lines follow one another unchanged in the source (a fence
         * outside lists and quotes), the same text is one slice of it.
         */
        String content(ContentNode node) {
            List<BasedSequence> lines = node.getContentLines();
            if (lines.isEmpty()) {
                return str(node.getContentChars());
            }
            String text = source.text();
            int start = lines.get(0).getStartOffset();
            int at = start;
            for (BasedSequence l : lines) {
                if (!(l instanceof SubSequence) || l.getBase() != text || l.getStartOffset() != at) {
                    return str(node.getContentChars());
                }
                at = l.getEndOffset();
            }
            return text.substring(start, at);
        }

        int endLine(Node n) {
            int end = n.getEndOffset();
            if (end > n.getStartOffset()) {
                end--;
            }
            while (end > n.getStartOffset() && (source.text().charAt(end) == '\n' || source.text().charAt(end) == '\r')) {
                end--;
            }
            return line(end);
        }

        void node(Node n) {
            if (n instanceof YamlFrontMatterBlock) {
                frontMatter(n);
            } else if (n instanceof com.vladsch.flexmark.ast.Heading h) {
                String text = str(h.getText());
                headings.add(new Heading(h.getLevel(), display(text), TextNormalizer.fold(text),
                        line(h.getText().getStartOffset()), column(h.getStartOffset())));
                children(h); // inline nodes exist only where a link or comment can be (LinkAndCommentInlineParser)
            } else if (n instanceof FencedCodeBlock f) {
                int start = line(f.getStartOffset());
                String content = content(f);
                int contentStart = content.isEmpty() ? start + 1 : line(f.getContentLines().get(0).getStartOffset());
                int end = endLine(f);
                codeBlocks.add(new CodeBlock(str(f.getInfo()).trim(), content, start, contentStart, end, true));
                blocks.add(new Block(Block.Kind.CODE, start, end, content));
            } else if (n instanceof IndentedCodeBlock c) {
                int start = line(c.getStartOffset());
                int end = endLine(c);
                String content = content(c);
                codeBlocks.add(new CodeBlock("", content, start, start, end, false));
                blocks.add(new Block(Block.Kind.CODE, start, end, content));
            } else if (n instanceof Paragraph p) {
                paragraph(p);
            } else if (n instanceof TableBlock t) {
                table(t);
            } else if (n instanceof HtmlCommentBlock || n instanceof HtmlBlock) {
                htmlBlock(n);
            } else if (n instanceof ThematicBreak) {
                int l = line(n.getStartOffset());
                blocks.add(new Block(Block.Kind.THEMATIC_BREAK, l, l, str(n.getChars())));
            } else if (n instanceof com.vladsch.flexmark.ast.Link link) {
                links.add(new Link(str(link.getUrl()), str(link.getText()),
                        line(link.getStartOffset()), column(link.getStartOffset())));
                children(n);
            } else if (n instanceof HtmlInlineComment c) {
                comment(str(c.getChars()), c.getStartOffset(), false);
            } else {
                children(n);
            }
        }


        void frontMatter(Node block) {
            int start = block.getStartOffset();
            int end = block.getEndOffset();
            int firstBreak = source.text().indexOf('\n', start);
            int startLine = line(start);
            if (firstBreak < 0 || firstBreak >= end) {
                return;
            }
            int yamlStart = firstBreak + 1;
            int lastLine = endLine(block);
            int yamlEnd = end;
            int endLine = lastLine;
            if (lastLine > startLine && DELIMITERS.contains(source.line(lastLine).strip())) {
                yamlEnd = source.lineStart(lastLine);
            } else {
                unclosedFrontMatter = true;
                return;
            }
            String yaml = source.text().substring(yamlStart, Math.max(yamlStart, yamlEnd)).replace("\r\n", "\n");
            frontMatter = Optional.of(frontMatterParser.parse(yaml, startLine + 1, startLine, endLine));
        }

        void paragraph(Paragraph p) {
            int start = line(p.getStartOffset());
            int end = endLine(p);
            String text = str(p.getChars());
            blocks.add(new Block(Block.Kind.PARAGRAPH, start, end, text));
            int offset = p.getStartOffset();
            boolean quoted = p.getAncestorOfType(BlockQuote.class) != null;
            boolean first = true;
            int from = 0;
            while (from <= text.length()) {
                int nl = text.indexOf('\n', from);
                int lineEnd = nl < 0 ? text.length() : nl;
                int stop = lineEnd > from && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
                // continuation lines of a paragraph in a block quote still carry their '>' markers
                int skip = 0;
                if (quoted && !first) {
                    Matcher q = QUOTE_MARKERS.matcher(text).region(from, stop);
                    skip = q.lookingAt() ? q.end() - from : 0;
                }
                if (mayBeLabel(text, from + skip, stop)) {
                    int[] g = labelGroups;
                    if (LabelSyntax.match(text, from + skip, stop, g) && (g[4] < g[5] || g[6] < g[7])) {
                        String key = text.substring(g[2], g[3]).trim();
                        int lineNo = line(offset);
                        labels.add(new Label(key, TextNormalizer.fold(key), text.substring(g[8], g[9]).trim(), lineNo,
                                column(offset) + skip + g[1] - g[0]));
                    }
                }
                offset += lineEnd - from + 1;
                first = false;
                if (nl < 0) {
                    break;
                }
                from = nl + 1;
            }
            children(p);
        }

        void table(TableBlock t) {
            int start = line(t.getStartOffset());
            int end = endLine(t);
            blocks.add(new Block(Block.Kind.TABLE, start, end, str(t.getChars())));
            List<String> header = new ArrayList<>();
            List<Table.Row> rows = new ArrayList<>();
            for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
                boolean head = section instanceof TableHead;
                boolean body = section instanceof TableBody;
                if (!head && !body) {
                    continue;
                }
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell c) {
                            cells.add(str(c.getText()).trim());
                            children(c);
                        }
                    }
                    if (head && header.isEmpty()) {
                        header.addAll(cells);
                    } else if (body) {
                        rows.add(new Table.Row(line(row.getStartOffset()), List.copyOf(cells)));
                    }
                }
            }
            tables.add(new Table(start, List.copyOf(header), List.copyOf(rows)));
        }

        void htmlBlock(Node n) {
            int start = line(n.getStartOffset());
            int end = endLine(n);
            String text = str(n.getChars());
            blocks.add(new Block(Block.Kind.HTML, start, end, text));
            Matcher m = HTML_COMMENT.matcher(text);
            while (m.find()) {
                comment(m.group(), n.getStartOffset() + m.start(), true);
            }
        }

        void comment(String raw, int offset, boolean block) {
            String inner = raw;
            if (inner.startsWith("<!--")) {
                inner = inner.substring(4);
            }
            if (inner.endsWith("-->")) {
                inner = inner.substring(0, inner.length() - 3);
            }
            comments.add(new HtmlComment(inner.trim(), line(offset), offset, offset + raw.length(), block));
        }
    }

    static String display(String text) {
        if (text.indexOf('*') < 0 && text.indexOf('_') < 0 && text.indexOf('`') < 0) {
            return text.trim();
        }
        return DISPLAY_MARKUP.matcher(text).replaceAll("").trim();
    }

    /**
     * A necessary condition for a label on {@code text[from, end)}: after leading white space
     * comes {@code **} or a task box {@code [} ({@link LabelSyntax}), and a colon follows (a match
     * without one is not a label). Skips the regex for most lines.
     */
    private static boolean mayBeLabel(String text, int from, int end) {
        int i = from;
        while (i < end && LabelSyntax.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= end) {
            return false;
        }
        char c = text.charAt(i);
        if (c != '[' && !(c == '*' && i + 1 < end && text.charAt(i + 1) == '*')) {
            return false;
        }
        int colon = text.indexOf(':', i);
        return colon >= 0 && colon < end;
    }
}
