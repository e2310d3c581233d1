package dev.procedures.core.scaffold;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.markdown.MarkdownReader;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.rules.RuleContext;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code new} never writes a secret given in its parameters: the title would become the file name
 * and be written into the file and the README index. Works on a copy of {@code examples/procedures}.
 */
class ProcedureScaffolderSecretTest {

    private static final String SECRET = "TiPw5rTg6Yh";

    @TempDir
    Path dir;

    @BeforeEach
    void copyExample() {
        SharedData.copyFiles(Path.of("..", "examples", "procedures").toAbsolutePath().normalize(), dir);
    }

    private CheckRequest set(List<String> placeholders) {
        return new CheckRequest(dir, dir, dir.resolve("README.md"), StandardCharsets.UTF_8, Set.of(), Set.of(), null,
                new RuleContext(LocalDate.of(2026, 11, 29), dev.procedures.core.vocabulary.Vocabulary.defaults(),
                        placeholders, 30), RuleSettings.defaults(), 1);
    }

    /** Every file of the folder with its bytes, to see that nothing was written. */
    private Map<String, String> contents() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private ProceduresException refused(String title, String criticality, String type, String frequency)
            throws IOException {
        Map<String, String> before = contents();
        ProceduresException e = assertThrows(ProceduresException.class, () -> new ProcedureScaffolder().create(
                new NewProcedureRequest(set(List.of()), null, title, criticality, type, frequency)));
        assertEquals(before, contents(), "nothing written");
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertFalse(e.getMessage().toLowerCase().contains(SECRET.toLowerCase()), "nor its slug: " + e.getMessage());
        return e;
    }

    @Test
    void aTitleWithAPasswordIsRefusedWithTheValueMasked() throws IOException {
        ProceduresException e = refused("Acceso mysql -p" + SECRET + " a la base", "ALTA", "maintenance", null);
        assertEquals("procedures.title holds a literal password in mysql -p (value 'Ti********'); the title names "
                + "the file and goes into the file and the README index, so write it without the secret (say where "
                + "to get it instead, such as a vault) and rotate the secret; nothing written", e.getMessage());
    }

    @Test
    void anAssignmentInTheTitleIsRefused() throws IOException {
        ProceduresException e = refused("password=" + SECRET, "ALTA", "maintenance", null);
        assertTrue(e.getMessage().startsWith("procedures.title holds a literal password (value 'Ti********')"),
                e.getMessage());
    }

    @Test
    void aSecretInAnotherParameterIsNotQuotedAsAnUnknownValue() throws IOException {
        ProceduresException e = refused("Acceso a la base", "ALTA", "password=" + SECRET, null);
        assertEquals("procedures.type holds a literal password (value 'Ti********'); give the type without the "
                + "secret and rotate the secret; nothing written", e.getMessage());
        refused("Acceso a la base", "ALTA", "maintenance", "token=" + SECRET);
        refused("Acceso a la base", "password=" + SECRET, "maintenance", null);
    }

    @Test
    void titlesThatOnlyNameASecretAreWrittenAsGiven() throws Exception {
        NewProcedure created = new ProcedureScaffolder().create(new NewProcedureRequest(set(List.of()), null,
                "Rotación de la contraseña de MySQL", "ALTA", "maintenance", null));
        assertEquals(dir.resolve("PROC-BACKEND-004-rotacion-de-la-contrasena-de-mysql.md"), created.file());
        assertTrue(Files.readAllLines(created.file(), StandardCharsets.UTF_8)
                .contains("titulo: Rotación de la contraseña de MySQL"));
    }

    @Test
    void sectionsLeftToWriteAreListedWithSecretsMasked() {
        MarkdownDocument doc = new MarkdownReader().read(SourceText.of("""
                # PROC-BACKEND-004: Acceso a la base

                ## Acceso con password=Hk3mW9pQ2xZ7

                [Pendiente]

                ## Pasos de Ejecución

                [Pendiente]
                """));
        assertEquals(List.of("Acceso con password=Hk********", "Pasos de Ejecución"),
                ProcedureScaffolder.sectionsAt(doc, List.of(5, 9), List.of()));
        assertEquals(List.of("Pasos de Ejecución"), ProcedureScaffolder.sectionsAt(doc, List.of(9), List.of()));
    }

    @Test
    void aDeclaredPlaceholderValueIsNoSecret() throws Exception {
        String title = "Acceso mysql -p" + SECRET + " a la base";
        NewProcedure created = new ProcedureScaffolder().create(new NewProcedureRequest(set(List.of(SECRET)), null,
                title, "ALTA", "maintenance", null));
        assertEquals(dir.resolve("PROC-BACKEND-004-acceso-mysql-ptipw5rtg6yh-a-la-base.md"), created.file());
    }
}
