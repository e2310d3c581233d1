package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Heading;
import dev.procedures.core.model.Label;
import dev.procedures.core.model.MetadataValue;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.model.Section;
import dev.procedures.core.model.Table;
import dev.procedures.core.text.TextNormalizer;
import dev.procedures.core.vocabulary.MetadataField;
import dev.procedures.core.vocabulary.SectionKind;
import org.semver4j.Semver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code semver}: the {@code version} metadata is a valid SemVer 2.0.0 version exactly as written;
 * the footer {@code **Versión:**} label and the newest row of the {@code Historial de Versiones}
 * table agree with it; the history versions strictly increase from row to row.
 *
 * <p>Validity is decided by semver4j ({@link Semver#parse(String)}) plus two guards where semver4j
 * is more lenient than <a href="https://semver.org/spec/v2.0.0.html">semver.org 2.0.0</a>, measured
 * on semver4j 6.0.0: it accepts a leading {@code v} ({@code v1.0.0}; semver.org FAQ "Is 'v1.2.3' a
 * semantic version? No") and trims surrounding white space. Everything else it already rejects as
 * the specification does: {@code 1.10} (three parts, item 2), {@code 01.0.0} and
 * {@code 1.0.0-01} (no leading zeros, items 2 and 9), empty identifiers.
 *
 * <p>Footer: the last {@code Versión} label after the last heading of the file (the footer under
 * {@code Aprobaciones}); a label under the title that is itself the metadata source is not a
 * footer. Its first word is compared, so {@code 1.0.0 (ejemplo)} reads as {@code 1.0.0}.
 *
 * <p>History: the last {@code Historial de Versiones} section with a table that has a column whose
 * header folds to {@code version}. Teams write the table oldest first (the team template) or newest
 * first; the rule decides from the data: when the first row is higher than the last one the table
 * is newest first, else oldest first. The newest row (last row of an oldest-first table, first row
 * of a newest-first one) must equal {@code version}, and every row must be strictly newer (SemVer
 * precedence, build metadata ignored) than the row before it in that order.
 *
 * <p>Every finding is at the line of the offending value. Stateless and thread-safe.
 */
public final class SemverRule implements ProcedureRule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("semver", Severity.ERROR,
            "The version is valid SemVer 2.0.0 as written (MAJOR.MINOR.PATCH), the footer Versión and the newest "
                    + "row of Historial de Versiones agree with it, and history versions increase.",
            "Write the version as three numbers without leading zeros or 'v', for example 'version: 1.2.0' "
                    + "(MAJOR for added or removed steps, MINOR for improvements, PATCH for small fixes), and update "
                    + "the footer '**Versión:**' and add a row to 'Historial de Versiones' with the same version.");

    private static final String VERSION_KEY = "version";

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Tells whether a text is a SemVer 2.0.0 version exactly as written.
     *
     * @param text the text, may be {@code null}
     * @return the parsed version, or empty when the text is not SemVer 2.0.0 as written (a leading
     *         {@code v}, surrounding white space or anything semver4j rejects)
     */
    public static Optional<Semver> parseStrict(String text) {
        if (text == null || text.isEmpty() || !text.equals(text.strip())) {
            return Optional.empty();
        }
        char first = text.charAt(0);
        if (first < '0' || first > '9') {
            return Optional.empty();
        }
        return PARSED.parse(text);
    }

    /**
     * Versions already parsed: a corpus repeats a few versions thousands of times (in metadata and
     * history tables) and semver4j formats a string for every version it builds; {@link Semver} is
     * immutable.
     */
    private static final ParsedValues<Semver> PARSED = new ParsedValues<>(t -> Optional.ofNullable(Semver.parse(t)));

    @Override
    public void check(Procedure p, RuleContext context, Reporter reporter) {
        Optional<MetadataValue> declared = p.metadata().get(MetadataField.VERSION);
        Optional<Semver> version = Optional.empty();
        String versionText = null;
        if (declared.isPresent()) {
            MetadataValue v = declared.get();
            versionText = v.text();
            version = parseStrict(versionText);
            if (version.isEmpty()) {
                reporter.report(p.path(), v.line(), v.column(), "version '" + versionText + "' is not SemVer 2.0.0 "
                        + "as written; write MAJOR.MINOR.PATCH without leading zeros or 'v', for example '"
                        + suggestion(versionText) + "'", "version:" + versionText);
            }
        }
        checkFooter(p, declared, reporter);
        // an invalid version is reported once above; comparing the history with it would only repeat that
        checkHistory(p, version.isPresent() ? versionText : null, reporter);
    }

    private static void checkFooter(Procedure p, Optional<MetadataValue> declared, Reporter reporter) {
        if (declared.isEmpty()) {
            return;
        }
        int lastHeading = p.document().headings().stream().mapToInt(Heading::line).max().orElse(0);
        Label footer = null;
        for (Label l : p.document().labels()) {
            if (l.line() > lastHeading && VERSION_KEY.equals(l.folded())) {
                footer = l;
            }
        }
        MetadataValue v = declared.get();
        if (footer == null || v.origin() == MetadataValue.Origin.LABEL && v.line() == footer.line()) {
            return;
        }
        String written = firstWord(footer.value());
        if (!written.equals(v.text().strip())) {
            reporter.report(p.path(), footer.line(), footer.column(), "footer '" + footer.key() + "' is '" + written
                    + "' but version is '" + v.text() + "' (line " + v.line() + "); write the same version in both",
                    "footer:" + written + "!=" + v.text());
        }
    }

    private static void checkHistory(Procedure p, String versionText, Reporter reporter) {
        List<Section> sections = p.sections(SectionKind.VERSION_HISTORY);
        Table table = null;
        int column = -1;
        for (Section s : sections) {
            for (Table t : p.document().tables()) {
                if (t.line() <= s.startLine() || t.line() > s.endLine()) {
                    continue;
                }
                int c = versionColumn(t);
                if (c >= 0) {
                    table = t;
                    column = c;
                    break;
                }
            }
        }
        if (table == null || table.rows().isEmpty()) {
            return;
        }
        List<Entry> entries = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            String cell = column < row.cells().size() ? firstWord(row.cells().get(column)) : "";
            Optional<Semver> parsed = parseStrict(cell);
            if (parsed.isEmpty()) {
                reporter.report(p.path(), row.line(), 0, "version history row has '" + cell + "', not a SemVer "
                        + "2.0.0 version; write MAJOR.MINOR.PATCH, for example '" + suggestion(cell) + "'",
                        "history-version:" + cell);
            } else {
                entries.add(new Entry(cell, parsed.get(), row.line()));
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        boolean newestFirst = entries.size() > 1
                && entries.get(0).version().isGreaterThan(entries.get(entries.size() - 1).version());
        List<Entry> chronological = new ArrayList<>(entries);
        if (newestFirst) {
            java.util.Collections.reverse(chronological);
        }
        for (int i = 1; i < chronological.size(); i++) {
            Entry older = chronological.get(i - 1);
            Entry newer = chronological.get(i);
            if (!newer.version().isGreaterThan(older.version())) {
                Entry offending = newestFirst ? older : newer;
                Entry other = newestFirst ? newer : older;
                reporter.report(p.path(), offending.line(), 0, "version history is not in order: '"
                        + offending.text() + "' (line " + offending.line() + ") should be " + (newestFirst ? "lower"
                        : "higher") + " than '" + other.text() + "' (line " + other.line() + "), the table being "
                        + (newestFirst ? "newest first" : "oldest first") + "; every change gets a new, higher "
                        + "version", "history-order:" + older.text() + ">=" + newer.text());
            }
        }
        Entry newest = chronological.get(chronological.size() - 1);
        if (versionText != null && !newest.text().equals(versionText.strip())) {
            reporter.report(p.path(), newest.line(), 0, "newest version history row is '" + newest.text()
                    + "' but version is '" + versionText + "'; add a history row for '" + versionText
                    + "' or correct the version", "history-latest:" + newest.text() + "!=" + versionText);
        }
    }

    private static int versionColumn(Table t) {
        for (int i = 0; i < t.header().size(); i++) {
            if (VERSION_KEY.equals(TextNormalizer.fold(t.header().get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static String firstWord(String value) {
        String s = value.replace("**", "").replace("`", "").strip();
        int space = 0;
        while (space < s.length() && !Character.isWhitespace(s.charAt(space))) {
            space++;
        }
        return s.substring(0, space);
    }

    /** A plausible correct spelling for the message, or the template's example. */
    private static String suggestion(String text) {
        // only from what reads as a version: coercing any text would turn the digits of a pasted
        // secret ("password=Kx4829.5567Yz") into a suggestion that repeats them
        if (text == null || !VERSION_LIKE.matcher(text.strip()).matches()) {
            return "1.0.0";
        }
        Semver coerced = Semver.coerce(text);
        return coerced == null ? "1.0.0" : coerced.getVersion();
    }

    /** A version written loosely: an optional 'v', numbers and dots, an optional pre-release or build part. */
    private static final java.util.regex.Pattern VERSION_LIKE =
            java.util.regex.Pattern.compile("[vV]?\\s*\\d+(?:\\.\\d+)*\\.?(?:[-+][0-9A-Za-z.-]*)?");

    private record Entry(String text, Semver version, int line) {
    }
}
