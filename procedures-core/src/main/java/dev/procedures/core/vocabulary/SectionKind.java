package dev.procedures.core.vocabulary;

import java.util.List;

/** The body sections of a procedure, with the headings of the team template and common variants. */
public enum SectionKind {
    /** Propósito. */
    PURPOSE("proposito", List.of("proposito", "objetivo", "purpose", "objective")),
    /** Prerequisitos. */
    PREREQUISITES("prerequisitos", List.of("prerequisitos", "pre requisitos", "prerrequisitos", "requisitos previos",
            "requisitos", "prerequisites", "requirements")),
    /** Preparación. */
    PREPARATION("preparacion", List.of("preparacion", "preparation", "pre flight checks")),
    /** Pasos de Ejecución. */
    EXECUTION("pasos de ejecucion", List.of("pasos de ejecucion", "pasos", "ejecucion", "procedimiento",
            "procedimiento detallado", "steps", "execution", "execution steps")),
    /** Validación Final. */
    VALIDATION("validacion", List.of("validacion final", "validacion", "validaciones", "verificacion final",
            "verificacion", "validation", "verification")),
    /** Rollback Completo. */
    ROLLBACK("rollback", List.of("rollback completo", "rollback", "plan de rollback", "reversion",
            "procedimiento de rollback", "vuelta atras")),
    /** Troubleshooting. */
    TROUBLESHOOTING("troubleshooting", List.of("troubleshooting", "solucion de problemas", "resolucion de problemas",
            "problemas comunes", "problemas frecuentes")),
    /** Post-Ejecución. */
    POST_EXECUTION("post ejecucion", List.of("post ejecucion", "post execution", "despues de la ejecucion")),
    /** Métricas y KPIs. */
    METRICS("metricas", List.of("metricas y kpis", "metricas", "metrics", "kpis")),
    /** Referencias. */
    REFERENCES("referencias", List.of("referencias", "references")),
    /** Historial de Versiones. */
    VERSION_HISTORY("historial de versiones", List.of("historial de versiones", "historial de cambios",
            "control de versiones", "control de cambios", "version history", "changelog", "change log")),
    /** Aprobaciones. */
    APPROVALS("aprobaciones", List.of("aprobaciones", "aprobacion", "approvals", "sign off"));

    private final String key;
    private final List<String> defaultAliases;

    SectionKind(String key, List<String> defaultAliases) {
        this.key = key;
        this.defaultAliases = defaultAliases;
    }

    /** @return the name used in configuration and messages (folded) */
    public String key() {
        return key;
    }

    /** @return the default heading texts, folded, in priority order */
    public List<String> defaultAliases() {
        return defaultAliases;
    }

    /**
     * @param key a configuration name such as {@code rollback} or {@code ROLLBACK}
     * @return the section kind, or {@code null}
     */
    public static SectionKind byKey(String key) {
        String k = key == null ? "" : key.trim();
        for (SectionKind s : values()) {
            if (s.key.equalsIgnoreCase(k) || s.key.equalsIgnoreCase(k.replace('-', ' '))
                    || s.name().equalsIgnoreCase(k.replace('-', '_'))) {
                return s;
            }
        }
        return null;
    }
}
