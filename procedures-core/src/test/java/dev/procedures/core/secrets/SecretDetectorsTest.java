package dev.procedures.core.secrets;

import dev.procedures.core.secrets.SecretDetector.Anchor;
import dev.procedures.core.secrets.SecretDetector.Form;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SecretDetectorsTest {

    /** A leading inline flag group such as {@code (?i)} or {@code (?iu)}. */
    private static final Pattern FLAGS = Pattern.compile("^\\(\\?[a-zA-Z]+\\)");

    /**
     * The anchor is a promise about the pattern: the scanner skips start positions it rules out,
     * so an anchor stricter than the pattern's own look-behind would lose secrets, and a weaker
     * one only costs time. Every line detector's anchor must match how its pattern starts.
     */
    @Test
    void everyAnchorIsWhatItsPatternStartsWith() {
        List<String> wrong = new ArrayList<>();
        for (SecretDetector d : SecretDetectors.defaults()) {
            if (d.form() == Form.PRIVATE_KEY || d.form() == Form.BLOCK_SCALAR || d.form() == Form.TABLE_COLUMN) {
                continue; // whole-text detectors: found by find(), anchors unused
            }
            String start = FLAGS.matcher(d.pattern().pattern()).replaceFirst("");
            boolean rejectsAlnum = start.startsWith("(?<![A-Za-z0-9") || start.startsWith("(?<![\\p{L}\\p{N}")
                    || start.startsWith("(?<![^\\s");
            Anchor expected = rejectsAlnum ? Anchor.WORD_START
                    : start.startsWith("^") ? Anchor.LINE_START
                    : start.startsWith("(?<=\\|)") ? Anchor.AFTER_PIPE
                    : Anchor.ANYWHERE;
            if (d.anchor() != expected) {
                wrong.add(d.id() + " is " + d.anchor() + ", its pattern says " + expected);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "WORD_START; 'x password=1'; 2; true",
            "WORD_START; 'password=1'; 0; true",
            "WORD_START; 'xpassword=1'; 1; false",
            "WORD_START; '9password=1'; 1; false",
            "WORD_START; 'ñpassword=1'; 1; true",
            "WORD_START; '_password=1'; 1; true",
            "LINE_START; 'ENV A b'; 0; true",
            "LINE_START; ' ENV A b'; 1; false",
            "AFTER_PIPE; '| clave | x |'; 1; true",
            "AFTER_PIPE; '| clave | x |'; 2; false",
            "AFTER_PIPE; '| clave | x |'; 0; false",
            "ANYWHERE; 'abc'; 2; true",
    })
    void anchorsAllowTheirStartPositionsOnly(Anchor anchor, String line, int position, boolean allowed) {
        assertEquals(allowed, anchor.allows(line, position));
    }

    @Test
    void theTableColumnDetectorNeedsAHeaderWordBesideThePipe() {
        SecretDetector column = SecretDetectors.defaults().stream().filter(d -> d.id().equals("table-column"))
                .findFirst().orElseThrow();
        assertEquals(List.of("|"), column.keywords());
        assertEquals(true, column.commands().containsAll(List.of("contrase", "password", "clave", "token")));
        SecretScanner scanner = SecretScanner.defaults();
        String table = "| Servicio | Contraseña |\n|---|---|\n| pedidos | Wq8k2LmZx9 |\n";
        assertEquals(List.of("3:table-column"),
                scanner.scan(table).stream().map(m -> m.line() + ":" + m.detectorId()).toList());
    }

    /**
     * Key-value detectors run only on lines that hold a secret word (case and accents folded):
     * their keys must name a secret, and a flag or ENV line without one costs nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "./rotar.sh --CLAVE Kd8wq2LmZx --usuario x; 1:flag",
            "ENV DB_PASSWORD Wq8k2LmZx9; 1:dockerfile-env",
            "DB_CONTRASEÑA=Wq8k2LmZx9; 1:assignment",
            "kubectl get pods --namespace pagos --context prod; ",
    })
    void keyValueDetectorsNeedASecretWordInTheLine(String line, String expected) {
        List<String> found = SecretScanner.defaults().scan(line + "\n").stream()
                .map(m -> m.line() + ":" + m.detectorId()).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), found);
    }
}
