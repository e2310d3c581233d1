package dev.procedures.core.markdown;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;

/**
 * flexmark's own heading parser, registered in place of the core one (with
 * {@code Parser.HEADING_PARSER} off) so that it does not cost time quadratic in the length of a
 * paragraph.
 *
 * <p>flexmark 0.64's heading parser asks, on every line it is offered, for the content of the
 * paragraph open above the line, which flexmark builds by concatenating all of that paragraph's
 * lines; it uses the content only to tell whether a paragraph is open when the line is a setext
 * underline. A table is a paragraph until it is recognised after the block parse, so a README
 * index table of n rows cost n^2 line copies (most of the time of a whole check of a large corpus
 * with a cache). Here the parser gets the same matched block parser with that content replaced by
 * a marker that is {@code null} exactly when the real content is; everything else (ATX and setext
 * headings, the heading text from the paragraph's lines, options, dependencies on other parsers)
 * is flexmark's, behind the first-character test of {@link GatedBlockParserFactory}.
 */
final class DeferredParagraphHeadingFactory extends GatedBlockParserFactory {

    /** flexmark's heading parser: ATX headings start with {@code #}, setext underlines with {@code =} or {@code -}. */
    DeferredParagraphHeadingFactory() {
        super(new HeadingParser.Factory(), "#=-", "=-");
    }

    @Override
    MatchedBlockParser matched(MatchedBlockParser matched) {
        return new DeferredContent(matched);
    }

    /** The matched block parser, with a paragraph's content only said to exist, not built. */
    private record DeferredContent(MatchedBlockParser matched) implements MatchedBlockParser {

        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        @Override
        public BasedSequence getParagraphContent() {
            // flexmark returns the content exactly when a paragraph is matched; the heading parser
            // only tests it for null and takes the heading text from getParagraphLines
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
