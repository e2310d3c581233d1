package dev.procedures.maven;

import dev.procedures.core.baseline.Baseline;
import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.ProceduresException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Records the current findings in the baseline file ({@code procedures.baseline}, default
 * {@code .procedures-baseline.json} beside the README), so that {@code check} reports only new
 * ones. Lets a team adopt the plugin on an existing corpus. The file is sorted and stable; an
 * unchanged baseline is not rewritten.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractProceduresMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping procedures baseline (procedures.skip=true)");
            return;
        }
        for (Target target : targets()) {
            try {
                CheckResult result = new ProcedureChecker().check(target.request());
                Baseline baseline = Baseline.of(result.findings(), target.request().baseDirectory(), target.baseline());
                boolean written = baseline.write(target.baseline());
                getLog().info((written ? "Wrote " : "Baseline unchanged: ") + target.baseline() + " ("
                        + result.findings().size() + " finding" + (result.findings().size() == 1 ? "" : "s") + ")");
            } catch (ProceduresException e) {
                throw new MojoExecutionException(e.getMessage());
            }
        }
    }
}
