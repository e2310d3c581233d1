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

    @Override
    public void parse(BasedSequence input, Node block) {
        if (custom || mayHoldLinkOrComment(input, !Parser.REFERENCES.get(document).isEmpty())) {
            super.parse(input, block);
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
