package dev.procedures.core.vocabulary;

import dev.procedures.core.text.TextNormalizer;

import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names a team writes: field names, section headings and enumerated values, each with its
 * aliases, plus the review period of each frequency. Every alias is compared folded (see
 * {@link TextNormalizer#fold(String)}), so accents, case, underscores and hyphens do not matter.
 *
 * <p>Immutable and thread-safe; build variants with {@link #builder()}.
 */
public final class Vocabulary {

    private static final Vocabulary DEFAULTS = builder().build();

    private final Map<MetadataField, List<String>> fieldAliases;
    private final Map<String, MetadataField> fieldByAlias;
    /** Every folded section alias; where two kinds share one, the kind listed first. */
    private final Map<String, SectionKind> sectionByAlias;
    private final Map<SectionKind, List<String>> sectionAliases;
    private final Map<String, Criticality> criticalities;
    private final Map<String, ProcedureType> types;
    private final Map<String, Frequency> frequencies;
    private final Map<Frequency, Period> reviewPeriods;

    private Vocabulary(Builder b) {
        this.fieldAliases = copy(b.fieldAliases);
        Map<String, MetadataField> byAlias = new HashMap<>();
        fieldAliases.forEach((field, aliases) -> aliases.forEach(a -> byAlias.putIfAbsent(a, field)));
        this.fieldByAlias = Map.copyOf(byAlias);
        this.sectionAliases = copy(b.sectionAliases);
        List<Map.Entry<String, SectionKind>> entries = new ArrayList<>();
        sectionAliases.forEach((kind, aliases) -> aliases.forEach(a -> entries.add(Map.entry(a, kind))));
        entries.sort(Comparator.comparingInt((Map.Entry<String, SectionKind> e) -> -e.getKey().length()));
        Map<String, SectionKind> sections = new java.util.HashMap<>();
        entries.forEach(e -> sections.putIfAbsent(e.getKey(), e.getValue()));
        this.sectionByAlias = Map.copyOf(sections);
        this.criticalities = Map.copyOf(b.criticalities);
        this.types = Map.copyOf(b.types);
        this.frequencies = Map.copyOf(b.frequencies);
        this.reviewPeriods = Map.copyOf(new EnumMap<>(b.reviewPeriods));
    }

    private static <K extends Enum<K>> Map<K, List<String>> copy(Map<K, List<String>> map) {
        Map<K, List<String>> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return Map.copyOf(result);
    }

    /** @return the built-in vocabulary of the team template (Spanish, with English aliases) */
    public static Vocabulary defaults() {
        return DEFAULTS;
    }

    /** @return a builder pre-filled with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param key a front matter key or bold label, as written
     * @return the field it names, if any
     */
    public Optional<MetadataField> field(String key) {
        return Optional.ofNullable(fieldByAlias.get(TextNormalizer.fold(key)));
    }

    /**
     * @param field a field
     * @return its folded aliases in priority order
     */
    public List<String> aliases(MetadataField field) {
        return fieldAliases.getOrDefault(field, List.of());
    }

    /**
     * Finds the section a heading opens: the longest alias that equals the folded heading or
     * starts it followed by a space or a parenthesis.
     *
     * @param headingKey folded heading text
     * @return the section kind, if any
     */
    public Optional<SectionKind> section(String headingKey) {
        // the candidates are the key and its prefixes that end before a space or '(': the longest
        // one that is an alias wins
        SectionKind kind = sectionByAlias.get(headingKey);
        for (int i = headingKey.length() - 1; kind == null && i > 0; i--) {
            char c = headingKey.charAt(i);
            if (c == ' ' || c == '(') {
                kind = sectionByAlias.get(headingKey.substring(0, i));
            }
        }
        return Optional.ofNullable(kind);
    }

    /**
     * @param kind a section kind
     * @return its folded heading aliases
     */
    public List<String> aliases(SectionKind kind) {
        return sectionAliases.getOrDefault(kind, List.of());
    }

    /**
     * @param value a criticality as written ({@code CRITICA}, {@code critical}, ...)
     * @return the level, if known
     */
    public Optional<Criticality> criticality(String value) {
        return lookup(criticalities, value);
    }

    /**
     * @param value a type as written ({@code deployment}, {@code despliegue}, ...)
     * @return the type, if known
     */
    public Optional<ProcedureType> type(String value) {
        return lookup(types, value);
    }

    /**
     * @param value a frequency as written ({@code on-demand}, {@code por_demanda}, ...)
     * @return the frequency, if known
     */
    public Optional<Frequency> frequency(String value) {
        return lookup(frequencies, value);
    }

    /**
     * @param frequency a frequency
     * @return how long a procedure of that frequency may go without review
     */
    public Period reviewPeriod(Frequency frequency) {
        return reviewPeriods.getOrDefault(frequency, frequency.defaultReviewPeriod());
    }

    /**
     * A stable text that changes whenever any alias or period changes, for cache keys.
     *
     * @return every alias and period, sorted
     */
    public String fingerprint() {
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(fieldAliases).forEach((k, v) -> b.append("field ").append(k).append('=').append(v).append('\n'));
        new java.util.TreeMap<>(sectionAliases).forEach((k, v) -> b.append("section ").append(k).append('=').append(v).append('\n'));
        new java.util.TreeMap<>(criticalities).forEach((k, v) -> b.append("criticality ").append(k).append('=').append(v).append('\n'));
        new java.util.TreeMap<>(types).forEach((k, v) -> b.append("type ").append(k).append('=').append(v).append('\n'));
        new java.util.TreeMap<>(frequencies).forEach((k, v) -> b.append("frequency ").append(k).append('=').append(v).append('\n'));
        new java.util.TreeMap<>(reviewPeriods).forEach((k, v) -> b.append("period ").append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    /** Looks a value up as written, then without a trailing parenthetical remark. */
    private static <T> Optional<T> lookup(Map<String, T> map, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String folded = TextNormalizer.fold(value);
        T found = map.get(folded);
        if (found == null) {
            int paren = folded.indexOf('(');
            if (paren > 0) {
                found = map.get(folded.substring(0, paren).trim());
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Builds a vocabulary from the defaults plus team aliases. Every {@code add} method folds its
     * alias and throws {@link IllegalArgumentException} when the alias already means something
     * else (an alias clash).
     */
    public static final class Builder {
        private final Map<MetadataField, List<String>> fieldAliases = new EnumMap<>(MetadataField.class);
        private final Map<SectionKind, List<String>> sectionAliases = new EnumMap<>(SectionKind.class);
        private final Map<String, Criticality> criticalities = new HashMap<>();
        private final Map<String, ProcedureType> types = new HashMap<>();
        private final Map<String, Frequency> frequencies = new HashMap<>();
        private final Map<Frequency, Period> reviewPeriods = new EnumMap<>(Frequency.class);

        private Builder() {
            for (MetadataField f : MetadataField.values()) {
                fieldAliases.put(f, folded(f.defaultAliases()));
            }
            for (SectionKind s : SectionKind.values()) {
                sectionAliases.put(s, folded(s.defaultAliases()));
            }
            for (Criticality c : Criticality.values()) {
                c.defaultAliases().forEach(a -> criticalities.put(TextNormalizer.fold(a), c));
            }
            for (ProcedureType t : ProcedureType.values()) {
                types.put(TextNormalizer.fold(t.key()), t);
                t.defaultAliases().forEach(a -> types.put(TextNormalizer.fold(a), t));
            }
            for (Frequency f : Frequency.values()) {
                frequencies.put(TextNormalizer.fold(f.key()), f);
                f.defaultAliases().forEach(a -> frequencies.put(TextNormalizer.fold(a), f));
                reviewPeriods.put(f, f.defaultReviewPeriod());
            }
        }

        private static List<String> folded(Collection<String> aliases) {
            List<String> result = new ArrayList<>();
            aliases.forEach(a -> result.add(TextNormalizer.fold(a)));
            return result;
        }

        /**
         * @param field the field
         * @param alias another name for it, for example {@code fecha_actualizacion}
         * @return this builder
         * @throws IllegalArgumentException if the alias already names another field
         */
        public Builder fieldAlias(MetadataField field, String alias) {
            String a = requireAlias(alias);
            fieldAliases.forEach((f, list) -> {
                if (f != field && list.contains(a)) {
                    throw new IllegalArgumentException("alias '" + alias + "' already names field '" + f.key() + "'");
                }
            });
            List<String> list = new ArrayList<>(fieldAliases.get(field));
            if (!list.contains(a)) {
                list.add(0, a);
            }
            fieldAliases.put(field, list);
            return this;
        }

        /**
         * @param kind  the section
         * @param alias another heading for it, for example {@code 1. PROPOSITO}
         * @return this builder
         * @throws IllegalArgumentException if the heading already names another section
         */
        public Builder sectionAlias(SectionKind kind, String alias) {
            String a = requireAlias(alias);
            sectionAliases.forEach((s, list) -> {
                if (s != kind && list.contains(a)) {
                    throw new IllegalArgumentException("heading '" + alias + "' already names section '" + s.key() + "'");
                }
            });
            List<String> list = new ArrayList<>(sectionAliases.get(kind));
            if (!list.contains(a)) {
                list.add(a);
            }
            sectionAliases.put(kind, list);
            return this;
        }

        /**
         * @param level the criticality
         * @param alias another value for it
         * @return this builder
         * @throws IllegalArgumentException on a clash
         */
        public Builder criticalityAlias(Criticality level, String alias) {
            put(criticalities, level, alias, "criticality");
            return this;
        }

        /**
         * @param type  the procedure type
         * @param alias another value for it
         * @return this builder
         * @throws IllegalArgumentException on a clash
         */
        public Builder typeAlias(ProcedureType type, String alias) {
            put(types, type, alias, "type");
            return this;
        }

        /**
         * @param frequency the frequency
         * @param alias     another value for it, for example {@code por_incidente}
         * @return this builder
         * @throws IllegalArgumentException on a clash
         */
        public Builder frequencyAlias(Frequency frequency, String alias) {
            put(frequencies, frequency, alias, "frequency");
            return this;
        }

        /**
         * @param frequency the frequency
         * @param period    how long a procedure of that frequency may go without review
         * @return this builder
         * @throws IllegalArgumentException if the period is not positive
         */
        public Builder reviewPeriod(Frequency frequency, Period period) {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("review period for '" + frequency.key() + "' must be positive");
            }
            reviewPeriods.put(frequency, period);
            return this;
        }

        private static <T> void put(Map<String, T> map, T value, String alias, String what) {
            String a = requireAlias(alias);
            T previous = map.get(a);
            if (previous != null && previous != value) {
                throw new IllegalArgumentException("alias '" + alias + "' already means " + what + " '"
                        + previous.toString().toLowerCase(java.util.Locale.ROOT) + "'");
            }
            map.put(a, value);
        }

        private static String requireAlias(String alias) {
            String a = TextNormalizer.fold(alias);
            if (a.isEmpty()) {
                throw new IllegalArgumentException("empty alias");
            }
            return a;
        }

        /** @return the vocabulary */
        public Vocabulary build() {
            return new Vocabulary(this);
        }
    }
}
