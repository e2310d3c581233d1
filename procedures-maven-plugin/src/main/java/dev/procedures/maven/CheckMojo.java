package dev.procedures.maven;

import dev.procedures.core.baseline.Baseline;
import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.ProcedureScanner;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.fork.CheckJob;
import dev.procedures.core.fork.ForkRequest;
import dev.procedures.core.fork.ForkedChecker;
import dev.procedures.core.finding.Severity;
import dev.procedures.core.report.GitHubAnnotations;
import dev.procedures.core.report.ReportFormat;
import dev.procedures.core.report.ReportInput;
import dev.procedures.core.report.Reports;
import dev.procedures.core.report.Summary;
import dev.procedures.core.rules.RuleRegistry;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every procedure against the team's acceptance criteria and fails the build on findings
 * at or above {@link #failOnSeverity}. Binds to {@code verify}. Findings recorded in the baseline
 * file are not reported.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractProceduresMojo {

    /** Fails the build when there are findings at or above {@link #failOnSeverity}. */
    @Parameter(property = "procedures.failOnViolation", defaultValue = "true")
    protected boolean failOnViolation;

    /** Lowest severity that fails the build: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "procedures.failOnSeverity", defaultValue = "error")
    protected String failOnSeverity;

    /**
     * Report formats, comma separated: {@code plain}, {@code checkstyle} (Checkstyle XML as
     * maven-checkstyle-plugin writes it), {@code sarif} (SARIF 2.1.0), {@code json}, {@code junit}.
     * Empty to write no report file.
     */
    @Parameter(property = "procedures.outputFormat", defaultValue = "plain")
    protected String outputFormat;

    /**
     * Report file. With one format it is written as given; with several, its extension is replaced
     * by each format's suffix ({@code .txt}, {@code .xml}, {@code .sarif}, {@code .json},
     * {@code -junit.xml}). Default: <code>${project.build.directory}/procedures-result</code> plus the
     * suffix (the {@code target} folder of the current folder without a pom).
     */
    @Parameter(property = "procedures.outputFile")
    protected File outputFile;

    /**
     * Also print findings as GitHub Actions workflow commands ({@code ::error file=...}), errors
     * first. Default: on when the environment variable {@code GITHUB_ACTIONS} is {@code true}.
     */
    @Parameter(property = "procedures.githubAnnotations")
    protected Boolean githubAnnotations;

    /** Version of this plugin, written in reports. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    protected String pluginVersion;

    /** This plugin, whose jars stamp the cache of snapshot builds. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    protected org.apache.maven.plugin.descriptor.PluginDescriptor plugin;

    /**
     * Reuse the results of unchanged files from the previous run (keyed by file content, plugin
     * version and the effective configuration), as maven-checkstyle-plugin does. A corrupt or
     * unreadable cache is ignored with a warning.
     */
    @Parameter(property = "procedures.cache", defaultValue = "true")
    protected boolean cache;

    /**
     * Folder of the result cache. Default: <code>${project.build.directory}/procedures-cache</code>
     * ({@code target/procedures-cache} of the current folder without a pom).
     */
    @Parameter(property = "procedures.cacheDirectory")
    protected File cacheDirectory;

    /**
     * Check in a separate JVM started with {@link #forkJvmArgs}, as surefire runs tests. A check
     * runs once per build in a cold JVM, where the optimising compiler costs more than it gains: on
     * 2 cores a JVM with the client compiler only checks 1,000 procedures in 1.8 to 2.0 s, its
     * start-up included, against about 3.7 s inside Maven's cold JVM. A folder of fewer than
     * {@link #forkThreshold} files is checked inside Maven's JVM all the same. Set {@code false} to
     * check inside Maven's JVM, for example under the Maven Daemon, whose JVM stays warm between
     * builds.
     */
    @Parameter(property = "procedures.fork", defaultValue = "true")
    protected boolean fork;

    /**
     * Fewest procedure files (all procedure sets together) for which {@link #fork} starts a JVM:
     * on a small folder the start of that JVM costs more than the client compiler saves (the whole
     * goal on 2 cores: 5 files 1.6 s in Maven's JVM against 1.8 s forked; 1,000 files 4.0 s against
     * 3.2 s; the break-even is near 135 files). {@code 0} forks whatever the count.
     */
    @Parameter(property = "procedures.forkThreshold", defaultValue = "150")
    protected int forkThreshold;

    /** Options of the forked JVM, separated by white space. */
    @Parameter(property = "procedures.forkJvmArgs", defaultValue = "-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC")
    protected String forkJvmArgs;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping procedures check (procedures.skip=true)");
            return;
        }
        Severity threshold = parseSeverity(failOnSeverity);
        long started = System.nanoTime();
        List<Finding> findings = new ArrayList<>();
        int files = 0;
        int baselined = 0;
        List<Target> targets = targets();
        List<CheckResult> results = check(targets);
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            CheckResult result = results.get(i);
            result.warnings().forEach(getLog()::warn);
            files += result.filesChecked();
            if (result.filesChecked() == 0) {
                getLog().warn("no procedure file in " + target.request().directory()
                        + (target.request().prefixes().isEmpty() ? "" : " with prefix "
                        + String.join(", ", target.request().prefixes()))
                        + "; check procedures.directory and procedures.prefix");
            }
            List<Finding> fresh = result.findings();
            if (Files.isRegularFile(target.baseline())) {
                try {
                    fresh = Baseline.read(target.baseline()).newFindings(fresh, target.request().baseDirectory(),
                            target.baseline());
                } catch (ProceduresException e) {
                    throw new MojoExecutionException(e.getMessage());
                }
                baselined += result.findings().size() - fresh.size();
            }
            findings.addAll(fresh);
        }
        findings.sort(Finding.ORDER);
        Set<ReportFormat> formats = parseFormats();
        for (Finding f : findings) {
            // one log line per finding: a line break quoted from a file must not start a line of its
            // own, where a CI runner would read "::error ..." as a command
            String line = f.format().replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ");
            switch (f.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                default -> getLog().info(line);
            }
        }
        ReportInput input = new ReportInput(findings, RuleRegistry.descriptors(), files, System.nanoTime() - started,
                pluginVersion == null ? "unknown" : pluginVersion);
        if (annotationsWanted()) {
            for (String line : GitHubAnnotations.lines(findings)) {
                System.out.println(line);
            }
        }
        writeReports(input, formats);
        for (String line : Summary.text(input).split("\n")) {
            getLog().info(line);
        }
        if (baselined > 0) {
            getLog().info(baselined + " more finding" + (baselined == 1 ? " is" : "s are") + " recorded in the baseline");
        }
        long failing = findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
        if (failing > 0 && failOnViolation) {
            throw new MojoFailureException(failing + (failing == 1 ? " violation" : " violations")
                    + " at or above severity " + threshold.label() + "; fix them, or run 'mvn procedures:index' "
                    + "when the index is stale");
        }
    }

    /**
     * Checks every target, in a forked JVM when {@link #fork} is on, the targets hold at least
     * {@link #forkThreshold} procedure files and the plugin's jars are known (they are not in unit
     * tests of this class), else in this JVM.
     */
    private List<CheckResult> check(List<Target> targets) throws MojoExecutionException {
        List<CheckJob> jobs = new ArrayList<>();
        for (Target target : targets) {
            jobs.add(cache ? CheckJob.of(target.request(), cacheFile(target), cacheKey(target))
                    : CheckJob.of(target.request(), null, null));
        }
        try {
            List<Path> classpath = pluginClasspath();
            if (fork && !classpath.isEmpty() && reachesForkThreshold(targets)) {
                getLog().debug("checking in a forked JVM with " + forkJvmArgs);
                return new ForkedChecker(ForkedChecker.currentJava(), classpath, splitArgs(forkJvmArgs))
                        .check(new ForkRequest(teamSettings(), jobs));
            }
            List<CheckResult> results = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                results.add(jobs.get(i).check(targets.get(i).request()));
            }
            return results;
        } catch (ProceduresException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /** Whether the targets hold at least {@link #forkThreshold} procedure files in all. */
    private boolean reachesForkThreshold(List<Target> targets) {
        int files = 0;
        for (Target target : targets) {
            if (files >= forkThreshold) {
                return true; // no need to list the other folders
            }
            files += procedureFiles(target.request());
        }
        getLog().debug(files + " procedure files, procedures.forkThreshold=" + forkThreshold);
        return files >= forkThreshold;
    }

    /**
     * @param request a check request
     * @return the number of procedure files the check will read; 0 when the folder cannot be
     *         listed (the check itself then says why)
     */
    static int procedureFiles(CheckRequest request) {
        try {
            return new ProcedureScanner().scan(request.directory(), request.readme(), request.prefixes()).size();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** @return the files of this plugin's artifacts, empty when Maven did not provide them */
    private List<Path> pluginClasspath() {
        List<Path> files = new ArrayList<>();
        if (plugin != null && plugin.getArtifacts() != null) {
            for (org.apache.maven.artifact.Artifact a : plugin.getArtifacts()) {
                if (a.getFile() != null) {
                    files.add(a.getFile().toPath());
                }
            }
        }
        return files;
    }

    private static List<String> splitArgs(String args) {
        return args == null || args.isBlank() ? List.of() : List.of(args.trim().split("\\s+"));
    }

    private String cacheKey(Target target) {
        return target.request().configurationKey(toolStamp());
    }

    private Path cacheFile(Target target) {
        Path dir = cacheDirectory != null ? resolve(cacheDirectory) : buildDirectory().resolve("procedures-cache");
        String set = ProcedureChecker.fingerprint("cache", target.request().directory().toString());
        return dir.resolve(set + ".smile");
    }

    /** The plugin version, plus the size and time of its jars for snapshots built locally. */
    private String toolStamp() {
        StringBuilder stamp = new StringBuilder(pluginVersion == null ? "unknown" : pluginVersion);
        if (plugin != null && plugin.getArtifacts() != null && stamp.toString().endsWith("SNAPSHOT")) {
            for (org.apache.maven.artifact.Artifact a : plugin.getArtifacts()) {
                File f = a.getFile();
                if (f != null && a.getGroupId().equals("dev.procedures")) {
                    stamp.append(' ').append(a.getArtifactId()).append(':').append(f.length()).append(':')
                            .append(f.lastModified());
                }
            }
        }
        return stamp.toString();
    }

    private boolean annotationsWanted() {
        if (githubAnnotations != null) {
            return githubAnnotations;
        }
        return "true".equalsIgnoreCase(System.getenv("GITHUB_ACTIONS"));
    }

    private Set<ReportFormat> parseFormats() throws MojoExecutionException {
        if (outputFormat == null || outputFormat.isBlank()) {
            return Set.of();
        }
        try {
            return ReportFormat.parseAll(outputFormat);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("procedures.outputFormat: " + e.getMessage());
        }
    }

    private void writeReports(ReportInput input, Set<ReportFormat> formats) throws MojoExecutionException {
        if (formats.isEmpty()) {
            return;
        }
        Path file;
        if (outputFile != null) {
            file = resolve(outputFile);
        } else {
            String suffix = formats.size() == 1 ? formats.iterator().next().suffix() : ".txt";
            file = buildDirectory().resolve("procedures-result" + suffix);
        }
        try {
            Map<ReportFormat, Path> written = Reports.write(input, formats, file);
            written.forEach((format, path) -> getLog().info("Wrote " + format.label() + " report " + path));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("cannot write report " + file + ": " + e.getMessage());
        }
    }

    private static Severity parseSeverity(String value) throws MojoExecutionException {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("procedures.failOnSeverity: " + e.getMessage());
        }
    }
}
