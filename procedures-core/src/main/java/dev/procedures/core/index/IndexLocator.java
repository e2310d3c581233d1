package dev.procedures.core.index;

import dev.procedures.core.model.Block;
import dev.procedures.core.model.Heading;
import dev.procedures.core.model.HtmlComment;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the part of the README that the index replaces (SPEC section 4), from the facts of
 * {@code MarkdownReader}, so that markers or headings inside code never count.
 *
 * <ul>
 *   <li>With markers {@code <!-- procedures-index:start -->} and {@code <!-- procedures-index:end -->}:
 *       the text between them (from the line after the start marker when the marker ends its line,
 *       to the start of the end marker's line when the marker begins it).</li>
 *   <li>Otherwise the body of the first section whose heading folds equal to the configured one:
 *       from the line after the heading (after the underline of a setext heading) to the next
 *       heading of the same or a higher level, or to the first top-level {@code ---} thematic break
 *       in it, whichever comes first. The team README closes each section with {@code ---}; that
 *       break, the blank lines before it and everything after it (a footer, the next section) stay
 *       as they are, and so do the blank lines before the next heading.</li>
 * </ul>
 */
final class IndexLocator {

    /** Text of the start marker comment. */
    static final String START = "procedures-index:start";
    /** Text of the end marker comment. */
    static final String END = "procedures-index:end";

    private static final Pattern SETEXT_UNDERLINE = Pattern.compile(" {0,3}(=+|-+)[ \\t]*");
    private static final Pattern ATX = Pattern.compile(" {0,3}#{1,6}(?:[ \\t].*)?");
    /** A thematic break that flexmark found, written at the top level (not inside a block quote). */
    private static final Pattern THEMATIC_BREAK_LINE = Pattern.compile(" {0,3}[-*_].*");

    /**
     * Where the index goes and what surrounds it.
     *
     * @param start   offset of the first replaced character in the source text (BOM excluded)
     * @param end     offset just after the last replaced character
     * @param prefix  line separators to write before the index
     * @param suffix  line separators to write after the index
     * @param level   heading level of {@code Por Criticidad} / {@code Por Tipo}
     * @param markers whether the region was found by markers
     */
    record Region(int start, int end, String prefix, String suffix, int level, boolean markers) {
    }

    private IndexLocator() {
    }

    /**
     * @param doc     the parsed README
     * @param heading the configured index heading
     * @param eol     the README's line separator
     * @return the region
     * @throws IndexLayoutException when neither markers nor section exist, or markers are broken
     */
    static Region locate(MarkdownDocument doc, String heading, String eol) throws IndexLayoutException {
        List<HtmlComment> starts = new ArrayList<>();
        List<HtmlComment> ends = new ArrayList<>();
        for (HtmlComment c : doc.comments()) {
            if (c.text().equalsIgnoreCase(START)) {
                starts.add(c);
            } else if (c.text().equalsIgnoreCase(END)) {
                ends.add(c);
            }
        }
        if (!starts.isEmpty() || !ends.isEmpty()) {
            return byMarkers(doc.source(), starts, ends, eol);
        }
        return bySection(doc, heading, eol);
    }

    private static Region byMarkers(SourceText src, List<HtmlComment> starts, List<HtmlComment> ends, String eol)
            throws IndexLayoutException {
        if (starts.size() > 1) {
            throw new IndexLayoutException("marker <!-- " + START + " --> appears again (first at line "
                    + starts.get(0).line() + "); keep exactly one pair of index markers", starts.get(1).line());
        }
        if (ends.size() > 1) {
            throw new IndexLayoutException("marker <!-- " + END + " --> appears again (first at line "
                    + ends.get(0).line() + "); keep exactly one pair of index markers", ends.get(1).line());
        }
        if (ends.isEmpty()) {
            throw new IndexLayoutException("marker <!-- " + START + " --> has no matching <!-- " + END
                    + " -->; add the end marker on its own line after the index", starts.get(0).line());
        }
        if (starts.isEmpty()) {
            throw new IndexLayoutException("marker <!-- " + END + " --> has no matching <!-- " + START
                    + " -->; add the start marker on its own line before the index", ends.get(0).line());
        }
        HtmlComment open = starts.get(0);
        HtmlComment close = ends.get(0);
        if (close.startOffset() < open.endOffset()) {
            throw new IndexLayoutException("marker <!-- " + END + " --> comes before <!-- " + START
                    + " --> (line " + open.line() + "); put the start marker before the end marker", close.line());
        }
        String text = src.text();
        int start = open.endOffset();
        int lineEnd = text.indexOf('\n', start);
        boolean startsLine = lineEnd >= 0 && text.substring(start, lineEnd).isBlank();
        if (startsLine) {
            start = lineEnd + 1;
        }
        int end = close.startOffset();
        int closeLineStart = src.lineStart(src.lineAt(end));
        if (closeLineStart >= start && text.substring(closeLineStart, end).isBlank()) {
            end = closeLineStart;
        }
        if (end < start) {
            end = start;
        }
        String prefix = startsLine ? eol : eol + eol;
        return new Region(start, end, prefix, eol + eol, 3, true);
    }

    private static Region bySection(MarkdownDocument doc, String configured, String eol) throws IndexLayoutException {
        String key = TextNormalizer.fold(configured);
        Heading heading = null;
        for (Heading h : doc.headings()) {
            if (h.key().equals(key)) {
                heading = h;
                break;
            }
        }
        if (heading == null) {
            throw new IndexLayoutException("no place for the index: the README has neither the markers <!-- "
                    + START + " --> / <!-- " + END + " --> nor a section headed '" + configured
                    + "'; add the markers around the index or add that section", 0);
        }
        if (heading.level() == 1 && doc.headings().stream().anyMatch(h -> h.level() == 2
                && !h.key().equals("por criticidad") && !h.key().equals("por tipo"))) {
            // the section of a level-1 heading runs to the end of the file: every section the team
            // wrote below the title (any level-2 heading but the index's own) would be replaced
            throw new IndexLayoutException("index section heading '" + heading.text() + "' is the level-1 title of "
                    + "the README, whose section holds the whole document; put the index under a level-2 heading '## "
                    + configured + "' or between the markers <!-- " + START + " --> / <!-- " + END + " -->",
                    heading.line());
        }
        if (heading.level() > 4) {
            throw new IndexLayoutException("index section heading '" + heading.text() + "' is level "
                    + heading.level() + ", too deep for the index headings below it; use a heading of level 4 or "
                    + "higher, or markers", heading.line());
        }
        SourceText src = doc.source();
        String text = src.text();
        int headingEnd = heading.line();
        if (!ATX.matcher(src.line(headingEnd)).matches()) {
            // a setext heading: its text lines run without blank line down to the underline
            for (int l = heading.line() + 1; l <= src.lineCount() && !src.line(l).isBlank(); l++) {
                if (SETEXT_UNDERLINE.matcher(src.line(l)).matches()) {
                    headingEnd = l;
                    break;
                }
            }
        }
        boolean headingHasEol = headingEnd < src.lineCount();
        int start = headingHasEol ? src.lineStart(headingEnd + 1) : text.length();
        int sectionEnd = doc.sectionEnd(heading);
        int end = sectionEnd < src.lineCount() ? src.lineStart(sectionEnd + 1) : text.length();
        for (Block b : doc.blocksIn(headingEnd + 1, sectionEnd)) {
            if (b.kind() == Block.Kind.THEMATIC_BREAK && THEMATIC_BREAK_LINE.matcher(src.line(b.startLine())).matches()) {
                end = src.lineStart(b.startLine());
                break;
            }
        }
        end = Math.max(start, trimBlankLines(text, start, end));
        String suffix;
        if (end == text.length()) {
            suffix = text.endsWith("\n") ? eol : "";
        } else {
            suffix = lineIsBlank(text, end) ? eol : eol + eol;
        }
        return new Region(start, end, headingHasEol ? eol : eol + eol, suffix, heading.level() + 1, false);
    }

    /** Moves {@code end} back over whole blank lines, never before {@code start}. */
    private static int trimBlankLines(String text, int start, int end) {
        while (end > start) {
            int q = text.lastIndexOf('\n', end - 2) + 1;
            if (q < start || !text.substring(q, end).isBlank()) {
                break;
            }
            end = q;
        }
        return end;
    }

    private static boolean lineIsBlank(String text, int offset) {
        int lineEnd = text.indexOf('\n', offset);
        return text.substring(offset, lineEnd < 0 ? text.length() : lineEnd).isBlank();
    }
}
