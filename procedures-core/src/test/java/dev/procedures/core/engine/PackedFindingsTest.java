package dev.procedures.core.engine;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PackedFindingsTest {

    private static final String PATH = "procedures/PROC-BACKEND-001-limpiar-logs.md";

    private static List<Finding> roundTrip(List<Finding> findings, Map<String, String> ruleIds) {
        List<Finding> back = new ArrayList<>();
        PackedFindings.unpack(PackedFindings.pack(findings, PATH), PATH, ruleIds, back);
        return back;
    }

    @Test
    void givesBackEqualFindingsInOrder() {
        List<Finding> findings = List.of(
                new Finding("step-validation", Severity.ERROR, PATH, 42, 1,
                        "step 'Paso 3: Reiniciar el servicio' has no validation", "0123456789abcdef"),
                new Finding("review-date", Severity.WARNING, PATH, 0, 0, "review overdue since 2025-01-15", ""),
                new Finding("no-credentials", Severity.INFO, PATH, 7, 19,
                        "credential in a command: contraseña=****; use a placeholder", "fedcba9876543210"));
        assertEquals(findings, roundTrip(findings, new HashMap<>()));
    }

    @Test
    void keepsAPathOtherThanTheFilesAndTextBeyondModifiedUtf8Limits() {
        String longMessage = "ñ€😀".repeat(30_000); // 270,000 UTF-8 bytes: past writeUTF's 65,535
        List<Finding> findings = List.of(
                new Finding("index-links", Severity.ERROR, "README.md", 3, 2, longMessage, "a\u0000b"),
                new Finding("semver", Severity.ERROR, PATH, Integer.MAX_VALUE, 0, "", ""));
        List<Finding> back = roundTrip(findings, new HashMap<>());
        assertEquals(findings, back);
        assertEquals(270_000, back.get(0).message().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void noFindingsPackToNothingAndUnpackToNothing() {
        assertEquals(0, PackedFindings.pack(List.of(), PATH).length);
        assertEquals(List.of(), roundTrip(List.of(), new HashMap<>()));
    }

    @Test
    void equalRuleIdsShareOneStringAcrossFiles() {
        Map<String, String> ruleIds = new HashMap<>();
        Finding f = new Finding(new String("rollback"), Severity.ERROR, PATH, 1, 1, "m", "");
        Finding a = roundTrip(List.of(f), ruleIds).get(0);
        Finding b = roundTrip(List.of(f), ruleIds).get(0);
        assertEquals("rollback", a.ruleId());
        assertSame(a.ruleId(), b.ruleId());
    }

    @Test
    void keepsUnpairedSurrogatesAndTextsOfAnyLengthInEveryField() {
        String unpaired = "paso \uD83D fin \uDE00";
        String longFingerprint = "\u20AC".repeat(PackedFindings.PIECE + 1); // past 65,535 bytes
        List<Finding> findings = List.of(
                new Finding(unpaired, Severity.ERROR, PATH, 1, 1, unpaired, unpaired),
                new Finding("r".repeat(3 * PackedFindings.PIECE), Severity.WARNING, unpaired, -1, -5,
                        "x".repeat(PackedFindings.PIECE), longFingerprint));
        assertEquals(findings, roundTrip(findings, new HashMap<>()));
    }
}
