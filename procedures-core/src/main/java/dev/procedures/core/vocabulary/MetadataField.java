package dev.procedures.core.vocabulary;

import java.util.List;

/**
 * The metadata fields of a procedure, named as the team template names them in its front matter.
 * Each has default aliases (English names, variants); more can be configured.
 */
public enum MetadataField {
    /** {@code id}: the procedure id, {@code PREFIX-NNN}. */
    ID("id", List.of("id", "identificador", "identifier", "codigo")),
    /** {@code tipo}: the kind of document, always {@code procedimiento}. Front matter only. */
    DOCUMENT_TYPE("tipo", List.of("tipo", "tipo documento", "document type", "kind")),
    /** {@code categoria}: the procedure type (deployment, rollback, ...). */
    TYPE("categoria", List.of("categoria", "category", "type", "tipo procedimiento", "procedure type")),
    /** {@code titulo}: the title. */
    TITLE("titulo", List.of("titulo", "title", "nombre", "name")),
    /** {@code criticidad}: CRITICA, ALTA, MEDIA or BAJA. */
    CRITICALITY("criticidad", List.of("criticidad", "criticality", "severidad", "severity", "prioridad", "priority")),
    /** {@code frecuencia}: how often the procedure runs. */
    FREQUENCY("frecuencia", List.of("frecuencia", "frequency")),
    /** {@code tiempo_estimado}: estimated duration, for example {@code 15min}. */
    DURATION("tiempo_estimado", List.of("tiempo estimado", "duracion", "duracion estimada", "duration",
            "estimated time", "estimated duration")),
    /** {@code version}: SemVer version of the procedure. */
    VERSION("version", List.of("version")),
    /** {@code ultima_actualizacion}: ISO date of the last update. */
    LAST_UPDATE("ultima_actualizacion", List.of("ultima actualizacion", "fecha actualizacion", "last update",
            "last updated", "updated", "fecha")),
    /** {@code autor}: author. */
    AUTHOR("autor", List.of("autor", "author", "responsable", "owner")),
    /** {@code revisores}: reviewers. */
    REVIEWERS("revisores", List.of("revisores", "reviewers"));

    private final String key;
    private final List<String> defaultAliases;

    MetadataField(String key, List<String> defaultAliases) {
        this.key = key;
        this.defaultAliases = defaultAliases;
    }

    /** @return the name the team template uses, also the name in configuration */
    public String key() {
        return key;
    }

    /** @return default aliases in priority order, already folded */
    public List<String> defaultAliases() {
        return defaultAliases;
    }

    /**
     * @param key a configuration name such as {@code ultima_actualizacion}
     * @return the field, or {@code null} when none has that name
     */
    public static MetadataField byKey(String key) {
        for (MetadataField f : values()) {
            if (f.key.equalsIgnoreCase(key == null ? "" : key.trim()) || f.name().equalsIgnoreCase(key)) {
                return f;
            }
        }
        return null;
    }
}
