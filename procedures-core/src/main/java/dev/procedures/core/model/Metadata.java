package dev.procedures.core.model;

import dev.procedures.core.vocabulary.MetadataField;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resolved metadata of a procedure: front matter wins over bold label lines under the title.
 *
 * @param values    field values
 * @param ambiguous fields whose front matter key is written more than once (no value is taken)
 */
public record Metadata(Map<MetadataField, MetadataValue> values, Set<MetadataField> ambiguous) {

    public Metadata {
        values = Collections.unmodifiableMap(new EnumMap<>(values.isEmpty()
                ? new EnumMap<>(MetadataField.class) : values));
        ambiguous = Set.copyOf(ambiguous);
    }

    /**
     * @param field a field
     * @return its value, if present and not blank
     */
    public Optional<MetadataValue> get(MetadataField field) {
        MetadataValue v = values.get(field);
        return v == null || v.text().isBlank() ? Optional.empty() : Optional.of(v);
    }

    /**
     * @param field a field
     * @return its value text, or empty
     */
    public Optional<String> text(MetadataField field) {
        return get(field).map(MetadataValue::text);
    }
}
