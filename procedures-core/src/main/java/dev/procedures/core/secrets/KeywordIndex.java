package dev.procedures.core.secrets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, in one pass over a line, which of many keywords it contains (the Aho-Corasick automaton,
 * Aho and Corasick, "Efficient string matching", CACM 18(6), 1975). The scanner asks it once per
 * line instead of asking every detector to search for each of its keywords.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class KeywordIndex {

    private final Map<String, Integer> ids;
    private final List<int[]> asciiNext = new ArrayList<>();
    private final List<Map<Character, Integer>> otherNext = new ArrayList<>();
    private final List<int[]> outputs = new ArrayList<>();
    private int[] fail;

    /**
     * @param words lower-case keywords; duplicates share one id
     */
    KeywordIndex(List<String> words) {
        ids = new LinkedHashMap<>();
        newState();
        List<List<Integer>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (String w : words) {
            if (w.isEmpty() || ids.containsKey(w)) {
                continue;
            }
            int id = ids.size();
            ids.put(w, id);
            int state = 0;
            for (int i = 0; i < w.length(); i++) {
                int next = next(state, w.charAt(i));
                if (next < 0) {
                    next = newState();
                    out.add(new ArrayList<>());
                    set(state, w.charAt(i), next);
                }
                state = next;
            }
            out.get(state).add(id);
        }
        fail = new int[asciiNext.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int[] row : List.<int[]>of(asciiNext.get(0))) {
            for (int c = 0; c < 128; c++) {
                if (row[c] > 0) {
                    fail[row[c]] = 0;
                    queue.add(row[c]);
                }
            }
        }
        for (int child : otherNext.get(0).values()) {
            fail[child] = 0;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            Map<Character, Integer> edges = new HashMap<>(otherNext.get(state));
            int[] row = asciiNext.get(state);
            for (int c = 0; c < 128; c++) {
                if (row[c] > 0) {
                    edges.put((char) c, row[c]);
                }
            }
            for (Map.Entry<Character, Integer> e : edges.entrySet()) {
                int child = e.getValue();
                int f = fail[state];
                while (f > 0 && next(f, e.getKey()) < 0) {
                    f = fail[f];
                }
                int target = next(f, e.getKey());
                fail[child] = target >= 0 && target != child ? target : 0;
                out.get(child).addAll(out.get(fail[child]));
                queue.add(child);
            }
        }
        for (List<Integer> o : out) {
            outputs.add(o.stream().mapToInt(Integer::intValue).distinct().toArray());
        }
    }

    private int newState() {
        int[] row = new int[128];
        java.util.Arrays.fill(row, -1);
        asciiNext.add(row);
        otherNext.add(new HashMap<>());
        return asciiNext.size() - 1;
    }

    private int next(int state, char c) {
        if (c < 128) {
            return asciiNext.get(state)[c];
        }
        Integer n = otherNext.get(state).get(c);
        return n == null ? -1 : n;
    }

    private void set(int state, char c, int target) {
        if (c < 128) {
            asciiNext.get(state)[c] = target;
        } else {
            otherNext.get(state).put(c, target);
        }
    }

    /**
     * @param words lower-case keywords
     * @return the set of their ids
     */
    BitSet idsOf(List<String> words) {
        BitSet set = new BitSet();
        for (String w : words) {
            Integer id = ids.get(w);
            if (id != null) {
                set.set(id);
            }
        }
        return set;
    }

    /**
     * @param lowerLine a lower-cased line
     * @return the ids of the keywords it contains; empty when none
     */
    BitSet present(String lowerLine) {
        BitSet found = new BitSet();
        int state = 0;
        for (int i = 0; i < lowerLine.length(); i++) {
            char c = lowerLine.charAt(i);
            int n;
            while ((n = next(state, c)) < 0 && state > 0) {
                state = fail[state];
            }
            state = Math.max(n, 0);
            for (int id : outputs.get(state)) {
                found.set(id);
            }
        }
        return found;
    }
}
