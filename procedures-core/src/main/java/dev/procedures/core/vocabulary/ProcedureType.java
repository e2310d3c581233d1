package dev.procedures.core.vocabulary;

import java.util.List;

/** Procedure types ({@code categoria}) of the team conventions, in index order. */
public enum ProcedureType {
    /** Code deployments. */
    DEPLOYMENT("deployment", "Deployment", List.of("deployment", "despliegue", "deploy")),
    /** Reverting changes. */
    ROLLBACK("rollback", "Rollback", List.of("rollback", "reversion")),
    /** Routine maintenance. */
    MAINTENANCE("maintenance", "Maintenance", List.of("maintenance", "mantenimiento")),
    /** Diagnosis and incident resolution. */
    TROUBLESHOOTING("troubleshooting", "Troubleshooting", List.of("troubleshooting", "diagnostico",
            "resolucion de problemas")),
    /** Horizontal or vertical scaling. */
    SCALING("scaling", "Scaling", List.of("scaling", "escalado", "escalamiento")),
    /** Disaster recovery. */
    DISASTER_RECOVERY("disaster-recovery", "Disaster Recovery", List.of("disaster recovery",
            "recuperacion ante desastres", "dr"));

    private final String key;
    private final String display;
    private final List<String> defaultAliases;

    ProcedureType(String key, String display, List<String> defaultAliases) {
        this.key = key;
        this.display = display;
        this.defaultAliases = defaultAliases;
    }

    /** @return the value written in front matter, for example {@code disaster-recovery} */
    public String key() {
        return key;
    }

    /** @return the name shown in the README index, for example {@code Disaster Recovery} */
    public String display() {
        return display;
    }

    /** @return default folded aliases */
    public List<String> defaultAliases() {
        return defaultAliases;
    }
}
