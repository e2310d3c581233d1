package dev.procedures.core.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.CharacterNodeFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * flexmark's own inline parser, asked to parse the inline content of a block (paragraph, heading,
 * table cell) only when that content can hold what {@link MarkdownReader} takes from inline
 * nodes: links and inline HTML comments. Everything else the reader needs (heading and cell
 * text, labels, code blocks, tables, front matter, link reference definitions) comes from the
 * block parse, which is unchanged; so do the custom inline parses block parsers make (the table
 * extension splits rows into cells with {@link #parseCustom}).
 *
 * <p>A block can hold a link only if it has {@code ](} (inline link, CommonMark 0.31 section
 * 6.3: no white space between the link text and the destination), {@code ][} (full or collapsed
 * reference link) or, when the document defines references, a {@code [} (shortcut reference);
 * an inline HTML comment needs {@code <!--}. Autolinks and raw inline HTML ({@code <url>},
 * {@code <servicio>}) give no node the reader takes, and cannot hide a link or comment in a block
 * without those markers. Other blocks (most of a runbook: prose, task boxes {@code - [ ]}, bold
 * labels, placeholders, code spans) keep their inline content unparsed, which saves about half of
 * flexmark's work on them.
 */
final class LinkAndCommentInlineParser extends InlineParserImpl {

    LinkAndCommentInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors,
                               LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    /** Set while a block parser (the table extension splitting a row into cells) parses through {@link #parseCustom}. */
    private boolean custom;

    /** The document being parsed; a block parser may ask for a node not yet in it (a table caption). */
    private Document document;

    @Override
    public void initializeDocument(Document document) {
        this.document = document;
        super.initializeDocument(document);
    }

    /** The markers of the document's text, found on the first block that is a plain slice of it. */
    private Markers markers;

    @Override
    public void parse(BasedSequence input, Node block) {
        if (custom || mayHold(input, !Parser.REFERENCES.get(document).isEmpty())) {
            super.parse(input, block);
        }
    }

    /**
     * {@link #mayHoldLinkOrComment} for the inline content of a block: where it is a plain slice of
     * the document's text (nearly always), by a binary search in the marker positions of the whole
     * text, found once with {@link String#indexOf}; else character by character.
     */
    private boolean mayHold(BasedSequence input, boolean hasReferences) {
        if (input instanceof SubSequence && input.getBase() instanceof String text) {
            if (markers == null || markers.text != text) {
                markers = new Markers(text);
            }
            return markers.within(input.getStartOffset(), input.getEndOffset(), hasReferences);
        }
        return mayHoldLinkOrComment(input, hasReferences);
    }

    /**
     * Where a text holds the markers {@link #mayHoldLinkOrComment} looks for, in ascending order:
     * the {@code ]} of every {@code ](} and {@code ][}, the {@code <} of every {@code <!--} and,
     * on first need, every {@code [}.
     */
    static final class Markers {
        final String text;
        private final int[] closeBrackets;
        private final int[] comments;
        private int[] openBrackets;

        Markers(String text) {
            this.text = text;
            int[] close = new int[16];
            int n = 0;
            for (int i = text.indexOf(']'); i >= 0 && i + 1 < text.length(); i = text.indexOf(']', i + 1)) {
                char next = text.charAt(i + 1);
                if (next == '(' || next == '[') {
                    close = n == close.length ? Arrays.copyOf(close, n * 2) : close;
                    close[n++] = i;
                }
            }
            closeBrackets = Arrays.copyOf(close, n);
            comments = all(text, "<!--");
        }

        private static int[] all(String text, String marker) {
            int[] at = new int[16];
            int n = 0;
            for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
                at = n == at.length ? Arrays.copyOf(at, n * 2) : at;
                at[n++] = i;
            }
            return Arrays.copyOf(at, n);
        }

        /**
         * @return {@link #mayHoldLinkOrComment} of {@code text[from, to)}: a marker that starts at
         *         or after {@code from} and ends before {@code to}
         */
        boolean within(int from, int to, boolean hasReferences) {
            if (hasReferences) {
                if (openBrackets == null) {
                    openBrackets = all(text, "[");
                }
                if (startsWithin(openBrackets, from, to, 1)) {
                    return true;
                }
            }
            return startsWithin(comments, from, to, 4) || startsWithin(closeBrackets, from, to, 2);
        }

        /** Whether some marker of {@code length} characters starts at one of {@code sorted} and lies in {@code [from, to)}. */
        private static boolean startsWithin(int[] sorted, int from, int to, int length) {
            int i = Arrays.binarySearch(sorted, from);
            int first = i >= 0 ? i : -i - 1;
            return first < sorted.length && sorted[first] + length <= to;
        }
    }

    @Override
    public List<Node> parseCustom(BasedSequence input, Node block, BitSet customCharacters,
                                  Map<Character, CharacterNodeFactory> nodeFactoryMap) {
        custom = true;
        try {
            return super.parseCustom(input, block, customCharacters, nodeFactoryMap);
        } finally {
            custom = false;
        }
    }

    /**
     * @param text          the inline content of a block
     * @param hasReferences whether the document defines link references ({@code [id]: url})
     * @return whether the content may hold a link or an inline HTML comment: false only where a
     *         complete inline parse would find neither
     */
    static boolean mayHoldLinkOrComment(CharSequence text, boolean hasReferences) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '[' && hasReferences) {
                return true;
            }
            if (c == '<' && i + 3 < n && text.charAt(i + 1) == '!' && text.charAt(i + 2) == '-'
                    && text.charAt(i + 3) == '-') {
                return true;
            }
            if (c == ']' && i + 1 < n && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '[')) {
                return true;
            }
        }
        return false;
    }
}
