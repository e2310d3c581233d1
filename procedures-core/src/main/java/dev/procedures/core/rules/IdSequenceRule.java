package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.model.ProcedureSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code id-sequence}: per prefix, numbers run from 001 without gaps, unless a missing number is
 * declared retired; a retired number is never used again. Sorting makes it O(n log n).
 */
public final class IdSequenceRule implements CorpusRule {

    /** Missing numbers listed one by one up to this many; a larger gap is given as a range. */
    private static final int MAX_LISTED = 5;

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
        Map<String, TreeSet<Integer>> retired = new HashMap<>();
        for (ProcedureId id : corpus.retired()) {
            retired.computeIfAbsent(id.prefix().toUpperCase(Locale.ROOT), k -> new TreeSet<>()).add(id.number());
        }
        byPrefix.forEach((prefix, numbers) -> {
            TreeSet<Integer> retiredHere = retired.getOrDefault(prefix, new TreeSet<>());
            for (var entry : numbers.entrySet()) {
                if (retiredHere.contains(entry.getKey())) {
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
                    // counted, not enumerated: a typo such as PROC-BACKEND-9999999 must not list millions
                    long gap = (long) n - expected - retiredHere.subSet(expected, true, n, false).size();
                    if (gap > 0) {
                        List<Integer> shown = new ArrayList<>();
                        for (int k = expected; k < n && shown.size() < MAX_LISTED; k++) {
                            if (!retiredHere.contains(k)) {
                                shown.add(k);
                            }
                        }
                        ProcedureSummary next = entry.getValue().stream()
                                .min((a, b) -> a.path().compareTo(b.path())).orElseThrow();
                        String what;
                        if (gap == 1) {
                            what = id(prefix, shown.get(0)) + " is missing";
                        } else if (gap <= MAX_LISTED) {
                            what = describe(prefix, shown) + " are missing";
                        } else {
                            what = gap + " numbers are missing, " + id(prefix, expected) + " to " + id(prefix, n - 1);
                        }
                        reporter.report(next.path(), Math.max(next.idLine(), 1), 0, what + " from the " + prefix
                                + " sequence (numbers are sequential and never reused); add "
                                + (gap == 1 ? "it" : "them") + " or declare " + (gap == 1 ? "it" : "them")
                                + " retired", gap <= MAX_LISTED ? "gap:" + shown : "gap:" + expected + "-" + (n - 1) + "/" + gap);
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

    private static String id(String prefix, int number) {
        return prefix + "-" + String.format(Locale.ROOT, "%03d", number);
    }
}
