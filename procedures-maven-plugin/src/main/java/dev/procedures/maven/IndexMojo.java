package dev.procedures.maven;

import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.index.IndexGenerator;
import dev.procedures.core.index.IndexResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Regenerates the README index of the procedures: between the {@code procedures-index} markers, or
 * the body of the {@code Índice de Procedimientos} section. Every byte outside that region stays as
 * it was; an unchanged README is not written; writes are atomic.
 */
@Mojo(name = "index", threadSafe = true, requiresProject = false)
public class IndexMojo extends AbstractProceduresMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping procedures index (procedures.skip=true)");
            return;
        }
        for (Target target : targets()) {
            try {
                IndexResult result = new IndexGenerator().index(target.request());
                getLog().info((result.changed() ? "Updated the index of " : "Index up to date, left unchanged: ")
                        + result.readme() + " (" + result.procedures() + " procedure"
                        + (result.procedures() == 1 ? "" : "s") + ")");
            } catch (ProceduresException e) {
                throw new MojoExecutionException(e.getMessage());
            }
        }
    }
}
