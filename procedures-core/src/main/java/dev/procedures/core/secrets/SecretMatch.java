package dev.procedures.core.secrets;

import java.util.Objects;

/**
 * One literal secret found in a text. It never holds the clear value: only a masked form (at most
 * the first two characters, then a fixed mask) and a hash, so it can be logged, printed or kept
 * in a report without leaking the secret. {@link #toString()} shows nothing more.
 *
 * @param line        1-based line of the first character of the value in the scanned text
 * @param column      1-based column (UTF-16 units) of that character
 * @param kind        what kind of secret it is, for example {@code password} or
 *                    {@code AWS access key id}
 * @param key         the name the value is given (variable, field, flag, URL user), or the
 *                    detector's description when the value has no name (token formats)
 * @param maskedValue the value masked by {@link SecretValues#mask(String)}
 * @param valueHash   64 hex characters of SHA-256 over a fixed prefix and the value
 *                    ({@link SecretValues#hash(String)}); stable across runs, used as
 *                    fingerprint
 * @param detectorId  id of the {@link SecretDetector} that found it
 * @param placeholder the reference to write instead, for example {@code ${DB_PASSWORD}}
 */
public record SecretMatch(int line, int column, String kind, String key, String maskedValue, String valueHash,
                          String detectorId, String placeholder) {

    public SecretMatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(maskedValue, "maskedValue");
        Objects.requireNonNull(valueHash, "valueHash");
        Objects.requireNonNull(detectorId, "detectorId");
        Objects.requireNonNull(placeholder, "placeholder");
    }
}
