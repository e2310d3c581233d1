package dev.procedures.core.vocabulary;

import java.util.List;

/** Criticality levels of the team conventions, most critical first. */
public enum Criticality {
    /** Affects production directly; needs a well defined rollback and Tech Lead approval. */
    CRITICA(List.of("critica", "critical", "critico")),
    /** Affects important systems; must be tested in staging first. */
    ALTA(List.of("alta", "high", "alto")),
    /** Routine operations. */
    MEDIA(List.of("media", "medium", "medio")),
    /** Minor maintenance. */
    BAJA(List.of("baja", "low", "bajo"));

    private final List<String> defaultAliases;

    Criticality(List<String> defaultAliases) {
        this.defaultAliases = defaultAliases;
    }

    /** @return default folded aliases */
    public List<String> defaultAliases() {
        return defaultAliases;
    }

    /** @return the name written in procedures and the index ({@code CRITICA}, ...) */
    public String display() {
        return name();
    }
}
