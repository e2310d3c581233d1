package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.ProcedureSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code id-unique}: no two procedure files share an id. One finding per shared id, reported on
 * the second file by path, naming all of them; the result does not depend on the order in which
 * the file system lists files.
 */
public final class IdUniqueRule implements CorpusRule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("id-unique", Severity.ERROR,
            "No two procedures share an id.",
            "Give the newer procedure the next free number of its prefix and rename its file; numbers are never "
                    + "reused.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Corpus corpus, RuleContext context, Reporter reporter) {
        Map<String, List<ProcedureSummary>> byId = new TreeMap<>();
        for (ProcedureSummary s : corpus.procedures()) {
            s.id().ifPresent(id -> byId.computeIfAbsent(id.prefix().toUpperCase(Locale.ROOT) + "-"
                    + String.format(Locale.ROOT, "%03d", id.number()), k -> new ArrayList<>()).add(s));
        }
        byId.forEach((id, list) -> {
            if (list.size() < 2) {
                return;
            }
            List<ProcedureSummary> sorted = new ArrayList<>(list);
            sorted.sort((a, b) -> a.path().compareTo(b.path()));
            String names = sorted.stream().map(ProcedureSummary::fileName).collect(Collectors.joining(", "));
            ProcedureSummary second = sorted.get(1);
            reporter.report(second.path(), Math.max(second.idLine(), 1), 0, "id " + id + " is used by " + sorted.size()
                    + " files: " + names + "; give each procedure its own number", "dup:" + id);
        });
    }
}
