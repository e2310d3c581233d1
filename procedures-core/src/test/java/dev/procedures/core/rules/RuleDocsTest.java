package dev.procedures.core.rules;

import dev.procedures.core.markdown.MarkdownReader;
import dev.procedures.core.model.CodeBlock;
import dev.procedures.core.model.Heading;
import dev.procedures.core.model.Link;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.Table;
import dev.procedures.core.source.SourceReader;
import dev.procedures.core.source.UnreadableSourceException;
import dev.procedures.core.text.TextNormalizer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps the user documentation in {@code docs/rules} (at the repository root) in step with
 * {@link RuleRegistry}: every registered rule id, built-in findings included, has a page
 * {@code docs/rules/<id>.md} and a row in {@code docs/rules/README.md} with its default severity,
 * and the finding lines a page shows under "Failing example" name that page's rule.
 */
class RuleDocsTest {

    /** A finding as {@code mvn procedures:check} prints it: {@code path:line:col: severity [rule] message}. */
    private static final Pattern FINDING = Pattern.compile(
            "^\\S+:\\d+:\\d+: (?:error|warning|info) \\[([^\\]]+)] \\S.*$");

    private static final Path DOCS = docsDirectory();

    @Test
    void everyRegisteredRuleHasAPage() {
        List<String> missing = RuleRegistry.ids().stream()
                .filter(id -> !Files.isRegularFile(DOCS.resolve(id + ".md")))
                .toList();
        assertEquals(List.of(), missing, "rules without a page in " + DOCS);
    }

    @Test
    void everyPageDocumentsARegisteredRule() throws IOException {
        List<String> unknown = pages().stream()
                .map(RuleDocsTest::idOf)
                .filter(id -> !RuleRegistry.ids().contains(id))
                .toList();
        assertEquals(List.of(), unknown, "pages in " + DOCS + " for ids that RuleRegistry does not know");
    }

    @Test
    void readmeListsEveryRuleWithItsDefaultSeverityAndLinksItsPage() {
        MarkdownDocument readme = read(DOCS.resolve("README.md"));
        Table table = readme.tables().stream()
                .filter(t -> !t.header().isEmpty() && TextNormalizer.fold(t.header().get(0)).equals("rule"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("docs/rules/README.md has no table headed 'Rule'"));
        Map<String, String> severities = new TreeMap<>();
        for (Table.Row row : table.rows()) {
            List<Link> links = readme.links().stream().filter(l -> l.line() == row.line()).toList();
            assertEquals(1, links.size(), "README row at line " + row.line() + " links its rule page once");
            String id = links.get(0).text();
            assertEquals(id + ".md", links.get(0).url(), "README row for " + id + " links its page");
            severities.put(id, row.cells().get(1));
        }
        for (RuleDescriptor d : RuleRegistry.descriptors()) {
            assertEquals(d.defaultSeverity().label(), severities.get(d.id()),
                    "README row for " + d.id() + ": default severity");
        }
    }

    @TestFactory
    Stream<DynamicTest> failingExampleShowsFindingsOfThePageRule() throws IOException {
        return pages().stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            String id = idOf(page);
            MarkdownDocument doc = read(page);
            Optional<Heading> title = doc.headings().stream().filter(h -> h.level() == 1).findFirst();
            assertEquals(Optional.of(id), title.map(Heading::text), page + ": the title is '# " + id + "'");

            Heading failing = doc.headings().stream()
                    .filter(h -> h.level() == 2 && TextNormalizer.fold(h.text()).equals("failing example"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(page + " has no '## Failing example' section"));
            int end = doc.sectionEnd(failing);
            List<String> ruleIds = new ArrayList<>();
            for (CodeBlock block : doc.codeBlocks()) {
                if (block.startLine() <= failing.line() || block.startLine() > end) {
                    continue;
                }
                for (String line : block.content().split("\n")) {
                    Matcher m = FINDING.matcher(line.strip());
                    if (m.matches()) {
                        ruleIds.add(m.group(1));
                    }
                }
            }
            assertFalse(ruleIds.isEmpty(), page + ": 'Failing example' shows no finding line "
                    + "'path:line:col: severity [rule] message'");
            assertTrue(ruleIds.stream().allMatch(id::equals),
                    page + ": 'Failing example' shows findings of " + ruleIds + ", expected only [" + id + "]");
        }));
    }

    /** @return the rule pages: every {@code .md} of the docs directory except its README */
    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        }
    }

    private static String idOf(Path page) {
        String name = page.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    private static MarkdownDocument read(Path file) {
        try {
            return new MarkdownReader().read(new SourceReader(StandardCharsets.UTF_8).read(file));
        } catch (UnreadableSourceException e) {
            return fail(file + " is not readable UTF-8: " + e.getMessage());
        }
    }

    /**
     * The repository's {@code docs/rules}: walks up from the working directory (the module
     * directory under Maven) to the folder that holds {@code procedures-core/pom.xml}.
     */
    private static Path docsDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("procedures-core").resolve("pom.xml"))) {
                Path docs = dir.resolve("docs").resolve("rules");
                assertTrue(Files.isDirectory(docs), docs + " is missing");
                return docs;
            }
        }
        throw new AssertionError("repository root (with procedures-core/pom.xml) not found above "
                + Path.of("").toAbsolutePath());
    }
}
