package dev.procedures.core.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Set;

/**
 * flexmark's GFM table extension ({@link TablesExtension}), with one table paragraph
 * pre-processor per parser instead of one per document.
 *
 * <p>flexmark 0.64 builds a {@link TableParagraphPreProcessor} for every document that has a
 * paragraph, reading a dozen options and compiling the header-separator pattern each time. The
 * pre-processor holds nothing else (options and a compiled pattern, both immutable; the parse
 * state comes with each call), so the one built for the first document serves every document of
 * the parser, on any thread. The parser that registers this passes the same options for every
 * document. Ordering against other pre-processors is the extension's own.
 */
final class SharedTableParagraphPreProcessor implements Parser.ParserExtension {

    private final TablesExtension tables = (TablesExtension) TablesExtension.create();

    /** @return the extension, for {@code Parser.EXTENSIONS} in place of {@link TablesExtension} */
    static SharedTableParagraphPreProcessor create() {
        return new SharedTableParagraphPreProcessor();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    /** The extension's factory, answering with the pre-processor it built first. */
    private static final class Factory implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory core;
        private final BuiltOnce<ParagraphPreProcessor> built = new BuiltOnce<>();

        Factory(ParagraphPreProcessorFactory core) {
            this.core = core;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return built.get(() -> core.apply(state));
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return core.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return core.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return core.affectsGlobalScope();
        }
    }
}
