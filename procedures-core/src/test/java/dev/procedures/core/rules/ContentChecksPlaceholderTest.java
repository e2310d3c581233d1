package dev.procedures.core.rules;

import dev.procedures.core.testing.RandomText;
import dev.procedures.core.text.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ContentChecks#isPlaceholder} against its definition by regular expressions alone (split at
 * the first name-date separator, then the bracket, word and numbered-name tests), on known values
 * and on random ones built from the characters those expressions look at.
 */
class ContentChecksPlaceholderTest {

    private static final Pattern NUMBERED_NAME = Pattern.compile("^(?:nombre|name)\\s*\\d*$");
    private static final Pattern BRACKETED = Pattern.compile("^\\[[^\\]]*\\]$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-\u2013\u2014|]\\s+");

    /** The expression-only definition the rule's shortcuts must agree with. */
    private static boolean reference(String value) {
        String v = value == null ? "" : value.replace("**", "").replace("`", "").trim();
        String head = SEPARATOR.split(v, 2)[0].trim();
        if (BRACKETED.matcher(head).matches()) {
            return true;
        }
        String folded = TextNormalizer.fold(head);
        return ContentChecks.PLACEHOLDER_WORDS.contains(folded) || NUMBERED_NAME.matcher(folded).matches();
    }

    @Test
    void knownValues() {
        assertTrue(ContentChecks.isPlaceholder("[Pendiente] - [Fecha]"));
        assertTrue(ContentChecks.isPlaceholder("**Nombre2**"));
        assertTrue(ContentChecks.isPlaceholder(" TBD | 2025-01-01"));
        assertTrue(ContentChecks.isPlaceholder(null));
        assertFalse(ContentChecks.isPlaceholder("SRE - 2025-11-18"));
        assertFalse(ContentChecks.isPlaceholder("[Pendiente] x"));
        assertFalse(ContentChecks.isPlaceholder("Nombres"));
    }

    @Test
    void agreesWithTheExpressionsOnRandomValues() {
        String[] pieces = {"[", "]", " ", "\t", " - ", " | ", " \u2013 ", "-", "|", "**", "`", "nombre", "Name",
                "NOMBRE", "1", "42", "pendiente", "TBD", "n/a", "x", "é", "fecha", "...", "\u00A0", "?", "por definir", "wip"};
        Random random = new Random(20261130L);
        for (int round = 0; round < 50_000; round++) {
            String value = RandomText.pieces(random, random.nextInt(7), pieces);
            assertEquals(reference(value), ContentChecks.isPlaceholder(value), () -> "'" + value + "'");
        }
    }
}
