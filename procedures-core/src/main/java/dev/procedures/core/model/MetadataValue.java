package dev.procedures.core.model;

import dev.procedures.core.vocabulary.MetadataField;

import java.util.List;

/**
 * The value of one metadata field, with where it was written.
 *
 * @param field  the field
 * @param key    the key or label as written
 * @param text   the value as written (sequence items joined with {@code ", "})
 * @param items  sequence items, or a one-element list for a scalar
 * @param line   1-based file line of the value
 * @param column 1-based column of the value
 * @param origin whether the value came from front matter or a bold label
 */
public record MetadataValue(MetadataField field, String key, String text, List<String> items, int line, int column,
                            Origin origin) {

    /** Where a metadata value was written. */
    public enum Origin {
        /** The YAML front matter. */
        FRONT_MATTER,
        /** A {@code **Clave:** valor} line under the title. */
        LABEL
    }
}
