package dev.procedures.core.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelSyntaxTest {

    /** The groups of the expression, as strings, or "no match". */
    private static String byExpression(String line) {
        Matcher m = LabelSyntax.LABEL.matcher(line);
        if (!m.matches()) {
            return "no match";
        }
        List<String> g = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            g.add(m.group(i));
        }
        return g.toString();
    }

    private static String byHand(String line) {
        int[] groups = new int[10];
        if (!LabelSyntax.match(line, 0, line.length(), groups)) {
            return "no match";
        }
        List<String> g = new ArrayList<>();
        for (int i = 0; i < 10; i += 2) {
            g.add(line.substring(groups[i], groups[i + 1]));
        }
        return g.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "**Criticidad:** ALTA                    | [, Criticidad, :, , ALTA]",
            "**Criticidad**: ALTA                    | [, Criticidad, , :, ALTA]",
            "\"  [ ] **Versión:** 1.2.0\"            | \"[  [ ] , Versión, :, , 1.2.0]\"",
            "\"[x]  **Clave :**   valor  \"          | \"[[x]  , Clave, :, , valor  ]\"",
            "- [ ] **En lista:** sin quitar el guion | no match",
            "**Negrita** sin dos puntos              | [, Negrita, , , sin dos puntos]",
            "**a::** b                               | [, a:, :, , b]",
            "**: ** b                                | [, :, , , b]",
            "**sin cierre: valor                     | no match",
            "**a*b:** c                              | no match",
            "[ ]**Pegado:** x                        | no match",
            "texto **Clave:** valor                  | no match",
    })
    void readsTheTemplateLabels(String line, String expected) {
        assertEquals(expected, byHand(line));
        assertEquals(byExpression(line), byHand(line));
    }

    /**
     * The quick reading is the expression: on random lines over the characters that matter
     * (markers, colons, task boxes, white space of every kind, line separators) both agree on
     * whether the line matches and on every group.
     */
    @Test
    void agreesWithTheExpressionOnRandomLines() {
        char[] alphabet = {'*', '*', '*', ':', ':', ' ', ' ', '\t', '\f', '\u000B', '[', ']', 'x', 'X', 'a', 'b', 'é',
                '\r', '\u2028', '\u0085', '-'};
        Random random = new Random(20261129L);
        int matched = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(24);
            if (random.nextBoolean()) {
                sb.append(random.nextBoolean() ? "**" : " [x] **");
            }
            for (int i = 0; i < length; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            if (random.nextInt(4) == 0) {
                sb.append("a".repeat(70 + random.nextInt(20))).append(":** v");
            } else if (random.nextBoolean()) {
                // a label-shaped tail: closing markers after the random key
                sb.append(random.nextBoolean() ? ":" : "").append(random.nextBoolean() ? " " : "").append("**")
                        .append(random.nextBoolean() ? ": " : " ").append("valor");
            }
            String line = sb.toString();
            String expected = byExpression(line);
            assertEquals(expected, byHand(line), () -> "line '" + line.replace("\r", "\\r") + "'");
            if (!expected.equals("no match")) {
                matched++;
            }
        }
        assertTrue(matched > 10_000, "the random lines must exercise matches too: " + matched);
    }
}
