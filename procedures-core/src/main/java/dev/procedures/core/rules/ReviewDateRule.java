package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Label;
import dev.procedures.core.model.MetadataValue;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.vocabulary.Frequency;
import dev.procedures.core.vocabulary.MetadataField;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code review-date}: a procedure is reviewed within the period its frequency sets (team README:
 * daily and weekly every 3 months, monthly every 6 months, quarterly and on-demand every year;
 * configurable through {@link dev.procedures.core.vocabulary.Vocabulary#reviewPeriod(Frequency)}).
 *
 * <p>With {@code due = ultima_actualizacion + period}:
 * <ul>
 *   <li>{@code due} before {@link RuleContext#today()}: error, review overdue;</li>
 *   <li>{@code due} within {@link RuleContext#reviewWarningDays()} days from today (inclusive):
 *       warning, review due soon;</li>
 *   <li>{@code ultima_actualizacion} after today: error, a date in the future;</li>
 *   <li>{@code ultima_actualizacion} not an ISO date {@code YYYY-MM-DD} (strict: real calendar
 *       days): error naming the expected format.</li>
 * </ul>
 * Without a known frequency (missing or not in the vocabulary, which {@code required-metadata} and
 * {@code metadata-values} report) the longest review period of the vocabulary is used, so this rule
 * never calls a review overdue because of a missing field, and its messages say so.
 *
 * <p>The footer {@code **Próxima revisión:**} (also {@code Próxima revisión programada},
 * {@code Fecha de próxima revisión}, {@code Next review}; the last such label of the file) is
 * read from its leading ISO date, so {@code 2026-02-18 (3 meses)} counts: a date later than
 * {@code due} is an error ("later than the policy allows"), a date that has passed is an error
 * (overdue), one within the warning days a warning; a value without a leading date is a warning
 * naming the format.
 *
 * <p>Findings are at the line of the date concerned. Stateless and thread-safe.
 */
public final class ReviewDateRule implements ProcedureRule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("review-date", Severity.ERROR,
            "The last update plus the review period of the procedure's frequency has not passed (warning when it "
                    + "is close), Próxima revisión is not later than that, and no date is in the future.",
            "Review the procedure, then set 'ultima_actualizacion' to the review date (YYYY-MM-DD) and the footer "
                    + "'**Próxima revisión:**' to at most that date plus the review period (3 months for diaria and "
                    + "semanal, 6 for mensual, 1 year for trimestral and on-demand).");

    /**
     * Dates already parsed: a corpus repeats the same dates thousands of times and a formatter
     * parse (with an exception for a bad one) costs more than the rest of the rule.
     */
    private static final ParsedValues<LocalDate> PARSED = new ParsedValues<>(ReviewDateRule::parseIso);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?=$|[\\s(,;])");
    private static final List<String> NEXT_REVIEW_LABELS = List.of("proxima revision", "proxima revision programada",
            "fecha de proxima revision", "fecha proxima revision", "next review", "next review date");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Procedure p, RuleContext context, Reporter reporter) {
        LocalDate today = context.today();
        Optional<LocalDate> due = Optional.empty();
        Optional<MetadataValue> lastUpdate = p.metadata().get(MetadataField.LAST_UPDATE);
        if (lastUpdate.isPresent()) {
            MetadataValue v = lastUpdate.get();
            Optional<LocalDate> date = parse(v.text().strip());
            if (date.isEmpty()) {
                if (!TemplateLeftoversRule.isTemplatePlaceholder(v.text())) { // else template-leftovers reports it
                    reporter.report(p.path(), v.line(), v.column(), v.key() + " '" + v.text() + "' is not a date in "
                            + "ISO format YYYY-MM-DD (for example 2025-11-18); write the date of the last update that way",
                            "last-update-format:" + v.text());
                }
            } else {
                LocalDate updated = date.get();
                Optional<Frequency> frequency = p.metadata().text(MetadataField.FREQUENCY)
                        .flatMap(context.vocabulary()::frequency);
                Period period = frequency.map(context.vocabulary()::reviewPeriod)
                        .orElseGet(() -> longest(context, updated));
                String periodText = frequency.map(f -> "frecuencia " + f.key() + " requires a review every "
                        + describe(period)).orElse("no known frecuencia, so the longest review period ("
                        + describe(period) + ") was assumed");
                LocalDate dueDate = plusOrMax(updated, period);
                due = Optional.of(dueDate);
                if (updated.isAfter(today)) {
                    reporter.report(p.path(), v.line(), v.column(), v.key() + " " + v.text() + " is in the future "
                            + "(today is " + today + "); write the date the procedure was really last updated",
                            "last-update-future:" + v.text());
                } else if (dueDate.isBefore(today)) {
                    reporter.report(p.path(), v.line(), v.column(), "review overdue: last updated " + v.text() + ", "
                            + periodText + ", so it was due " + dueDate + " (" + days(dueDate, today)
                            + " days ago); review the procedure and update " + v.key(), "overdue:" + v.text());
                } else if (!dueDate.isAfter(today.plusDays(context.reviewWarningDays()))) {
                    reporter.report(Severity.WARNING, p.path(), v.line(), v.column(), "review due soon: last updated "
                            + v.text() + ", " + periodText + ", so it is due " + dueDate + " (in "
                            + days(today, dueDate) + " days); plan the review", "due-soon:" + v.text());
                }
            }
        }
        Optional<Label> next = nextReview(p);
        if (next.isPresent()) {
            checkNextReview(p, next.get(), due, today, context, reporter);
        }
    }

    private static void checkNextReview(Procedure p, Label label, Optional<LocalDate> due, LocalDate today,
                                        RuleContext context, Reporter reporter) {
        String value = label.value().replace("**", "").replace("`", "").strip();
        Matcher m = LEADING_DATE.matcher(value);
        Optional<LocalDate> date = m.find() ? parse(m.group(1)) : Optional.empty();
        if (date.isEmpty() && TemplateLeftoversRule.isTemplatePlaceholder(value)) {
            return;
        }
        if (date.isEmpty()) {
            reporter.report(Severity.WARNING, p.path(), label.line(), label.column(), "'" + label.key() + "' is '"
                    + value + "', not a date; write it as YYYY-MM-DD (for example 2026-05-18)",
                    "next-review-format:" + value);
            return;
        }
        LocalDate next = date.get();
        if (due.isPresent() && next.isAfter(due.get())) {
            reporter.report(p.path(), label.line(), label.column(), "'" + label.key() + "' " + next + " is later than "
                    + "the policy allows: the last update plus the review period gives " + due.get() + "; set it to "
                    + due.get() + " or earlier", "next-review-late:" + next);
        }
        if (next.isBefore(today)) {
            reporter.report(p.path(), label.line(), label.column(), "'" + label.key() + "' " + next + " has passed ("
                    + days(next, today) + " days ago); review the procedure, then update the last update date and "
                    + "set the next review date", "next-review-passed:" + next);
        } else if (!next.isAfter(today.plusDays(context.reviewWarningDays()))) {
            reporter.report(Severity.WARNING, p.path(), label.line(), label.column(), "'" + label.key() + "' " + next
                    + " is in " + days(today, next) + " days; plan the review", "next-review-soon:" + next);
        }
    }

    private static Optional<Label> nextReview(Procedure p) {
        Label found = null;
        for (Label l : p.document().labels()) {
            if (NEXT_REVIEW_LABELS.contains(l.folded())) {
                found = l;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<LocalDate> parse(String text) {
        return PARSED.parse(text);
    }

    private static Optional<LocalDate> parseIso(String text) {
        try {
            return Optional.of(LocalDate.parse(text, ISO));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * @return {@code date + period}, or {@link LocalDate#MAX} when that is past the last year a
     *         {@link LocalDate} holds (a date such as {@code +999999999-12-01} is valid ISO)
     */
    private static LocalDate plusOrMax(LocalDate date, Period period) {
        try {
            return date.plus(period);
        } catch (java.time.DateTimeException e) {
            return LocalDate.MAX;
        }
    }

    /** The longest review period of the vocabulary, measured from the given date. */
    private static Period longest(RuleContext context, LocalDate from) {
        Period best = null;
        for (Frequency f : Frequency.values()) {
            Period candidate = context.vocabulary().reviewPeriod(f);
            if (best == null || plusOrMax(from, candidate).isAfter(plusOrMax(from, best))) {
                best = candidate;
            }
        }
        return best;
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /**
     * Describes a period in words, as the team README does.
     *
     * @param period a period
     * @return for example {@code 1 year}, {@code 3 months}, {@code 1 year 6 months}
     */
    static String describe(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(period.getYears() + (Math.abs(period.getYears()) == 1 ? " year" : " years"));
        }
        if (period.getMonths() != 0) {
            parts.add(period.getMonths() + (Math.abs(period.getMonths()) == 1 ? " month" : " months"));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(period.getDays() + (Math.abs(period.getDays()) == 1 ? " day" : " days"));
        }
        return String.join(" ", parts);
    }
}
