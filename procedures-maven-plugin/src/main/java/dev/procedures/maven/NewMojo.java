package dev.procedures.maven;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.index.IndexGenerator;
import dev.procedures.core.markdown.MarkdownReader;
import dev.procedures.core.scaffold.NewProcedure;
import dev.procedures.core.scaffold.NewProcedureRequest;
import dev.procedures.core.scaffold.ProcedureScaffolder;
import dev.procedures.core.source.SourceReader;
import dev.procedures.core.source.UnreadableSourceException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Starts a procedure the right way: creates {@code PREFIX-NNN-slug.md} from the team template with
 * the next free number of the prefix (never one used before or retired), fills id, title, type,
 * criticality, frequency, version 1.0.0 and today's date, regenerates the README index, and lists
 * the sections that still need a human. Writes nothing when a value is missing or unknown, the
 * template is missing or the file exists.
 */
@Mojo(name = "new", threadSafe = true, requiresProject = false)
public class NewMojo extends AbstractProceduresMojo {

    /** Rules whose findings on a new procedure are expected: a human has to write that content. */
    static final Set<String> HUMAN_RULES = Set.of("template-leftovers", "approvals");

    /** Title of the new procedure, for example {@code Deployment a producción}. */
    @Parameter(property = "procedures.title")
    protected String title;

    /** Criticality: {@code CRITICA}, {@code ALTA}, {@code MEDIA} or {@code BAJA} (or an alias). */
    @Parameter(property = "procedures.criticality")
    protected String criticality;

    /** Type: {@code deployment}, {@code rollback}, {@code maintenance}, {@code troubleshooting}, ... */
    @Parameter(property = "procedures.type")
    protected String type;

    /** Frequency: {@code diaria}, ..., {@code on-demand}, {@code emergencia}; default: the template's. */
    @Parameter(property = "procedures.frequency")
    protected String frequency;

    /** Template file; default: the {@code plantilla-*.md} beside the README. */
    @Parameter(property = "procedures.template")
    protected File template;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping procedures new (procedures.skip=true)");
            return;
        }
        List<Target> targets = targets();
        if (targets.size() != 1) {
            throw new MojoExecutionException("procedureSets: 'new' needs one procedure folder; run it with "
                    + "-Dprocedures.directory=<folder>");
        }
        CheckRequest set = targets.get(0).request();
        Path templatePath = template == null ? null
                : resolve(template);
        try {
            // the README must be able to take the new procedure before anything is written
            new IndexGenerator().plan(set);
            NewProcedure created = new ProcedureScaffolder().create(
                    new NewProcedureRequest(set, templatePath, title, criticality, type, frequency));
            getLog().info("Created " + created.file() + " (" + created.id() + ")");
            new IndexGenerator().index(set);
            getLog().info("Regenerated the index of " + set.readme());
            reportWhatIsLeft(set, created);
        } catch (ProceduresException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    private void reportWhatIsLeft(CheckRequest set, NewProcedure created) throws ProceduresException {
        CheckResult result = new ProcedureChecker().check(set);
        String path = ProcedureChecker.relativePath(set.baseDirectory(), created.file());
        List<Finding> mine = result.findings().stream().filter(f -> f.path().equals(path)).toList();
        List<Finding> human = mine.stream().filter(f -> HUMAN_RULES.contains(f.ruleId())).toList();
        List<Finding> other = mine.stream().filter(f -> !HUMAN_RULES.contains(f.ruleId())).toList();
        try {
            var doc = new MarkdownReader().read(new SourceReader(set.encoding()).read(created.file()));
            List<String> sections = ProcedureScaffolder.sectionsAt(doc, human.stream().map(Finding::line).toList(),
                    set.context().placeholderValues());
            if (!sections.isEmpty()) {
                getLog().info("Still to write by hand: " + String.join(", ", sections));
            }
        } catch (UnreadableSourceException e) {
            throw new ProceduresException(created.file() + ": " + e.getMessage());
        }
        getLog().info(human.size() + " placeholder" + (human.size() == 1 ? "" : "s")
                + " left from the template; 'mvn procedures:check' lists them");
        for (Finding f : other) {
            getLog().warn(f.format());
        }
    }
}
