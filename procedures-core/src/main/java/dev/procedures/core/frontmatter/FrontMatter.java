package dev.procedures.core.frontmatter;

import dev.procedures.core.text.TextNormalizer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed YAML front matter block: its unique top-level entries and the problems found.
 *
 * <p>Keys that appear more than once are not in {@link #entries()}; they are listed in
 * {@link #duplicateKeys()} so that no value is silently taken from either occurrence.
 *
 * @param startLine     1-based file line of the opening {@code ---}
 * @param endLine       1-based file line of the closing delimiter
 * @param entries       unique top-level entries in file order
 * @param problems      syntax problems, in file order
 * @param duplicateKeys folded names of keys written more than once
 */
public record FrontMatter(int startLine, int endLine, List<FrontMatterEntry> entries,
                          List<FrontMatterProblem> problems, Set<String> duplicateKeys) {

    public FrontMatter {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        duplicateKeys = Collections.unmodifiableSet(duplicateKeys);
    }

    /**
     * @return whether the YAML could be parsed; when not, {@link #entries()} is empty and the
     *         problems say why
     */
    public boolean parsed() {
        return !entries.isEmpty() || problems.stream().noneMatch(p -> p.message().startsWith("invalid YAML")
                || p.message().startsWith("front matter must be a mapping") || p.message().contains("never closed"));
    }

    /**
     * @return entries by folded key (see {@link TextNormalizer#fold(String)})
     */
    public Map<String, FrontMatterEntry> byFoldedKey() {
        Map<String, FrontMatterEntry> map = new LinkedHashMap<>();
        for (FrontMatterEntry e : entries) {
            map.putIfAbsent(TextNormalizer.fold(e.key()), e);
        }
        return map;
    }
}
