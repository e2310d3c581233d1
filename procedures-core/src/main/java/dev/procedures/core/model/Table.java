package dev.procedures.core.model;

import java.util.List;

/**
 * A GFM table.
 *
 * @param line   1-based line of the header row
 * @param header header cells, text without markup
 * @param rows   body rows
 */
public record Table(int line, List<String> header, List<Row> rows) {

    /**
     * One body row.
     *
     * @param line  1-based file line
     * @param cells cell texts without markup, trimmed
     */
    public record Row(int line, List<String> cells) {
    }
}
