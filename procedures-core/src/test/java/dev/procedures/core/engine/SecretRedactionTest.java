package dev.procedures.core.engine;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules other than no-credentials quote source text (step titles, placeholders, sign-off lines); a
 * password in that text must show masked in their messages too.
 */
class SecretRedactionTest {

    @TempDir
    Path dir;

    @Test
    void messagesOfEveryRuleShowSecretsMasked() throws Exception {
        Files.writeString(dir.resolve("PROC-BACKEND-001-conexion-mysql.md"), """
                ---
                id: PROC-BACKEND-001
                titulo: Conexión a mysql
                ---

                # PROC-BACKEND-001: Conexión a mysql

                ## Pasos de Ejecución

                ### Paso 1: Conectar con mysql -uroot -pLk9wR97xYz

                **Resultado Esperado:** [password=Lk9wR94xYz]

                ## Aprobaciones

                - **Revisado por:** [Pendiente] - clave: Lk9wR95xYz
                """);
        List<Finding> findings = Engine.check(dir, LocalDate.of(2026, 11, 29), 1).findings();
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("step-duration")
                && f.message().startsWith("'Paso 1: Conectar con mysql -uroot -pLk********' has no estimated")),
                findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("template-leftovers")
                && f.message().contains("'[password=Lk********")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("approvals")
                && f.message().contains("clave: Lk********")), findings.toString());
        for (Finding f : findings) {
            for (String secret : List.of("Lk9wR97xYz", "Lk9wR94xYz", "Lk9wR95xYz", "9wR9")) {
                assertFalse(f.message().contains(secret), f.format());
            }
        }
        assertEquals(3, findings.stream().filter(f -> f.ruleId().equals("no-credentials")).count(), findings.toString());
    }
}
