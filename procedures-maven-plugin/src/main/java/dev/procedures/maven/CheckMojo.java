package dev.procedures.maven;

import dev.procedures.core.baseline.Baseline;
import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

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
        for (Target target : targets()) {
            try {
                CheckResult result = new ProcedureChecker().check(target.request());
                files += result.filesChecked();
                List<Finding> fresh = result.findings();
                if (Files.isRegularFile(target.baseline())) {
                    fresh = Baseline.read(target.baseline()).newFindings(fresh, target.request().baseDirectory(),
                            target.baseline());
                    baselined += result.findings().size() - fresh.size();
                }
                findings.addAll(fresh);
            } catch (ProceduresException e) {
                throw new MojoExecutionException(e.getMessage());
            }
        }
        findings.sort(Finding.ORDER);
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> getLog().error(f.format());
                case WARNING -> getLog().warn(f.format());
                default -> getLog().info(f.format());
            }
        }
        getLog().info(summary(findings, files, baselined, System.nanoTime() - started));
        long failing = findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
        if (failing > 0 && failOnViolation) {
            throw new MojoFailureException(failing + (failing == 1 ? " violation" : " violations")
                    + " at or above severity " + threshold.label() + "; fix them, or run 'mvn procedures:index' "
                    + "when the index is stale");
        }
    }

    private static String summary(List<Finding> findings, int files, int baselined, long nanos) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        return String.format("Checked %d procedure file%s: %d error%s, %d warning%s, %d info%s in %d ms",
                files, files == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s",
                infos, baselined > 0 ? " (" + baselined + " more in the baseline)" : "", nanos / 1_000_000);
    }

    private static Severity parseSeverity(String value) throws MojoExecutionException {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("procedures.failOnSeverity: " + e.getMessage());
        }
    }
}
