package dev.procedures.core.frontmatter;

import java.util.List;

/**
 * One top-level key of a front matter block, with its value as written.
 *
 * @param key    the key as written
 * @param scalar the scalar value exactly as written (YAML 1.2, no type conversion: {@code 1.10}
 *               stays {@code "1.10"}); {@code null} when the value is a sequence or mapping
 * @param items  the items of a sequence of scalars, as written; {@code null} for other values
 * @param line   1-based file line of the key
 * @param column 1-based column of the key
 * @param valueLine   1-based file line where the value starts
 * @param valueColumn 1-based column where the value starts
 */
public record FrontMatterEntry(String key, String scalar, List<String> items, int line, int column,
                               int valueLine, int valueColumn) {

    /** @return the value as text: the scalar, or the items joined with {@code ", "} */
    public String text() {
        if (scalar != null) {
            return scalar;
        }
        return items == null ? "" : String.join(", ", items);
    }
}
