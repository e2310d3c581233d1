package dev.procedures.core.index;

import java.nio.file.Path;

/**
 * What {@code index} would do to a README, computed without writing anything.
 *
 * @param readme      the README file
 * @param path        the README path shown in messages (relative to the base directory)
 * @param line        1-based README line where the replaced region starts
 * @param startOffset offset of the region start in the decoded README text (BOM excluded, UTF-16
 *                    units)
 * @param endOffset   offset just after the region end, same units
 * @param currentText the region as the README has it now, line separators included
 * @param newText     what {@code index} writes in its place, in the README's line separator
 * @param procedures  how many procedures (files with an id) the index lists
 * @param markers     whether the region was found by {@code procedures-index} markers (else by the
 *                    index section heading)
 */
public record IndexPlan(Path readme, String path, int line, int startOffset, int endOffset, String currentText,
                        String newText, int procedures, boolean markers) {

    /** @return whether the README differs from what {@code index} would write */
    public boolean stale() {
        // compared in Unicode NFC: an editor that saves decomposed accents does not make it stale
        return !java.text.Normalizer.normalize(currentText, java.text.Normalizer.Form.NFC)
                .equals(java.text.Normalizer.normalize(newText, java.text.Normalizer.Form.NFC));
    }
}
