package dev.procedures.core.report;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import dev.procedures.core.rules.RuleDescriptor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Findings and rules shared by the report tests; given out of order on purpose. */
final class ReportFixtures {

    static final Finding ID_FORMAT = new Finding("id-format", Severity.ERROR,
            "docs/OPS-002-backup.md", 3, 5,
            "Id 'OPS-2' does not match PREFIX-NNN; rename it to 'OPS-002'.", "id:OPS-2");
    static final Finding MISSING_FIELD = new Finding("required-metadata", Severity.WARNING,
            "docs/OPS-001-restart.md", 0, 0,
            "Missing field 'Criticidad'; add a line '**Criticidad:** ALTA'.", "field:criticidad");
    static final Finding ESCAPES = new Finding("no-credentials", Severity.INFO,
            "docs/Índice & <notas>.md", 7, 2,
            "Key \"password\" holds 'p****'; use ${DB_PASSWORD} & a vault <ref>, 100% sure: ok",
            "sha256:5e88");
    static final Finding UNKNOWN_RULE = new Finding("file-encoding", Severity.ERROR,
            "docs/OPS-003-legacy.md", 12, 0,
            "Byte 0xE9 is not UTF-8; save the file as UTF-8.", "");

    static final List<RuleDescriptor> RULES = List.of(
            new RuleDescriptor("required-metadata", Severity.ERROR,
                    "Every required metadata field is present.", "Add the missing field."),
            new RuleDescriptor("id-format", Severity.ERROR,
                    "Ids follow PREFIX-NNN.", "Rename the id to PREFIX-NNN."),
            new RuleDescriptor("no-credentials", Severity.ERROR,
                    "No literal secret anywhere.", "Replace the value with a placeholder."));

    /** Four findings in four files, one per severity plus a rule without descriptor. */
    static ReportInput sample() {
        return new ReportInput(List.of(ESCAPES, ID_FORMAT, UNKNOWN_RULE, MISSING_FIELD), RULES,
                4, 1_234_567_890L, "1.2.3");
    }

    /** A run without findings. */
    static ReportInput clean() {
        return new ReportInput(List.of(), RULES, 2, 5_000_000L, "1.2.3");
    }

    static String render(ReportFormat format, ReportInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Reports.writer(format).write(input, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private ReportFixtures() {
    }
}
