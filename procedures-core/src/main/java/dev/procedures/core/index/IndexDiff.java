package dev.procedures.core.index;

import dev.procedures.core.model.Heading;
import dev.procedures.core.model.Link;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.model.ProcedureSummary;
import dev.procedures.core.vocabulary.Criticality;
import dev.procedures.core.vocabulary.ProcedureType;
import dev.procedures.core.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Explains, in words, why a README index is stale: which procedure is missing, listed under the
 * wrong criticality or type, or listed without a file. Reads the current index from the links to
 * procedure files inside the region and the nearest heading above each link; differences it cannot
 * name this way (titles, columns, order, layout) give no sentence.
 *
 * <p>Stateless and thread-safe.
 */
public final class IndexDiff {

    /** A target with a URI scheme (RFC 3986 section 3.1): {@code https://...}, {@code mailto:...}. */
    private static final java.util.regex.Pattern URI_SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    private IndexDiff() {
    }

    /**
     * Names the differences between the listed and the expected index.
     *
     * @param readme     the parsed README
     * @param plan       the plan for that README
     * @param procedures the procedure summaries
     * @param vocabulary to read criticality and type headings ({@code CRITICA}, {@code Maintenance})
     * @return sentences such as {@code PROC-BACKEND-001 is listed under CRITICA but its criticidad is
     *         BAJA}, in id order; empty when none can be named
     */
    public static List<String> describe(MarkdownDocument readme, IndexPlan plan, List<ProcedureSummary> procedures,
                                        Vocabulary vocabulary) {
        Map<String, Listing> listed = listed(readme, plan, vocabulary);
        Map<String, ProcedureSummary> expected = new TreeMap<>();
        for (ProcedureSummary s : procedures) {
            s.id().ifPresent(id -> expected.putIfAbsent(key(id), s));
        }
        Set<String> out = new LinkedHashSet<>();
        expected.forEach((key, s) -> {
            String id = s.id().orElseThrow().text();
            Listing l = listed.get(key);
            if (l == null) {
                out.add(id + " is not in the index");
                return;
            }
            s.criticality().ifPresent(c -> {
                if (!l.criticalities.contains(c)) {
                    out.add(l.criticalities.isEmpty() ? id + " is missing from the " + c.display() + " table"
                            : id + " is listed under " + l.criticalities.iterator().next().display()
                            + " but its criticidad is " + c.display());
                }
            });
            s.type().ifPresent(t -> {
                if (!l.types.contains(t)) {
                    out.add(l.types.isEmpty() ? id + " is missing from the " + t.display() + " list"
                            : id + " is listed under " + l.types.iterator().next().display()
                            + " but its categoria is " + t.key());
                }
            });
        });
        listed.forEach((key, l) -> {
            if (!expected.containsKey(key)) {
                out.add(l.written + " is listed but no procedure file has that id");
            }
        });
        return new ArrayList<>(out);
    }

    private static final class Listing {
        final String written;
        final Set<Criticality> criticalities = EnumSet.noneOf(Criticality.class);
        final Set<ProcedureType> types = EnumSet.noneOf(ProcedureType.class);

        Listing(String written) {
            this.written = written;
        }
    }

    private static Map<String, Listing> listed(MarkdownDocument readme, IndexPlan plan, Vocabulary vocabulary) {
        Map<String, Listing> listed = new TreeMap<>();
        if (plan.endOffset() <= plan.startOffset()) {
            return listed;
        }
        int from = readme.source().lineAt(plan.startOffset());
        int to = readme.source().lineAt(plan.endOffset() - 1);
        for (Link link : readme.links()) {
            if (link.line() < from || link.line() > to) {
                continue;
            }
            Optional<ProcedureId> id = procedureFileId(link.url());
            if (id.isEmpty()) {
                continue;
            }
            Listing l = listed.computeIfAbsent(key(id.get()), k -> new Listing(id.get().text()));
            Heading above = lastHeadingAtOrBefore(readme.headings(), link.line());
            if (above != null && above.line() < from) {
                above = null;
            }
            if (above != null) {
                vocabulary.criticality(above.text()).ifPresent(l.criticalities::add);
                vocabulary.type(above.text()).ifPresent(l.types::add);
            }
        }
        return listed;
    }

    /**
     * The id of a link target that looks like a procedure file: a relative {@code .md} path whose
     * file name starts with an id ({@code ./PROC-BACKEND-001-ejemplo.md}).
     *
     * @param url a link destination as written
     * @return the id, or empty for other targets (URLs with a scheme, anchors, other files)
     */
    public static Optional<ProcedureId> procedureFileId(String url) {
        String path = targetPath(url);
        if (path.isEmpty() || path.startsWith("/") || URI_SCHEME.matcher(path).matches()) {
            return Optional.empty();
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!name.toLowerCase(Locale.ROOT).endsWith(".md")) {
            return Optional.empty();
        }
        Optional<ProcedureId> id = ProcedureId.atStart(name);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        char after = name.charAt(id.get().text().length());
        return after == '-' || after == '.' ? id : Optional.empty();
    }

    /**
     * The path part of a link destination: without {@code #fragment} or {@code ?query}, angle
     * brackets removed, percent-escapes decoded.
     *
     * @param url a link destination as written
     * @return the path, possibly empty
     */
    public static String targetPath(String url) {
        String u = url.trim();
        if (u.startsWith("<") && u.endsWith(">")) {
            u = u.substring(1, u.length() - 1);
        }
        int cut = u.length();
        for (char c : new char[] {'#', '?'}) {
            int i = u.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        u = u.substring(0, cut);
        try {
            return java.net.URLDecoder.decode(u.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return u;
        }
    }

    /** The last heading on or before a line (headings are in file order): binary search. */
    private static Heading lastHeadingAtOrBefore(List<Heading> headings, int line) {
        int lo = 0;
        int hi = headings.size() - 1;
        Heading found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (headings.get(mid).line() <= line) {
                found = headings.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static String key(ProcedureId id) {
        String number = Integer.toString(id.number());
        return id.prefix().toUpperCase(Locale.ROOT) + "-" + "0".repeat(Math.max(0, 9 - number.length())) + number;
    }
}
