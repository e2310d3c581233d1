package dev.procedures.core.rules;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Remembers the results of parsing values a corpus repeats thousands of times (versions, dates),
 * for parsers whose results are immutable. Bounded: after {@link #LIMIT} distinct values it parses
 * without remembering, so memory does not grow with the corpus. Thread-safe.
 *
 * @param <T> the parsed type, immutable
 */
final class ParsedValues<T> {

    /** Distinct values remembered at most. */
    static final int LIMIT = 4096;

    private final ConcurrentMap<String, Optional<T>> known = new ConcurrentHashMap<>();
    private final Function<String, Optional<T>> parser;

    /** @param parser parses a value; empty when it is not valid */
    ParsedValues(Function<String, Optional<T>> parser) {
        this.parser = parser;
    }

    /**
     * @param text a value as written
     * @return what the parser gives for it
     */
    Optional<T> parse(String text) {
        Optional<T> result = known.get(text);
        if (result == null) {
            result = parser.apply(text);
            if (known.size() < LIMIT) {
                known.put(text, result);
            }
        }
        return result;
    }
}
