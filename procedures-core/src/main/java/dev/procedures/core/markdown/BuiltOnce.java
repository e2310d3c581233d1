package dev.procedures.core.markdown;

import java.util.function.Supplier;

/**
 * A flexmark object that flexmark builds per document but that depends only on the parser's
 * options: the first one built is kept and served to every later document, on any thread. Two
 * threads may both build it on the first documents; either result is equal, so the race is benign.
 *
 * @param <T> the object (immutable once built)
 */
final class BuiltOnce<T> {

    private volatile T built;

    /**
     * @param build builds the object (the flexmark factory call), used until one is kept
     * @return the object kept
     */
    T get(Supplier<T> build) {
        T value = built;
        if (value == null) {
            value = build.get();
            built = value;
        }
        return value;
    }
}
