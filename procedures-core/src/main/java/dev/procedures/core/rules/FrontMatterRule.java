package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.frontmatter.FrontMatter;
import dev.procedures.core.frontmatter.FrontMatterProblem;
import dev.procedures.core.model.Procedure;

/**
 * {@code front-matter}: the file starts with a YAML front matter block that parses, has no
 * duplicate keys and no tabs. Problems point at their line in the file.
 */
public final class FrontMatterRule implements ProcedureRule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("front-matter", Severity.ERROR,
            "The procedure starts with valid YAML front matter: no syntax error, duplicate key or tab.",
            "Start the file with a '---' line, the metadata as 'key: value' lines indented with spaces, and a "
                    + "closing '---' line, as in the team template. Write each key once.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Procedure procedure, RuleContext context, Reporter reporter) {
        if (procedure.document().frontMatter().isEmpty()) {
            reporter.report(procedure.path(), 1, 1,
                    "no YAML front matter; start the file with '---', the metadata (id, titulo, criticidad, ...) "
                            + "and a closing '---'", "missing");
            return;
        }
        FrontMatter fm = procedure.document().frontMatter().get();
        if (fm.startLine() > 1) {
            // flexmark skips leading blank lines; GitHub and static site generators do not
            reporter.report(procedure.path(), fm.startLine(), 1, "front matter starts at line " + fm.startLine()
                    + "; remove the blank lines above it so that '---' is the first line of the file", "not-first");
        }
        for (FrontMatterProblem p : fm.problems()) {
            reporter.report(procedure.path(), p.line(), p.column(), p.message(), p.message().replaceAll("\\d+", "#"));
        }
    }
}
