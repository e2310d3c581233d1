package dev.procedures.core.secrets;

import dev.procedures.core.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link KeywordIndex}: the automaton against the definition it compiles, "the groups of the
 * keywords that occur in the line, compared character by character after {@link KeywordIndex#fold}".
 */
class KeywordIndexTest {

    /** 70 groups: two words of a group set; keywords that are prefixes, suffixes and parts of others. */
    private static final List<List<String>> GROUPS = groups();

    private static List<List<String>> groups() {
        List<List<String>> groups = new java.util.ArrayList<>();
        groups.add(List.of("password", "pass", "pwd"));
        groups.add(List.of("token", "ken"));
        groups.add(List.of("contraseña", "clave"));
        groups.add(List.of("secret", "secreto"));
        groups.add(List.of("k"));
        groups.add(List.of("api_key", "apikey"));
        groups.add(List.of("--password=", "-p"));
        for (int g = groups.size(); g < 69; g++) {
            groups.add(List.of("kw" + g));
        }
        groups.add(List.of("ñu", "sword")); // group 69: second word
        return groups;
    }

    private static final String ALPHABET = "passwordtokenclaveñseriKWkw0123456789_-= :\"'\tÉéÑnÓu\u212A\u017F\u0131\u0303\u00A0€漢";

    @Test
    void findsTheGroupsOfEveryKeywordOnRandomLines() {
        KeywordIndex index = new KeywordIndex(GROUPS);
        Random random = new Random(20261130);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(4);
            for (int l = 0; l < lines; l++) {
                if (l > 0) {
                    text.append('\n');
                }
                if (random.nextInt(3) == 0) {
                    String[] words = {"password", "ToKeN", "CONTRASEÑA", "contrasena", "sword", "KW68", "kw69", "Ñu"};
                    text.append(words[random.nextInt(words.length)]);
                }
                text.append(RandomText.chars(random, random.nextInt(30), ALPHABET));
            }
            char[] chars = text.toString().toCharArray();
            KeywordIndex.Line line = new KeywordIndex.Line();
            int from = 0;
            while (true) {
                long[] found = new long[index.words()];
                index.scanLine(chars, from, found, line);
                int end = text.indexOf("\n", from) < 0 ? text.length() : text.indexOf("\n", from);
                String expectedLine = text.substring(from, end);
                assertEquals(end, line.end, expectedLine);
                assertArrayEquals(expected(expectedLine), found, expectedLine);
                assertEquals(Arrays.stream(found).anyMatch(w -> w != 0), line.found, expectedLine);
                assertEquals(expectedLine.chars().anyMatch(c -> c >= 0x100), line.wide, expectedLine);

                long[] byFind = new long[index.words()];
                boolean any = index.find(text, from, end, byFind);
                assertArrayEquals(found, byFind, expectedLine);
                assertEquals(line.found, any, expectedLine);
                if (end == text.length()) {
                    break;
                }
                from = end + 1;
            }
        }
    }

    @Test
    void foldsCaseAndAccentsAsTheScannerDoes() {
        KeywordIndex index = new KeywordIndex(GROUPS);
        long[] found = new long[index.words()];
        KeywordIndex.Line line = new KeywordIndex.Line();
        index.scanLine("DB_CONTRASENA=x".toCharArray(), 0, found, line);
        assertTrue(line.found);
        assertEquals(1L << 2, found[0]);
        assertFalse(line.wide);

        long[] kelvin = new long[index.words()];
        index.scanLine("\u212Aw68".toCharArray(), 0, kelvin, line); // KELVIN SIGN folds to k
        assertEquals(1L << 4, kelvin[0] & (1L << 4));
        assertEquals(1L << (68 - 64), kelvin[1]);
        assertTrue(line.wide);
    }

    @Test
    void aTextWithoutKeywordsFindsNothing() {
        KeywordIndex index = new KeywordIndex(List.of(List.of(), List.of("")));
        long[] found = new long[index.words()];
        KeywordIndex.Line line = new KeywordIndex.Line();
        index.scanLine("password\nx".toCharArray(), 0, found, line);
        assertEquals(8, line.end);
        assertFalse(line.found);
        assertArrayEquals(new long[1], found);
    }

    /** The definition: a group is found when one of its folded keywords occurs in the folded line. */
    private static long[] expected(String line) {
        long[] groups = new long[2];
        String folded = fold(line);
        for (int g = 0; g < GROUPS.size(); g++) {
            for (String keyword : GROUPS.get(g)) {
                if (!keyword.isEmpty() && folded.contains(fold(keyword))) {
                    groups[g / 64] |= 1L << (g % 64);
                }
            }
        }
        return groups;
    }

    private static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(KeywordIndex.fold(s.charAt(i)));
        }
        return sb.toString();
    }
}
