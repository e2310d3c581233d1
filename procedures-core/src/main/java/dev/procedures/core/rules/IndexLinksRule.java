package dev.procedures.core.rules;

import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.finding.Severity;
import dev.procedures.core.index.IndexDiff;
import dev.procedures.core.model.Link;
import dev.procedures.core.model.ProcedureId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code index-links} (corpus): every relative link of the README whose target looks like a
 * procedure file (a {@code .md} file whose name starts with an id) resolves to an existing file.
 * The file name must match exactly, case included, so a link that works on a case-insensitive file
 * system does not break on Linux. Links inside code do not count. One finding per broken link, at
 * the link's line and column, suggesting a file of the same id when there is one.
 */
public final class IndexLinksRule implements CorpusRule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("index-links", Severity.ERROR,
            "Every link from the README to a procedure file resolves.",
            "Point the link at the existing procedure file (names are case-sensitive), or run "
                    + "mvn procedures:index to regenerate the index links.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Corpus corpus, RuleContext context, Reporter reporter) {
        if (corpus.readme().isEmpty()) {
            return;
        }
        Corpus.Readme readme = corpus.readme().get();
        Path base = readme.file().toAbsolutePath().normalize().getParent();
        Map<Path, Set<String>> listings = new HashMap<>();
        for (Link link : readme.document().links()) {
            Optional<ProcedureId> id = IndexDiff.procedureFileId(link.url());
            if (id.isEmpty()) {
                continue;
            }
            String target = IndexDiff.targetPath(link.url());
            Path resolved;
            try {
                resolved = base.resolve(target).normalize();
            } catch (InvalidPathException e) {
                resolved = null;
            }
            Path dir = resolved == null ? null : resolved.getParent();
            Set<String> names = dir == null ? Set.of() : listings.computeIfAbsent(dir, IndexLinksRule::list);
            String name = resolved == null ? target : resolved.getFileName().toString();
            if (names.contains(name) && Files.isRegularFile(resolved)) {
                continue;
            }
            String prefix = id.get().text().toUpperCase(Locale.ROOT);
            Optional<String> sameId = names.stream()
                    .filter(n -> n.toUpperCase(Locale.ROOT).startsWith(prefix)
                            && n.toLowerCase(Locale.ROOT).endsWith(".md")
                            && n.length() > prefix.length()
                            && (n.charAt(prefix.length()) == '-' || n.charAt(prefix.length()) == '.'))
                    .sorted()
                    .findFirst();
            String hint = sameId.map(n -> "; did you mean " + n + "? fix the link")
                    .orElse("; fix the link or remove the entry");
            reporter.report(readme.path(), link.line(), link.column(), "link to procedure file " + link.url()
                    + " does not resolve: no file " + name + " in " + (dir == null ? target : describe(base, dir))
                    + hint + ", or run mvn procedures:index", "link:" + link.url());
        }
    }

    /** The file names of a folder, sorted (one look-up per README link, deterministic suggestions). */
    private static Set<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static String describe(Path base, Path dir) {
        if (dir.equals(base)) {
            return "the README folder";
        }
        return ProcedureChecker.relativePath(base, dir);
    }
}
