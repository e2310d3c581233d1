package dev.procedures.maven;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.rules.RuleContext;
import dev.procedures.core.vocabulary.Vocabulary;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parameters shared by every goal, named after maven-checkstyle-plugin's conventions: each has a
 * user property {@code procedures.X}. Every goal also runs without a project pom; the procedures
 * directory is then {@code procedures.directory} or the current folder.
 */
public abstract class AbstractProceduresMojo extends AbstractMojo {

    /** The current project; a stand-alone stub when Maven runs without a pom. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The current session. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /**
     * Folder that holds the procedures. Default: {@code ${project.basedir}/docs/procedures}, or the
     * current folder when Maven runs without a pom.
     */
    @Parameter(property = "procedures.directory")
    protected File directory;

    /** README with the index. Default: {@code README.md} in {@link #directory}. */
    @Parameter(property = "procedures.readme")
    protected File readme;

    /**
     * Id prefixes of procedure files, comma separated (for example {@code PROC-BACKEND,PROCED-GOB}).
     * Default: taken from the files present.
     */
    @Parameter(property = "procedures.prefix")
    protected String prefix;

    /** ISO date ({@code 2026-11-29}) that replaces the clock, for reproducible runs. */
    @Parameter(property = "procedures.today")
    protected String today;

    /** Heading of the index section in the README when it has no index markers. */
    @Parameter(property = "procedures.indexHeading", defaultValue = CheckRequest.DEFAULT_INDEX_HEADING)
    protected String indexHeading;

    /**
     * Ids declared retired, comma separated: their numbers are not gaps and must never be used
     * again (for example {@code PROC-BACKEND-003}).
     */
    @Parameter(property = "procedures.retired")
    protected String retired;

    /** Encoding of the procedure files. */
    @Parameter(property = "encoding", defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /** Skips the goal. */
    @Parameter(property = "procedures.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * @return the base directory findings are relative to: the project folder, or the current
     *         folder without a pom
     */
    protected Path baseDirectory() {
        if (project != null && project.getFile() != null) {
            return project.getBasedir().toPath();
        }
        String dir = session != null && session.getRequest() != null ? session.getRequest().getBaseDirectory() : null;
        return Path.of(dir != null ? dir : System.getProperty("user.dir"));
    }

    /** @return the procedures directory, resolved as documented on {@link #directory} */
    protected Path proceduresDirectory() {
        if (directory != null) {
            return directory.toPath().isAbsolute() ? directory.toPath() : baseDirectory().resolve(directory.toPath());
        }
        if (project != null && project.getFile() != null) {
            return project.getBasedir().toPath().resolve("docs").resolve("procedures");
        }
        return baseDirectory();
    }

    /**
     * Builds the core request from the parameters.
     *
     * @return the request
     * @throws MojoExecutionException naming the parameter when a value is invalid
     */
    protected CheckRequest request() throws MojoExecutionException {
        Path dir = proceduresDirectory().toAbsolutePath().normalize();
        Path readmePath = readme == null ? dir.resolve("README.md")
                : (readme.toPath().isAbsolute() ? readme.toPath() : baseDirectory().resolve(readme.toPath()));
        return new CheckRequest(baseDirectory(), dir, readmePath.toAbsolutePath().normalize(), charset(), prefixes(),
                retiredIds(), indexHeading, ruleContext(), ruleSettings(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * @return the rule context: today, vocabulary, settings
     * @throws MojoExecutionException naming the parameter when a value is invalid
     */
    protected RuleContext ruleContext() throws MojoExecutionException {
        return new RuleContext(todayDate(), vocabulary(), List.of(), 30);
    }

    /**
     * @return the team vocabulary
     * @throws MojoExecutionException naming the parameter when a value is invalid
     */
    protected Vocabulary vocabulary() throws MojoExecutionException {
        return Vocabulary.defaults();
    }

    /**
     * @return the rule severities
     * @throws MojoExecutionException naming the parameter when a value is invalid
     */
    protected RuleSettings ruleSettings() throws MojoExecutionException {
        return RuleSettings.defaults();
    }

    private LocalDate todayDate() throws MojoExecutionException {
        if (today == null || today.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(today.trim());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("procedures.today: '" + today + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("encoding: unknown character set '" + encoding + "'");
        }
    }

    private Set<String> prefixes() {
        return splitList(prefix);
    }

    private Set<ProcedureId> retiredIds() throws MojoExecutionException {
        Set<ProcedureId> ids = new LinkedHashSet<>();
        for (String s : splitList(retired)) {
            ids.add(ProcedureId.parse(s).orElseThrow(() -> new MojoExecutionException(
                    "procedures.retired: '" + s + "' is not an id such as PROC-BACKEND-003")));
        }
        return ids;
    }

    /**
     * @param value a comma or white-space separated list, may be {@code null}
     * @return its non-empty items, in order
     */
    protected static Set<String> splitList(String value) {
        Set<String> items = new LinkedHashSet<>();
        if (value != null) {
            Arrays.stream(value.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        }
        return items;
    }
}
