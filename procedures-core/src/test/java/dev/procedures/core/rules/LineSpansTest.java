package dev.procedures.core.rules;

import dev.procedures.core.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.ToLongBiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link LineSpans} finds what its patterns find, span for span. */
class LineSpansTest {

    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]\\n]*)\\]");
    private static final Pattern INLINE_CODE = Pattern.compile("`+[^`\\n]+?`+");
    private static final String[] PIECES = {"[", "]", "`", "``", "\n", "a", " ", "x", "[ ]", "`c`", "é"};

    @Test
    void examples() {
        assertEquals(List.of("2:[Nombre]", "13:[URL]"), found("- [Nombre] y [URL]", LineSpans::bracket));
        assertEquals(List.of("3:[b]"), found("[a\n[b] [c", LineSpans::bracket));
        assertEquals(List.of("0:``x`", "7:` `"), found("``x` `\n` ` `y", LineSpans::inlineCode));
        assertEquals(List.of("4:` ``"), found("`a\nb` ``", LineSpans::inlineCode));
    }

    @Test
    void findsWhatThePatternsFindOnRandomText() {
        Random random = new Random(20261130L);
        int spans = 0;
        for (int n = 0; n < 100_000; n++) {
            String text = RandomText.pieces(random, random.nextInt(16), PIECES);
            List<String> brackets = found(text, LineSpans::bracket);
            List<String> code = found(text, LineSpans::inlineCode);
            assertEquals(found(text, BRACKET), brackets, () -> "brackets in '" + text + "'");
            assertEquals(found(text, INLINE_CODE), code, () -> "code in '" + text + "'");
            spans += brackets.size() + code.size();
        }
        assertTrue(spans > 50_000, "spans found: " + spans);
    }

    private static List<String> found(String text, Pattern pattern) {
        List<String> result = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            result.add(m.start() + ":" + m.group());
        }
        return result;
    }

    private static List<String> found(String text, ToLongBiFunction<String, Integer> finder) {
        List<String> result = new ArrayList<>();
        int from = 0;
        for (long s = finder.applyAsLong(text, from); s != LineSpans.NONE; s = finder.applyAsLong(text, from)) {
            result.add(LineSpans.start(s) + ":" + text.substring(LineSpans.start(s), LineSpans.end(s)));
            from = LineSpans.end(s);
        }
        return result;
    }
}
