package dev.procedures.core.text;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the estimated durations teams write: {@code 15min}, {@code 15 minutos}, {@code 2h},
 * {@code 1h 30min}, {@code 1h30min}, {@code 1 hora 30 minutos}, {@code 45s}, {@code 2 días}. A range such as
 * {@code 30-45min} counts with its upper bound.
 */
public final class DurationParser {

    /** A remark in parentheses at the end: {@code 30 min (aprox.)}. */
    private static final Pattern TRAILING_REMARK = Pattern.compile("\\s*\\(.*\\)\\s*$");
    private static final Pattern PART = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(?:-\\s*(\\d+(?:[.,]\\d+)?)\\s*)?"
                    + "(segundos?|seg|secs?|seconds?|s|minutos?|mins?|minutes?|m|horas?|hrs?|hours?|h|dias?|days?|d)(?![a-z])");

    private DurationParser() {
    }

    /**
     * @param text the duration as written
     * @return the duration, or empty when the text is not a duration (for example {@code XXmin})
     */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = TextNormalizer.foldAccents(text).toLowerCase(Locale.ROOT).trim();
        s = TRAILING_REMARK.matcher(s).replaceAll("").replace("~", "").trim();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = PART.matcher(s);
        int pos = 0;
        Duration total = Duration.ZERO;
        boolean any = false;
        while (m.find()) {
            String between = s.substring(pos, m.start()).trim();
            if (!between.isEmpty() && !between.equals("y") && !between.equals("and") && !between.equals(",")) {
                return Optional.empty();
            }
            double amount = Double.parseDouble((m.group(2) != null ? m.group(2) : m.group(1)).replace(',', '.'));
            String unit = m.group(3);
            long seconds;
            if (unit.startsWith("s")) {
                seconds = Math.round(amount);
            } else if (unit.startsWith("m")) {
                seconds = Math.round(amount * 60);
            } else if (unit.startsWith("h")) {
                seconds = Math.round(amount * 3600);
            } else {
                seconds = Math.round(amount * 86400);
            }
            total = total.plusSeconds(seconds);
            any = true;
            pos = m.end();
        }
        if (!any || !s.substring(pos).trim().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(total);
    }
}
