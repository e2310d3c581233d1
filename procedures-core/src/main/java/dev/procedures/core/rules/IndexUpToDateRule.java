package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.index.IndexDiff;
import dev.procedures.core.index.IndexGenerator;
import dev.procedures.core.index.IndexLayoutException;
import dev.procedures.core.index.IndexPlan;

import java.util.List;

/**
 * {@code index-up-to-date} (corpus): the README index equals what {@code mvn procedures:index}
 * would write (SPEC section 4). One finding at the README, on the line where the index region
 * starts, naming what is stale where that can be told from the links in the index (a procedure
 * missing, listed under the wrong criticality or type, or listed without a file). A missing or
 * unreadable README, a README without markers or index section, and broken markers are one finding
 * too (line 0 when no line applies); the {@code index} goal refuses to write in those cases.
 */
public final class IndexUpToDateRule implements CorpusRule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("index-up-to-date", Severity.ERROR,
            "The README index lists every procedure as the index goal would write it.",
            "Run mvn procedures:index and commit the regenerated README; the index is written between the "
                    + "<!-- procedures-index:start --> and <!-- procedures-index:end --> markers, or in the section "
                    + "headed 'Índice de Procedimientos'.");

    private static final int MAX_NAMED = 3;
    private static final String FIX = "run mvn procedures:index to regenerate it";

    private final IndexGenerator generator = new IndexGenerator();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Corpus corpus, RuleContext context, Reporter reporter) {
        IndexPlan plan;
        try {
            plan = generator.plan(corpus);
        } catch (IndexLayoutException e) {
            reporter.report(corpus.readmePath(), e.line(), 0, e.getMessage() + "; then " + FIX,
                    corpus.readme().isEmpty() ? "readme-missing" : "index-layout");
            return;
        }
        if (!plan.stale()) {
            return;
        }
        List<String> differences = IndexDiff.describe(corpus.readme().orElseThrow().document(), plan,
                corpus.procedures(), context.vocabulary());
        StringBuilder message = new StringBuilder("README index is out of date: ");
        if (differences.isEmpty()) {
            message.append("its text differs from what the index goal writes (titles, columns, order or layout)");
        } else {
            message.append(String.join("; ", differences.subList(0, Math.min(MAX_NAMED, differences.size()))));
            if (differences.size() > MAX_NAMED) {
                message.append("; and ").append(differences.size() - MAX_NAMED).append(" more");
            }
        }
        message.append("; ").append(FIX);
        reporter.report(plan.path(), plan.line(), 0, message.toString(),
                "stale:" + plan.currentText() + "\u0000" + plan.newText());
    }
}
