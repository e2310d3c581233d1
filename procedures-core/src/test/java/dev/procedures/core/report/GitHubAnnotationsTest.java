package dev.procedures.core.report;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GitHubAnnotationsTest {

    @Test
    void writesErrorsThenWarningsThenNotices() {
        assertEquals(List.of(
                "::error file=docs/OPS-002-backup.md,line=3,col=5,title=id-format::"
                        + "Id 'OPS-2' does not match PREFIX-NNN; rename it to 'OPS-002'.",
                "::error file=docs/OPS-003-legacy.md,line=12,title=file-encoding::"
                        + "Byte 0xE9 is not UTF-8; save the file as UTF-8.",
                "::warning file=docs/OPS-001-restart.md,title=required-metadata::"
                        + "Missing field 'Criticidad'; add a line '**Criticidad:** ALTA'.",
                "::notice file=docs/Índice & <notas>.md,line=7,col=2,title=no-credentials::"
                        + "Key \"password\" holds 'p****'; use ${DB_PASSWORD} & a vault <ref>, 100%25 sure: ok"),
                GitHubAnnotations.lines(ReportFixtures.sample().findings()));
    }

    @Test
    void escapesPropertiesAndMessagePerWorkflowCommandRules() {
        Finding f = new Finding("rule,x:y", Severity.WARNING, "dir,a/b:c%d.md", 4, 0,
                "50% done\r\nnext: a, b\nend", "k");
        assertEquals(List.of("::warning file=dir%2Ca/b%3Ac%25d.md,line=4,title=rule%2Cx%3Ay::"
                        + "50%25 done%0D%0Anext: a, b%0Aend"),
                GitHubAnnotations.lines(List.of(f)));
    }

    @Test
    void escapeFunctionsFollowTheRunner() {
        assertEquals("%25%0D%0A:,", GitHubAnnotations.escapeData("%\r\n:,"));
        assertEquals("%25%0D%0A%3A%2C", GitHubAnnotations.escapeProperty("%\r\n:,"));
        // '%' is escaped first, so an escape sequence already in the text is kept literally.
        assertEquals("%250A", GitHubAnnotations.escapeData("%0A"));
    }

    @Test
    void commandsFollowSeverity() {
        assertEquals("error", GitHubAnnotations.command(Severity.ERROR));
        assertEquals("warning", GitHubAnnotations.command(Severity.WARNING));
        assertEquals("notice", GitHubAnnotations.command(Severity.INFO));
    }
}
