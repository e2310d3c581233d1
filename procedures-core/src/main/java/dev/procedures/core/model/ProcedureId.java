package dev.procedures.core.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A procedure id, {@code PREFIX-NNN}: an upper-case prefix of one or more hyphen-separated words
 * ({@code PROC-BACKEND}, {@code PROCED-GOB}) and a number. The team convention writes the number
 * with exactly three digits; {@link #digits()} keeps it as written so rules can check that.
 *
 * @param prefix the prefix, for example {@code PROC-BACKEND}
 * @param number the number
 * @param digits the number as written, for example {@code 001}
 */
public record ProcedureId(String prefix, int number, String digits) implements Comparable<ProcedureId> {

    /** The prefix: parts of ASCII letters and digits joined by '-', each starting with a letter. */
    private static final String PREFIX = "[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z][A-Za-z0-9]*)*";
    private static final Pattern ID = Pattern.compile("(" + PREFIX + ")-(\\d{1,9})(?!\\d)");
    private static final Pattern PREFIX_ALONE = Pattern.compile(PREFIX);

    /**
     * @param text a candidate prefix, for example {@code PROC-BACKEND}
     * @return whether ids can start with it: parts of ASCII letters and digits joined by '-', each
     *         starting with a letter
     */
    public static boolean isPrefix(String text) {
        return text != null && PREFIX_ALONE.matcher(text).matches();
    }

    /**
     * Parses an id written alone.
     *
     * @param text for example {@code PROC-BACKEND-001}
     * @return the id, or empty when the text is not {@code PREFIX-digits}
     */
    public static Optional<ProcedureId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ID.matcher(text.trim());
        return m.matches() ? Optional.of(of(m)) : Optional.empty();
    }

    /**
     * Finds an id at the start of a text, such as a file name or an H1 title.
     *
     * @param text for example {@code PROC-BACKEND-001-ejemplo.md} or {@code PROC-BACKEND-001: Título}
     * @return the id, or empty
     */
    public static Optional<ProcedureId> atStart(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ID.matcher(text.trim());
        if (m.lookingAt()) {
            return Optional.of(of(m));
        }
        return Optional.empty();
    }

    private static ProcedureId of(Matcher m) {
        return new ProcedureId(m.group(1), Integer.parseInt(m.group(2)), m.group(2));
    }

    /** @return the id as written: prefix, hyphen, digits */
    public String text() {
        return prefix + "-" + digits;
    }

    /** @return the id in the conventional form, number padded to three digits */
    public String canonical() {
        return prefix + "-" + String.format(Locale.ROOT, "%03d", number);
    }

    @Override
    public int compareTo(ProcedureId o) {
        int c = prefix.compareTo(o.prefix);
        return c != 0 ? c : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return text();
    }
}
