package dev.procedures.core.testing;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.rules.RuleContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Runs the whole engine (every registered rule) on one folder, paths relative to that folder. */
public final class Engine {

    private Engine() {
    }

    /**
     * @param dir     the procedures directory (also the base directory; README.md inside it)
     * @param today   the date that counts as today
     * @param threads reader threads
     * @return the result
     * @throws ProceduresException if the directory cannot be listed
     */
    public static CheckResult check(Path dir, LocalDate today, int threads) throws ProceduresException {
        return check(dir, today, threads, RuleSettings.defaults());
    }

    /**
     * @param dir      the procedures directory
     * @param today    the date that counts as today
     * @param threads  reader threads
     * @param settings rule settings
     * @return the result
     * @throws ProceduresException if the directory cannot be listed
     */
    public static CheckResult check(Path dir, LocalDate today, int threads, RuleSettings settings)
            throws ProceduresException {
        CheckRequest request = new CheckRequest(dir, dir, dir.resolve("README.md"), StandardCharsets.UTF_8, Set.of(),
                Set.of(), null, RuleContext.defaults(today), settings, threads);
        return new ProcedureChecker().check(request);
    }

    /**
     * @param result a result
     * @param ruleId a rule id
     * @return its findings of that rule, in report order
     */
    public static List<Finding> of(CheckResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /**
     * @param findings findings
     * @return each as {@code rule path:line}, for compact exact assertions
     */
    public static List<String> places(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.path() + ":" + f.line()).toList();
    }
}
