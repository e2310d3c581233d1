package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.model.ProcedureSummary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code id-sequence}: per prefix, numbers run from 001 without gaps, unless a missing number is
 * declared retired; a retired number is never used again. Sorting makes it O(n log n).
 */
public final class IdSequenceRule implements CorpusRule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("id-sequence", Severity.ERROR,
            "Per prefix, procedure numbers are sequential from 001; a gap is allowed only for a retired number, "
                    + "and a retired number is never used again.",
            "Number the new procedure with the next free number, or declare the missing number retired "
                    + "(parameter 'retired', for example PROC-BACKEND-003).");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Corpus corpus, RuleContext context, Reporter reporter) {
        Map<String, TreeMap<Integer, List<ProcedureSummary>>> byPrefix = new TreeMap<>();
        for (ProcedureSummary s : corpus.procedures()) {
            s.id().ifPresent(id -> byPrefix.computeIfAbsent(id.prefix().toUpperCase(Locale.ROOT), k -> new TreeMap<>())
                    .computeIfAbsent(id.number(), k -> new ArrayList<>()).add(s));
        }
        Set<String> retired = new HashSet<>();
        for (ProcedureId id : corpus.retired()) {
            retired.add(key(id.prefix(), id.number()));
        }
        byPrefix.forEach((prefix, numbers) -> {
            for (var entry : numbers.entrySet()) {
                if (retired.contains(key(prefix, entry.getKey()))) {
                    for (ProcedureSummary s : entry.getValue()) {
                        reporter.report(s.path(), Math.max(s.idLine(), 1), 0, id(prefix, entry.getKey())
                                + " is retired and must not be used again; take the next free number", "reused:"
                                + id(prefix, entry.getKey()));
                    }
                }
            }
            int expected = 1;
            for (var entry : numbers.entrySet()) {
                int n = entry.getKey();
                if (n > expected) {
                    List<Integer> missing = new ArrayList<>();
                    for (int k = expected; k < n; k++) {
                        if (!retired.contains(key(prefix, k))) {
                            missing.add(k);
                        }
                    }
                    if (!missing.isEmpty()) {
                        ProcedureSummary next = entry.getValue().stream()
                                .min((a, b) -> a.path().compareTo(b.path())).orElseThrow();
                        String what = missing.size() == 1 ? id(prefix, missing.get(0)) + " is missing"
                                : describe(prefix, missing) + " are missing";
                        reporter.report(next.path(), Math.max(next.idLine(), 1), 0, what + " from the " + prefix
                                + " sequence (numbers are sequential and never reused); add it or declare it retired",
                                "gap:" + new TreeSet<>(missing));
                    }
                }
                expected = Math.max(expected, n + 1);
            }
        });
    }

    private static String describe(String prefix, List<Integer> missing) {
        List<String> ids = new ArrayList<>();
        missing.forEach(n -> ids.add(id(prefix, n)));
        return String.join(", ", ids);
    }

    private static String key(String prefix, int number) {
        return prefix.toUpperCase(Locale.ROOT) + "#" + number;
    }

    private static String id(String prefix, int number) {
        return prefix + "-" + String.format(Locale.ROOT, "%03d", number);
    }
}
