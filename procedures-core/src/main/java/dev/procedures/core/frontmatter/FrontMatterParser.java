package dev.procedures.core.frontmatter;

import dev.procedures.core.text.TextNormalizer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses front matter with snakeyaml-engine (YAML 1.2) at the node level, so every value is kept
 * as written and every key keeps its position in the original file.
 *
 * <p>Reports at their file line: syntax errors, tab characters (YAML 1.2 section 6.1 forbids tabs
 * in indentation), a root that is not a mapping, and duplicate keys (with the line of the first
 * occurrence). Thread-safe.
 */
public final class FrontMatterParser {

    /**
     * Immutable (built once, shared by all threads); each parse gets its own {@link Compose}. The
     * failsafe schema (YAML 1.2 section 10.1) leaves every scalar a string: only the text as written
     * is read here, never the resolved type, and it spares matching each scalar against the JSON
     * schema's regular expressions.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new FailsafeSchema())
            .setAllowDuplicateKeys(true)
            .setMaxAliasesForCollections(20)
            .setCodePointLimit(1_000_000)
            .build();

    /**
     * Parses the YAML between the front matter delimiters.
     *
     * @param yaml      the YAML text, without the delimiter lines
     * @param firstLine 1-based file line of the first YAML line
     * @param startLine 1-based file line of the opening delimiter
     * @param endLine   1-based file line of the closing delimiter
     * @return the parsed front matter; never throws on bad YAML
     */
    public FrontMatter parse(String yaml, int firstLine, int startLine, int endLine) {
        List<FrontMatterProblem> problems = new ArrayList<>();
        Set<Integer> tabLines = new HashSet<>();
        // most front matter has no tab: no split into lines then
        String[] lines = yaml.indexOf('\t') < 0 ? new String[0] : yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int tab = lines[i].indexOf('\t');
            if (tab >= 0) {
                tabLines.add(firstLine + i);
                problems.add(new FrontMatterProblem(firstLine + i, tab + 1,
                        "tab character in front matter; YAML does not allow tabs for indentation, use spaces"));
            }
        }
        List<FrontMatterEntry> entries = new ArrayList<>();
        Set<String> duplicates = new LinkedHashSet<>();
        Optional<Node> root;
        try {
            root = new Compose(SETTINGS).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> firstLine + m.getLine()).orElse(firstLine);
            int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0);
            if (!tabLines.contains(line)) {
                problems.add(new FrontMatterProblem(line, column, "invalid YAML in front matter: "
                        + oneLine(e.getProblem() == null ? e.getContext() : e.getProblem())));
            }
            return new FrontMatter(startLine, endLine, entries, sorted(problems), duplicates, false);
        } catch (YamlEngineException e) {
            problems.add(new FrontMatterProblem(firstLine, 0, "invalid YAML in front matter: " + oneLine(e.getMessage())));
            return new FrontMatter(startLine, endLine, entries, sorted(problems), duplicates, false);
        }
        if (root.isEmpty()) {
            return new FrontMatter(startLine, endLine, entries, sorted(problems), duplicates, true);
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            Mark m = root.get().getStartMark().orElse(null);
            problems.add(new FrontMatterProblem(m == null ? firstLine : firstLine + m.getLine(), 1,
                    "front matter must be a mapping of keys to values (for example 'id: PROC-BACKEND-001')"));
            return new FrontMatter(startLine, endLine, entries, sorted(problems), duplicates, false);
        }
        Map<String, Integer> firstSeen = new HashMap<>();
        List<FrontMatterEntry> all = new ArrayList<>();
        List<String> allFolded = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Node valueNode = tuple.getValueNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : "";
            int line = keyNode.getStartMark().map(m -> firstLine + m.getLine()).orElse(firstLine);
            int column = keyNode.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
            int valueLine = valueNode.getStartMark().map(m -> firstLine + m.getLine()).orElse(line);
            int valueColumn = valueNode.getStartMark().map(m -> m.getColumn() + 1).orElse(column);
            String folded = TextNormalizer.fold(key);
            Integer previous = firstSeen.putIfAbsent(folded, line);
            if (previous != null) {
                duplicates.add(folded);
                problems.add(new FrontMatterProblem(line, column, "duplicate key '" + key
                        + "' (first written at line " + previous + "); keep one, neither value is used"));
                continue;
            }
            String scalar = null;
            List<String> items = null;
            if (valueNode instanceof ScalarNode s) {
                scalar = s.getValue();
            } else if (valueNode instanceof SequenceNode seq) {
                items = new ArrayList<>();
                for (Node item : seq.getValue()) {
                    if (item instanceof ScalarNode s) {
                        items.add(s.getValue());
                    }
                }
            }
            all.add(new FrontMatterEntry(key, scalar, items == null ? null : List.copyOf(items),
                    line, column, valueLine, valueColumn));
            nestedDuplicates(valueNode, firstLine, problems, java.util.Collections.newSetFromMap(
                    new java.util.IdentityHashMap<>()));
            allFolded.add(folded);
        }
        for (int i = 0; i < all.size(); i++) {
            if (!duplicates.contains(allFolded.get(i))) {
                entries.add(all.get(i));
            }
        }
        return new FrontMatter(startLine, endLine, entries, sorted(problems), duplicates, true);
    }

    /**
     * Reports keys written twice in a mapping nested under a top-level key (for example two
     * {@code nombre} keys in one item of a {@code revisores} list). YAML 1.2 (section 3.2.1.1)
     * requires unique keys at every level; nested keys are data, so they are compared exactly.
     */
    private static void nestedDuplicates(Node node, int firstLine, List<FrontMatterProblem> problems,
                                         Set<Node> visited) {
        if (!visited.add(node)) {
            return;
        }
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                nestedDuplicates(item, firstLine, problems, visited);
            }
        } else if (node instanceof MappingNode map) {
            Map<String, Integer> seen = new HashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (keyNode instanceof ScalarNode k) {
                    int line = keyNode.getStartMark().map(m -> firstLine + m.getLine()).orElse(firstLine);
                    int column = keyNode.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
                    Integer previous = seen.putIfAbsent(k.getValue(), line);
                    if (previous != null) {
                        problems.add(new FrontMatterProblem(line, column, "duplicate key '" + k.getValue()
                                + "' (first written at line " + previous + "); keep one"));
                    }
                }
                nestedDuplicates(tuple.getValueNode(), firstLine, problems, visited);
            }
        }
    }

    private static List<FrontMatterProblem> sorted(List<FrontMatterProblem> problems) {
        List<FrontMatterProblem> copy = new ArrayList<>(problems);
        copy.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return copy;
    }

    /**
     * The parser's problem on one line, without the names it quotes from the file: an alias,
     * anchor or tag name is what follows a {@code *}, {@code &} or {@code !} at the start of a
     * value, and a password such as {@code *Kx9#mQ2} is read as an alias. The line and column say
     * where; the name is not repeated.
     */
    private static String oneLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        String line = WHITE_SPACE.matcher(s).replaceAll(" ").trim();
        return NAMED.matcher(line).replaceAll("$1 (a value starting with *, & or ! must be quoted)");
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern NAMED = Pattern.compile("\\b(alias|anchor|tag)\\s+\\S+");
}
