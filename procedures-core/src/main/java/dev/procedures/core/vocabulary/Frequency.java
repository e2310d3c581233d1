package dev.procedures.core.vocabulary;

import java.time.Period;
import java.util.List;

/**
 * How often a procedure runs, with the review period the team README sets for it: daily and
 * weekly procedures are reviewed every 3 months, monthly ones every 6 months, quarterly and
 * on-demand ones every year. The README sets none for emergency procedures; they are treated like
 * on-demand ones (every year).
 */
public enum Frequency {
    /** diaria. */
    DIARIA("diaria", "Diaria", Period.ofMonths(3), List.of("diaria", "diario", "daily")),
    /** semanal. */
    SEMANAL("semanal", "Semanal", Period.ofMonths(3), List.of("semanal", "weekly")),
    /** mensual. */
    MENSUAL("mensual", "Mensual", Period.ofMonths(6), List.of("mensual", "monthly")),
    /** trimestral. */
    TRIMESTRAL("trimestral", "Trimestral", Period.ofYears(1), List.of("trimestral", "quarterly")),
    /** on-demand. */
    ON_DEMAND("on-demand", "On-demand", Period.ofYears(1), List.of("on demand", "por demanda", "bajo demanda",
            "a demanda", "ad hoc")),
    /** emergencia. */
    EMERGENCIA("emergencia", "Emergencia", Period.ofYears(1), List.of("emergencia", "emergency", "por incidente",
            "incidente"));

    private final String key;
    private final String display;
    private final Period defaultReviewPeriod;
    private final List<String> defaultAliases;

    Frequency(String key, String display, Period defaultReviewPeriod, List<String> defaultAliases) {
        this.key = key;
        this.display = display;
        this.defaultReviewPeriod = defaultReviewPeriod;
        this.defaultAliases = defaultAliases;
    }

    /** @return the value written in front matter, for example {@code on-demand} */
    public String key() {
        return key;
    }

    /** @return the name shown in the README index, for example {@code On-demand} */
    public String display() {
        return display;
    }

    /** @return the review period the team README sets for this frequency */
    public Period defaultReviewPeriod() {
        return defaultReviewPeriod;
    }

    /** @return default folded aliases */
    public List<String> defaultAliases() {
        return defaultAliases;
    }

    /**
     * @param key a configuration name such as {@code on-demand} or {@code ON_DEMAND}
     * @return the frequency, or {@code null}
     */
    public static Frequency byKey(String key) {
        String k = key == null ? "" : key.trim();
        for (Frequency f : values()) {
            if (f.key.equalsIgnoreCase(k) || f.name().equalsIgnoreCase(k.replace('-', '_'))) {
                return f;
            }
        }
        return null;
    }
}
