package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Heading;
import dev.procedures.core.model.MetadataValue;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.vocabulary.MetadataField;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code id-format}: the id is {@code PREFIX-NNN} with exactly three digits and an upper-case
 * prefix; the file is named {@code ID-slug.md} with a kebab-case slug; the front matter id, the
 * file name id and the id at the start of the H1 title agree.
 */
public final class IdFormatRule implements ProcedureRule {

    private static final Pattern CANONICAL = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-\\d{3}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("id-format", Severity.ERROR,
            "The id is PREFIX-NNN (three digits), the file is named ID-slug.md in kebab case, and the front "
                    + "matter id, file name id and H1 id agree.",
            "Rename the file to 'PROC-BACKEND-NNN-titulo-en-kebab-case.md' and write the same id in the front "
                    + "matter ('id:') and at the start of the H1 title.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Procedure p, RuleContext context, Reporter reporter) {
        String name = p.fileName();
        String stem = name.substring(0, name.length() - 3);
        Optional<ProcedureId> fileId = p.fileId();
        if (fileId.isPresent()) {
            ProcedureId id = fileId.get();
            if (!CANONICAL.matcher(id.text()).matches()) {
                reporter.report(p.path(), 1, 0, "file name id '" + id.text() + "' is not PREFIX-NNN with an upper-case "
                        + "prefix and three digits; rename the file to start with '" + id.canonical().toUpperCase(Locale.ROOT) + "'",
                        "file-id:" + id.text());
            }
            String rest = stem.substring(id.text().length());
            if (rest.isEmpty()) {
                reporter.report(p.path(), 1, 0, "file name has no title slug; name it '" + id.text()
                        + "-titulo-en-kebab-case.md'", "no-slug");
            } else if (!rest.startsWith("-") || !SLUG.matcher(rest.substring(1)).matches()) {
                reporter.report(p.path(), 1, 0, "file name slug '" + rest.replaceFirst("^-", "")
                        + "' is not kebab case (lower-case words joined by hyphens)", "slug:" + rest);
            }
        }
        Optional<MetadataValue> declared = p.metadata().get(MetadataField.ID);
        Optional<ProcedureId> declaredId = Optional.empty();
        if (declared.isPresent()) {
            MetadataValue v = declared.get();
            declaredId = ProcedureId.parse(v.text());
            if (declaredId.isEmpty() || !CANONICAL.matcher(v.text().trim()).matches()) {
                reporter.report(p.path(), v.line(), v.column(), "id '" + v.text() + "' is not PREFIX-NNN with an "
                        + "upper-case prefix and three digits (for example PROC-BACKEND-001)", "id:" + v.text());
            }
            if (declaredId.isPresent() && fileId.isPresent() && !same(declaredId.get(), fileId.get())) {
                reporter.report(p.path(), v.line(), v.column(), "id '" + v.text() + "' does not match the file name id '"
                        + fileId.get().text() + "'; make them equal", "id-vs-file:" + v.text());
            }
        }
        Optional<Heading> title = p.title();
        if (title.isPresent()) {
            Optional<ProcedureId> h1 = ProcedureId.atStart(title.get().text());
            Optional<ProcedureId> expected = declaredId.isPresent() ? declaredId : fileId;
            if (h1.isEmpty()) {
                expected.ifPresent(e -> reporter.report(p.path(), title.get().line(), title.get().column(),
                        "H1 title does not start with the id; write '# " + e.canonical().toUpperCase(Locale.ROOT) + ": " + title.get().text() + "'",
                        "h1-no-id"));
            } else if (expected.isPresent() && !same(h1.get(), expected.get())) {
                reporter.report(p.path(), title.get().line(), title.get().column(), "H1 title id '" + h1.get().text()
                        + "' does not match the id '" + expected.get().text() + "'", "h1-id:" + h1.get().text());
            }
        }
    }

    private static boolean same(ProcedureId a, ProcedureId b) {
        return a.prefix().equalsIgnoreCase(b.prefix()) && a.number() == b.number();
    }
}
