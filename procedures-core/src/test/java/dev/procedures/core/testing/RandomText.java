package dev.procedures.core.testing;

import java.util.Random;

/**
 * Random texts for the differential tests that hold a fast path equal to its definition: a number
 * of pieces, or characters, each drawn with {@link Random#nextInt(int)} in turn, so a given seed
 * always gives the same texts.
 */
public final class RandomText {

    private RandomText() {
    }

    /**
     * @param random the source, advanced once per piece
     * @param count  how many pieces (the caller draws it, so its bound is the caller's)
     * @param pieces what to draw from
     * @return the pieces joined
     */
    public static String pieces(Random random, int count, String... pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    /**
     * @param random   the source, advanced once per character
     * @param count    how many characters
     * @param alphabet what to draw from
     * @return the characters
     */
    public static String chars(Random random, int count, String alphabet) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
