package dev.procedures.core.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The gated factories take the places of flexmark's core ones: the order in which the reader's
 * parser tries block starts (which decides, say, that {@code - - -} is a break and not a list
 * item) must be the order of a complete parser.
 */
class GatedBlockParserFactoryTest {

    private static final Map<Class<?>, Class<?>> CORE = Map.of(
            DeferredParagraphHeadingFactory.class, HeadingParser.Factory.class,
            GatedBlockParserFactory.FencedCode.class, FencedCodeBlockParser.Factory.class,
            GatedBlockParserFactory.ThematicBreak.class, ThematicBreakParser.Factory.class,
            GatedBlockParserFactory.ListBlock.class, ListBlockParser.Factory.class);

    @Test
    void blockStartsAreTriedInTheCoreOrder() throws ReflectiveOperationException {
        Field parserField = MarkdownReader.class.getDeclaredField("PARSER");
        parserField.setAccessible(true);
        List<String> reader = order((Parser) parserField.get(null));
        List<String> complete = order(CoreFlexmark.parser());
        assertEquals(complete, reader);
        assertEquals(8, complete.size(), () -> "the core block parsers and front matter: " + complete);
    }

    private static List<String> order(Parser parser) throws ReflectiveOperationException {
        Field f = Parser.class.getDeclaredField("blockParserFactories");
        f.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<CustomBlockParserFactory> factories = (List<CustomBlockParserFactory>) f.get(parser);
        return factories.stream().map(x -> CORE.getOrDefault(x.getClass(), x.getClass()).getName()).toList();
    }
}
