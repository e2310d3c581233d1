package dev.procedures.core.report;

import dev.procedures.core.finding.Severity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The short human summary printed at the end of {@code check}:
 *
 * <pre>
 * Files checked: 12
 * Findings: 3 (1 error, 1 warning, 1 info)
 *   id-format: 2
 *   required-metadata: 1
 * Time: 0.350 s
 * </pre>
 *
 * <p>Without findings the second line reads {@code Findings: none} and no rule lines follow.
 */
public final class Summary {

    private Summary() {
    }

    /**
     * @param input the run
     * @return the summary lines, joined with LF, without a final line break; rules sorted by id,
     *         the time in seconds with three decimals
     */
    public static String text(ReportInput input) {
        List<String> lines = new ArrayList<>();
        lines.add("Files checked: " + input.filesChecked());
        int total = input.findings().size();
        if (total == 0) {
            lines.add("Findings: none");
        } else {
            Map<Severity, Integer> bySeverity = input.countBySeverity();
            List<String> parts = new ArrayList<>();
            for (Map.Entry<Severity, Integer> e : bySeverity.entrySet()) {
                int n = e.getValue();
                String word = e.getKey().label();
                parts.add(n + " " + (n == 1 || e.getKey() == Severity.INFO ? word : word + "s"));
            }
            lines.add("Findings: " + total + " (" + String.join(", ", parts) + ")");
            for (Map.Entry<String, Integer> e : input.countByRule().entrySet()) {
                lines.add("  " + e.getKey() + ": " + e.getValue());
            }
        }
        lines.add("Time: " + BigDecimal.valueOf(input.elapsedNanos(), 9)
                .setScale(3, RoundingMode.HALF_UP).toPlainString() + " s");
        return String.join("\n", lines);
    }
}
