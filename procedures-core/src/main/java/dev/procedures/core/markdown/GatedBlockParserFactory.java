package dev.procedures.core.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One of flexmark's core block parser factories, registered in place of the core one (whose
 * {@code Parser.*_PARSER} option is off) behind a test of the line's first non-blank character.
 *
 * <p>flexmark offers every line that does not continue an open block to every block parser
 * factory, and the heading, fenced code, thematic break and list factories answer with a regular
 * expression match on the rest of the line (a new {@code Matcher} each time). Each of those
 * expressions is anchored and starts with one of a few characters (CommonMark 0.29: an ATX heading
 * with {@code #}, a setext underline with {@code =} or {@code -}, a code fence with {@code `} or
 * {@code ~}, a thematic break with {@code *}, {@code _} or {@code -}, a list item with its marker
 * {@code -}, {@code +}, {@code *} or a digit), and a break or an
 * underline is that one character repeated, with spaces and tabs. A line that cannot match (most
 * lines, list items among them) gets {@link BlockStart#none()} here without the match; every other
 * line is flexmark's own decision. The flexmark factory is built once per parser: the parser that registers this
 * passes the same options for every document, and flexmark's factories hold nothing but those
 * options and their compiled patterns.
 *
 * <p>Ordering: flexmark orders block parser factories by the classes they name as before and after
 * them. A replacement answers with the core factory's sets, each replaced core class swapped for
 * its replacement, so the order of the core parsers is kept.
 */
abstract class GatedBlockParserFactory implements CustomBlockParserFactory {

    /** The core factory classes replaced here, and their replacements. */
    private static final Map<Class<?>, Class<?>> REPLACED = Map.of(
            HeadingParser.Factory.class, DeferredParagraphHeadingFactory.class,
            FencedCodeBlockParser.Factory.class, FencedCode.class,
            ThematicBreakParser.Factory.class, ThematicBreak.class,
            ListBlockParser.Factory.class, ListBlock.class);

    private final CustomBlockParserFactory core;
    private final String startCharacters;
    private final String repeatedCharacters;
    private final BuiltOnce<BlockParserFactory> built = new BuiltOnce<>();

    /**
     * @param core               flexmark's factory
     * @param startCharacters    the characters one of which must be the line's first non-blank one
     * @param repeatedCharacters those of the start characters that the block repeats alone on its
     *                           line (a thematic break, a setext underline): when the line starts with
     *                           one of them, the rest of the line must be that character, spaces and
     *                           tabs
     */
    GatedBlockParserFactory(CustomBlockParserFactory core, String startCharacters, String repeatedCharacters) {
        this.core = core;
        this.startCharacters = startCharacters;
        this.repeatedCharacters = repeatedCharacters;
    }

    /**
     * The matched block parser handed to flexmark's factory; the same one unless a subclass
     * needs to change what the factory sees.
     *
     * @param matched the block parser flexmark matched for the line
     * @return what flexmark's factory gets
     */
    MatchedBlockParser matched(MatchedBlockParser matched) {
        return matched;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory delegate = built.get(() -> core.apply(options));
        return (state, matched) -> mayStart(state) ? delegate.tryStart(state, matched(matched)) : BlockStart.none();
    }

    private boolean mayStart(ParserState state) {
        BasedSequence line = state.getLine();
        int first = state.getNextNonSpaceIndex();
        int length = line.length();
        if (first >= length) {
            return false;
        }
        char c = line.charAt(first);
        if (startCharacters.indexOf(c) < 0) {
            return false;
        }
        if (repeatedCharacters.indexOf(c) < 0) {
            return true;
        }
        for (int i = first + 1; i < length; i++) {
            char d = line.charAt(i);
            // spaces, tabs, and what a regex '$' may stand before: any line terminator
            if (d != c && d != ' ' && d != '\t' && d != '\n' && d != '\r' && d != '\u0085' && d != '\u2028'
                    && d != '\u2029') {
                return false;
            }
        }
        return true;
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return core.getLeadInHandler(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return replaced(core.getAfterDependents());
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return replaced(core.getBeforeDependents());
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }

    private static Set<Class<?>> replaced(Set<Class<?>> classes) {
        if (classes == null) {
            return null;
        }
        Set<Class<?>> result = new HashSet<>();
        for (Class<?> c : classes) {
            result.add(REPLACED.getOrDefault(c, c));
        }
        return result;
    }

    /** flexmark's fenced code block parser: a fence opens with {@code `} or {@code ~}. */
    static final class FencedCode extends GatedBlockParserFactory {
        FencedCode() {
            super(new FencedCodeBlockParser.Factory(), "`~", "");
        }
    }

    /**
     * flexmark's list parser: an item starts with a bullet ({@code -}, {@code +}, {@code *}) or an
     * ordinal ({@code 1.}, {@code 1)}); CommonMark 0.29 section 5.2.
     */
    static final class ListBlock extends GatedBlockParserFactory {
        ListBlock() {
            super(new ListBlockParser.Factory(), "-+*0123456789", "");
        }
    }

    /** flexmark's thematic break parser: a break is made of {@code *}, {@code _} or {@code -}. */
    static final class ThematicBreak extends GatedBlockParserFactory {
        ThematicBreak() {
            super(new ThematicBreakParser.Factory(), "*_-", "*_-");
        }
    }
}
