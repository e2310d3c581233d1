package dev.procedures.core.report;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secrets found by {@code no-credentials} reach reports only as masked values: a rule puts a mask
 * in the message and a hash in the fingerprint, and no writer may add anything else about the
 * finding (source line, snippet) that could carry the value.
 */
class NoSecretInReportsTest {

    private static final String SECRET = "Tr0ub4dor&3-s3cr3t";
    private static final String ENCODED_SECRET = "Tr0ub4dor%263-s3cr3t";

    private static ReportInput input() {
        // What the credentials rule reports for "password: Tr0ub4dor&3-s3cr3t" and for a URL
        // holding the percent-encoded form: key and mask only, fingerprint a hash.
        return new ReportInput(List.of(
                new Finding("no-credentials", Severity.ERROR, "docs/OPS-010-db.md", 25, 11,
                        "Literal value for key 'password' (Tr****): replace it with a placeholder"
                                + " such as ${DB_PASSWORD}.", "sha256:9f86d081884c7d65"),
                new Finding("no-credentials", Severity.WARNING, "docs/OPS-010-db.md", 29, 7,
                        "Password in URL 'https://admin:****@db.example.com': use a secret store.",
                        "sha256:60303ae22b998861")),
                ReportFixtures.RULES, 1, 1_000_000L, "1.2.3");
    }

    @Test
    void noReportFormatContainsTheSecret() {
        ReportInput input = input();
        List<String> outputs = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            outputs.add(ReportFixtures.render(format, input));
        }
        outputs.addAll(GitHubAnnotations.lines(input.findings()));
        outputs.add(Summary.text(input));
        for (String output : outputs) {
            assertFalse(output.contains(SECRET), output);
            assertFalse(output.contains(ENCODED_SECRET), output);
            assertFalse(output.contains("Tr0ub4dor"), output);
        }
    }

    @Test
    void everyFileFormatStillShowsTheMaskedValue() {
        for (ReportFormat format : ReportFormat.values()) {
            String output = ReportFixtures.render(format, input());
            assertTrue(output.contains("(Tr****)"), format.label());
            assertTrue(output.contains("admin:****@db.example.com"), format.label());
        }
    }
}
