package dev.procedures.core.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.ArrayList;
import java.util.List;

/**
 * A complete flexmark parse with the reader's extensions and flexmark's own parsers only: the
 * reference the reader's lighter parse must agree with.
 */
final class CoreFlexmark {

    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    private CoreFlexmark() {
    }

    /** @return the complete parser */
    static Parser parser() {
        return PARSER;
    }

    /**
     * @param markdown any Markdown
     * @param type     the node class wanted
     * @return every node of that class in the complete syntax tree, in document order
     */
    static <T extends Node> List<T> nodes(String markdown, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(PARSER.parse(markdown), type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (type.isInstance(n)) {
                found.add(type.cast(n));
            }
            collect(n, type, found);
        }
    }
}
