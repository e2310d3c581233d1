package dev.procedures.core.frontmatter;


import java.util.Collections;
import java.util.List;
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
 * @param parsed        whether the YAML could be parsed as a mapping; when not, {@code entries} is
 *                      empty and the problems say why
 */
public record FrontMatter(int startLine, int endLine, List<FrontMatterEntry> entries,
                          List<FrontMatterProblem> problems, Set<String> duplicateKeys, boolean parsed) {

    public FrontMatter {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        duplicateKeys = Collections.unmodifiableSet(duplicateKeys);
    }
}
