package dev.procedures.core.secrets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, in one pass over a stretch of text, which groups of keywords it holds a keyword of, ignoring case
 * (the Aho-Corasick automaton, Aho and Corasick, "Efficient string matching", CACM 18(6), 1975,
 * compiled to a deterministic automaton: one table lookup per character, no failure links at scan
 * time). The scanner asks it once per line instead of asking every detector to search for each
 * of its keywords; a group is the keywords, or the commands, of one detector.
 *
 * <p>Case is folded per character with {@link Character#toUpperCase(char)} then
 * {@link Character#toLowerCase(char)}, which finds a keyword wherever the scanner's lower-cased
 * line holds it and wherever a case-insensitive Unicode pattern matches it, and so are accents ({@code é} is
 * {@code e}, {@code ñ} is {@code n}), so that the automaton finds a keyword wherever the scanner
 * could (a key is folded before it is judged) and sometimes where it cannot: it is a pre-filter.
 *
 * <p>A set of groups is a {@code long[]} of {@link #words()} words (group {@code g} is bit
 * {@code g % 64} of word {@code g / 64}). Immutable after construction and thread-safe.
 */
final class KeywordIndex {

    /**
     * Character class of the UTF-16 units below {@link #LOW} after folding; 0 for characters in no
     * keyword. Small, so that it stays in the processor's cache beside the parser's data.
     */
    private final char[] classOf;
    /** The units from {@link #LOW} on that have a class (few: U+212A KELVIN SIGN folds to k), sorted, and their classes. */
    private final char[] highUnits;
    private final char[] highClasses;
    private static final int LOW = 0x2000;
    private final int classes;
    /**
     * The complete transition function, with states numbered so that the accepting ones come last
     * (from {@link #acceptingRow}) and each state stored as its row's offset ({@code state * classes}):
     * {@code delta[row + class]} is the next state's row, so a step is one addition and one load,
     * and "a keyword ends here" one comparison ({@code row >= acceptingRow}).
     */
    private final int[] delta;
    /** Row of the first accepting state; every row from it on accepts. */
    private final int acceptingRow;
    /** Groups of the keywords ending at each accepting state (its own and its failure chain's), {@link #words} per state, from {@link #acceptingRow}. */
    private final long[] outputs;
    private final int words;

    /**
     * @param groups per group (its index is its bit), lower-case keywords; a keyword may be in several
     *               groups, empty keywords are ignored
     */
    KeywordIndex(List<List<String>> groups) {
        Map<String, List<Integer>> ids = new LinkedHashMap<>();
        Map<Character, Integer> classIds = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String w : groups.get(g)) {
                if (w.isEmpty()) {
                    continue;
                }
                ids.computeIfAbsent(w, k -> new ArrayList<>()).add(g);
                for (int i = 0; i < w.length(); i++) {
                    classIds.putIfAbsent(fold(w.charAt(i)), classIds.size() + 1);
                }
            }
        }
        classes = classIds.size() + 1;
        // class by folded character, as an array: filling the tables asks it for all 65,536 units
        char[] classByFolded = new char[Character.MAX_VALUE + 1];
        classIds.forEach((c, k) -> classByFolded[c] = (char) k.intValue());
        classOf = new char[LOW];
        StringBuilder units = new StringBuilder();
        StringBuilder unitClasses = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char k = classByFolded[fold((char) c)];
            if (c < LOW) {
                classOf[c] = k;
            } else if (k != 0) {
                units.append((char) c);
                unitClasses.append(k);
            }
        }
        highUnits = units.toString().toCharArray();
        highClasses = unitClasses.toString().toCharArray();
        words = Math.max(1, (groups.size() + 63) / 64);

        // the trie
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(emptyRow());
        ends.add(new ArrayList<>());
        for (Map.Entry<String, List<Integer>> e : ids.entrySet()) {
            int state = 0;
            for (int i = 0; i < e.getKey().length(); i++) {
                int k = classIds.get(fold(e.getKey().charAt(i)));
                if (trie.get(state)[k] < 0) {
                    trie.get(state)[k] = trie.size();
                    trie.add(emptyRow());
                    ends.add(new ArrayList<>());
                }
                state = trie.get(state)[k];
            }
            ends.get(state).addAll(e.getValue());
        }

        // breadth first: failure links fill the missing transitions and merge the outputs
        int states = trie.size();
        if (states > Character.MAX_VALUE) {
            throw new IllegalArgumentException("too many keywords: " + states + " automaton states");
        }
        if ((long) states * classes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many keywords: " + states + " automaton states");
        }
        char[] next = new char[states * classes];
        long[] groupsOf = new long[states * words];
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int k = 0; k < classes; k++) {
            int child = trie.get(0)[k];
            next[k] = (char) Math.max(child, 0);
            if (child > 0) {
                fail[child] = 0;
                queue.add(child);
            }
        }
        markOutputs(groupsOf, 0, ends.get(0), fail);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            markOutputs(groupsOf, state, ends.get(state), fail);
            for (int k = 0; k < classes; k++) {
                int child = trie.get(state)[k];
                if (child > 0) {
                    fail[child] = next[fail[state] * classes + k];
                    next[state * classes + k] = (char) child;
                    queue.add(child);
                } else {
                    next[state * classes + k] = next[fail[state] * classes + k];
                }
            }
        }

        // renumber: the start state (never accepting, no keyword is empty) and the other
        // non-accepting states first, then the accepting ones
        int[] number = new int[states];
        int numbered = 0;
        int firstAccepting = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int state = 0; state < states; state++) {
                if (accepts(groupsOf, state) == (pass == 1)) {
                    number[state] = numbered++;
                }
            }
            if (pass == 0) {
                firstAccepting = numbered;
            }
        }
        acceptingRow = firstAccepting * classes;
        delta = new int[states * classes];
        outputs = new long[(states - firstAccepting) * words];
        for (int state = 0; state < states; state++) {
            int row = number[state] * classes;
            for (int k = 0; k < classes; k++) {
                delta[row + k] = number[next[state * classes + k]] * classes;
            }
            if (number[state] >= firstAccepting) {
                System.arraycopy(groupsOf, state * words, outputs, (number[state] - firstAccepting) * words, words);
            }
        }
    }

    private boolean accepts(long[] groupsOf, int state) {
        for (int w = 0; w < words; w++) {
            if (groupsOf[state * words + w] != 0) {
                return true;
            }
        }
        return false;
    }

    private int classOf(char c) {
        if (c < LOW) {
            return classOf[c];
        }
        int i = java.util.Arrays.binarySearch(highUnits, c);
        return i >= 0 ? highClasses[i] : 0;
    }

    /**
     * A character lower-cased and, for a Latin letter with accents (Latin-1, Extended-A and -B,
     * Extended Additional), its base letter.
     */
    static char fold(char c) {
        // upper then lower, as a case-insensitive Unicode pattern ((?iu)) compares characters:
        // U+017F (long s) is an s and U+0131 (dotless i) an i there, as they must be here for the
        // table-column detector, whose pattern runs only where a line holds one of its words
        char lower = Character.toLowerCase(Character.toUpperCase(c));
        boolean latin = lower >= 0xC0 && lower < 0x250 || lower >= 0x1E00 && lower < 0x1F00;
        if (!latin) {
            return lower;
        }
        String base = java.text.Normalizer.normalize(String.valueOf(lower), java.text.Normalizer.Form.NFD);
        return base.length() > 1 && base.charAt(0) < 0x300 ? base.charAt(0) : lower;
    }

    private int[] emptyRow() {
        int[] row = new int[classes];
        java.util.Arrays.fill(row, -1);
        return row;
    }

    /** A state's outputs: its own keywords and those of its failure state (already complete: BFS order). */
    private void markOutputs(long[] groupsOf, int state, List<Integer> own, int[] fail) {
        for (int id : own) {
            groupsOf[state * words + id / 64] |= 1L << (id % 64);
        }
        if (state > 0) {
            for (int w = 0; w < words; w++) {
                groupsOf[state * words + w] |= groupsOf[fail[state] * words + w];
            }
        }
    }

    /** @return the number of {@code long} words of a group set */
    int words() {
        return words;
    }

    /** What {@link #scanLine} saw on one line. One per scan of a text; not thread-safe. */
    static final class Line {
        /** Index of the line's {@code '\n'}, or the end of the text. */
        int end;
        /** Whether a keyword was found on the line. */
        boolean found;
        /** Whether the line holds a character from U+0100 on. */
        boolean wide;
    }

    /**
     * Runs the automaton over one line: from {@code from} to the first {@code '\n'} or the end of
     * {@code text}, starting afresh.
     *
     * @param text the text, as characters
     * @param from first index of the line
     * @param into a group set of {@link #words()} words; the groups of the keywords found are or-ed in
     * @param line receives where the line ends and what it holds
     */
    void scanLine(char[] text, int from, long[] into, Line line) {
        int row = 0;
        boolean found = false;
        boolean wide = false;
        int i = from;
        for (; i < text.length; i++) {
            char c = text[i];
            int k;
            if (c < 0x100) {
                if (c == '\n') {
                    break;
                }
                k = classOf[c];
            } else {
                wide = true;
                k = classOf(c);
            }
            row = delta[row + k];
            if (row >= acceptingRow) {
                found = true;
                addGroups(row, into);
            }
        }
        line.end = i;
        line.found = found;
        line.wide = wide;
    }

    private void addGroups(int row, long[] into) {
        int at = (row - acceptingRow) / classes * words;
        for (int w = 0; w < words; w++) {
            into[w] |= outputs[at + w];
        }
    }

    /**
     * Adds to {@code into} the groups of the keywords that occur, ignoring case, in
     * {@code text[from, to)}. Matches start inside the range: the automaton starts afresh at
     * {@code from}.
     *
     * @param text the text
     * @param from first index, inclusive
     * @param to   last index, exclusive
     * @param into a group set of {@link #words()} words; the groups found are or-ed in
     * @return whether any keyword was found
     */
    boolean find(CharSequence text, int from, int to, long[] into) {
        int row = 0;
        boolean any = false;
        for (int i = from; i < to; i++) {
            row = delta[row + classOf(text.charAt(i))];
            if (row >= acceptingRow) {
                any = true;
                addGroups(row, into);
            }
        }
        return any;
    }

}
