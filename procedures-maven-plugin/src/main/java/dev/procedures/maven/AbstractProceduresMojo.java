package dev.procedures.maven;

import dev.procedures.core.config.ConfigurationException;
import dev.procedures.core.config.TeamSettings;
import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.rules.RuleContext;
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
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
     * Folder that holds the procedures. Default: <code>${project.basedir}/docs/procedures</code>, or the
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
     * Baseline file: {@code check} reports only findings not recorded in it, {@code baseline} writes
     * it. Default: {@code .procedures-baseline.json} beside the README (used only if it exists).
     */
    @Parameter(property = "procedures.baseline")
    protected File baseline;

    /**
     * Severity per rule id: {@code error}, {@code warning}, {@code info} or {@code off}, for example
     * {@code <rules><template-leftovers>warning</template-leftovers></rules>}.
     */
    @Parameter
    protected Map<String, String> rules;

    /**
     * Extra names per metadata field, comma separated, for example
     * {@code <ultima_actualizacion>fecha_actualizacion</ultima_actualizacion>}.
     */
    @Parameter
    protected Map<String, String> fieldAliases;

    /**
     * Extra headings per section ({@code proposito}, {@code prerequisitos}, {@code pasos-de-ejecucion},
     * {@code validacion}, {@code rollback}, {@code troubleshooting}, {@code historial-de-versiones},
     * {@code aprobaciones}, ...), comma separated.
     */
    @Parameter
    protected Map<String, String> sectionAliases;

    /**
     * Extra values per canonical criticidad, categoria or frecuencia, comma separated, for example
     * {@code <on-demand>por_demanda</on-demand>}.
     */
    @Parameter
    protected Map<String, String> valueAliases;

    /**
     * Review period per frequency as an ISO-8601 period, for example {@code <mensual>P6M</mensual>}.
     * Defaults follow the team README: diaria and semanal P3M, mensual P6M, trimestral, on-demand and
     * emergencia P1Y.
     */
    @Parameter
    protected Map<String, String> reviewPeriods;

    /**
     * Obvious example values that {@code no-credentials} never reports, comma separated (added to
     * the built-in list, for example {@code your-password, changeme}).
     */
    @Parameter(property = "procedures.placeholders")
    protected String placeholders;

    /** Days before a review is due from which {@code review-date} warns. */
    @Parameter(property = "procedures.reviewWarningDays", defaultValue = "30")
    protected int reviewWarningDays;

    /**
     * Several procedure folders in one build, each with its own directory, README, prefixes,
     * retired ids and baseline. When set, {@link #directory} and {@link #readme} are ignored.
     */
    @Parameter
    protected List<ProcedureSet> procedureSets;

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
            return resolve(directory);
        }
        if (project != null && project.getFile() != null) {
            return project.getBasedir().toPath().resolve("docs").resolve("procedures");
        }
        return baseDirectory();
    }

    /**
     * One procedure folder to work on, with the baseline file that belongs to it.
     *
     * @param request  the core request
     * @param baseline the baseline file (may not exist)
     */
    protected record Target(CheckRequest request, Path baseline) {
    }

    /**
     * Builds one core request per procedure set (one when {@link #procedureSets} is not set).
     *
     * @return the targets, in configuration order
     * @throws MojoExecutionException naming the parameter when a value is invalid
     */
    protected List<Target> targets() throws MojoExecutionException {
        RuleContext context = ruleContext();
        RuleSettings settings = ruleSettings();
        Charset charset = charset();
        List<Target> result = new ArrayList<>();
        if (procedureSets == null || procedureSets.isEmpty()) {
            result.add(target(proceduresDirectory(), readme, prefix, indexHeading, retired, baseline, charset, context,
                    settings));
            return result;
        }
        for (int i = 0; i < procedureSets.size(); i++) {
            ProcedureSet set = procedureSets.get(i);
            if (set.getDirectory() == null) {
                throw new MojoExecutionException("procedureSets: procedureSet " + (i + 1) + " has no <directory>");
            }
            result.add(target(resolve(set.getDirectory()), set.getReadme(),
                    set.getPrefix() != null ? set.getPrefix() : prefix,
                    set.getIndexHeading() != null ? set.getIndexHeading() : indexHeading,
                    set.getRetired() != null ? set.getRetired() : retired,
                    set.getBaseline(), charset, context, settings));
        }
        return result;
    }

    private Target target(Path directoryPath, File readmeFile, String prefixes, String heading, String retiredIds,
                          File baselineFile, Charset charset, RuleContext context, RuleSettings settings)
            throws MojoExecutionException {
        Path dir = directoryPath.toAbsolutePath().normalize();
        Path readmePath = readmeFile == null ? dir.resolve("README.md") : resolve(readmeFile);
        Path baselinePath = baselineFile == null ? readmePath.toAbsolutePath().getParent()
                .resolve(".procedures-baseline.json") : resolve(baselineFile);
        CheckRequest request = new CheckRequest(baseDirectory(), dir, readmePath.toAbsolutePath().normalize(), charset,
                splitList(prefixes), retiredIds(retiredIds), heading, context, settings,
                Runtime.getRuntime().availableProcessors());
        return new Target(request, baselinePath.toAbsolutePath().normalize());
    }

    /**
     * @param file a configured file, absolute or relative
     * @return the file, relative ones taken from the base directory
     */
    protected Path resolve(File file) {
        return file.toPath().isAbsolute() ? file.toPath() : baseDirectory().resolve(file.toPath());
    }

    /**
     * @return the project's build directory, or {@code target} of the base directory without a pom
     */
    protected Path buildDirectory() {
        if (project != null && project.getFile() != null && project.getBuild() != null) {
            return Path.of(project.getBuild().getDirectory());
        }
        return baseDirectory().resolve("target");
    }

    /**
     * @return the team's configuration as plain values, today resolved from the clock when
     *         {@link #today} is not set
     */
    protected TeamSettings teamSettings() {
        String date = today == null || today.isBlank() ? LocalDate.now().toString() : today.trim();
        return new TeamSettings(date, fieldAliases, sectionAliases, valueAliases, reviewPeriods, rules, placeholders,
                reviewWarningDays);
    }

    /**
     * @return the rule context: today, vocabulary, settings
     * @throws MojoExecutionException naming the parameter when a value is invalid
     */
    protected RuleContext ruleContext() throws MojoExecutionException {
        try {
            return teamSettings().ruleContext();
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /**
     * @return the rule severities
     * @throws MojoExecutionException naming {@code rules} when an id or severity is unknown
     */
    protected RuleSettings ruleSettings() throws MojoExecutionException {
        try {
            return teamSettings().ruleSettings();
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage());
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

    private Set<ProcedureId> retiredIds(String value) throws MojoExecutionException {
        Set<ProcedureId> ids = new LinkedHashSet<>();
        for (String s : splitList(value)) {
            ProcedureId id = ProcedureId.parse(s).filter(p -> p.digits().length() >= 3).orElseThrow(() ->
                    new MojoExecutionException("procedures.retired: '" + s + "' is not an id such as PROC-BACKEND-003"));
            ids.add(id);
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
