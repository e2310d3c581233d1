package dev.procedures.core.rules;

import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.model.ProcedureSummary;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One procedure set as corpus-level rules see it.
 *
 * @param directory     the procedures directory
 * @param procedures    summaries of every procedure file, sorted by path
 * @param readme        the README, when it exists and could be read
 * @param retired       ids declared retired: their numbers are not gaps and must not be used again
 * @param indexHeading  the heading of the index section when the README has no markers
 * @param readmePath    the README path shown in findings (relative to the base directory), also
 *                      when the README is missing or unreadable
 */
public record Corpus(Path directory, List<ProcedureSummary> procedures, Optional<Readme> readme,
                     Set<ProcedureId> retired, String indexHeading, String readmePath) {

    public Corpus {
        procedures = List.copyOf(procedures);
        retired = Set.copyOf(retired);
        if (readmePath == null || readmePath.isBlank()) {
            readmePath = readme.map(Readme::path).orElse("README.md");
        }
    }

    /**
     * A corpus whose README path is taken from the README itself, or {@code README.md} when there
     * is none.
     *
     * @param directory    the procedures directory
     * @param procedures   summaries of every procedure file
     * @param readme       the README, when it exists and could be read
     * @param retired      ids declared retired
     * @param indexHeading the heading of the index section when the README has no markers
     */
    public Corpus(Path directory, List<ProcedureSummary> procedures, Optional<Readme> readme,
                  Set<ProcedureId> retired, String indexHeading) {
        this(directory, procedures, readme, retired, indexHeading, null);
    }

    /**
     * The README of a procedure set.
     *
     * @param file     the file on disk
     * @param path     the path shown in findings
     * @param document its Markdown facts (source text included)
     */
    public record Readme(Path file, String path, MarkdownDocument document) {
    }
}
