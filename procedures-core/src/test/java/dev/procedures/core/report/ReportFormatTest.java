package dev.procedures.core.report;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportFormatTest {

    @Test
    void parsesNamesAndAliasesInAnyCase() {
        assertEquals(ReportFormat.PLAIN, ReportFormat.parse("plain"));
        assertEquals(ReportFormat.PLAIN, ReportFormat.parse("TXT"));
        assertEquals(ReportFormat.CHECKSTYLE, ReportFormat.parse(" Checkstyle "));
        assertEquals(ReportFormat.CHECKSTYLE, ReportFormat.parse("xml"));
        assertEquals(ReportFormat.SARIF, ReportFormat.parse("SARIF"));
        assertEquals(ReportFormat.JSON, ReportFormat.parse("json"));
        assertEquals(ReportFormat.JUNIT, ReportFormat.parse("JUnit"));
    }

    @Test
    void rejectsUnknownNamesWithTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportFormat.parse("html"));
        assertEquals("unknown report format 'html' (expected plain, checkstyle, sarif, json or junit)",
                e.getMessage());
    }

    @Test
    void parsesCommaSeparatedLists() {
        assertEquals(EnumSet.of(ReportFormat.SARIF, ReportFormat.CHECKSTYLE, ReportFormat.JUNIT),
                ReportFormat.parseAll("sarif, xml,,junit,sarif"));
        assertThrows(IllegalArgumentException.class, () -> ReportFormat.parseAll(" , "));
        assertThrows(IllegalArgumentException.class, () -> ReportFormat.parseAll("sarif,pdf"));
    }
}
