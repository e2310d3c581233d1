package dev.procedures.core.fork;

import dev.procedures.core.config.ConfigurationException;
import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.rules.RuleContext;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the forked check JVM that {@link ForkedChecker} starts.
 *
 * <p>Usage: {@code ForkMain RESPONSE.json}, with the request on standard input (so the caller can
 * write it while this JVM starts). Reads a {@link ForkRequest}, checks each job with its result
 * cache, and writes the results, or the message of the configuration or input error that stopped
 * the run, as JSON. Exit code 0 when the response was written (also for such an error), 2 on a
 * usage error or when the request cannot be read or the response written. Nothing is printed on
 * success.
 */
public final class ForkMain {

    private ForkMain() {
    }

    /**
     * @param args the response file
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ForkMain RESPONSE.json < REQUEST.json");
            System.exit(2);
        }
        try {
            ForkRequest request = ForkJson.readRequest(System.in);
            try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
                ForkJson.writeResponse(run(request), out);
            }
        } catch (IOException e) {
            System.err.println("forked check: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Checks every job of a request, in order, as the build tool's process would.
     *
     * @param request the settings and jobs
     * @return the results, or the message of the first error
     */
    static ForkResponse run(ForkRequest request) {
        try {
            RuleContext context = request.settings().ruleContext();
            RuleSettings rules = request.settings().ruleSettings();
            List<CheckResult> results = new ArrayList<>();
            for (CheckJob job : request.jobs()) {
                results.add(job.check(job.request(context, rules)));
            }
            return new ForkResponse(results, null);
        } catch (ConfigurationException | ProceduresException e) {
            return new ForkResponse(List.of(), e.getMessage());
        } catch (RuntimeException e) {
            // a defect, not bad input: said in one line, as Maven says it of a goal that fails
            return new ForkResponse(List.of(), "the check failed: " + e);
        }
    }
}
