package dev.procedures.maven;

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

/**
 * Checks every procedure against the team's acceptance criteria and fails the build on findings
 * at or above {@link #failOnSeverity}. Binds to {@code verify}.
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
        CheckResult result;
        try {
            result = new ProcedureChecker().check(request());
        } catch (ProceduresException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        for (Finding f : result.findings()) {
            switch (f.severity()) {
                case ERROR -> getLog().error(f.format());
                case WARNING -> getLog().warn(f.format());
                default -> getLog().info(f.format());
            }
        }
        long failing = result.countAtLeast(threshold);
        getLog().info(summary(result));
        if (failing > 0 && failOnViolation) {
            throw new MojoFailureException(failing + (failing == 1 ? " violation" : " violations")
                    + " at or above severity " + threshold.label() + " in " + proceduresDirectory()
                    + "; fix them or run 'mvn procedures:index' for a stale index");
        }
    }

    private static String summary(CheckResult result) {
        long errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = result.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = result.findings().stream().filter(f -> f.severity() == Severity.INFO).count();
        return String.format("Checked %d procedure file%s: %d error%s, %d warning%s, %d info in %d ms",
                result.filesChecked(), result.filesChecked() == 1 ? "" : "s", errors, errors == 1 ? "" : "s",
                warnings, warnings == 1 ? "" : "s", infos, result.elapsedNanos() / 1_000_000);
    }

    private static Severity parseSeverity(String value) throws MojoExecutionException {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("procedures.failOnSeverity: " + e.getMessage());
        }
    }
}
