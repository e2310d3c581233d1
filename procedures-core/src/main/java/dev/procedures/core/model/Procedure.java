package dev.procedures.core.model;

import dev.procedures.core.vocabulary.SectionKind;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One procedure file, read and interpreted with a vocabulary.
 *
 * @param file      the file on disk
 * @param path      the path shown in findings, relative to the base directory, {@code /}-separated
 * @param fileId    the id at the start of the file name, if any
 * @param document  the Markdown facts
 * @param metadata  the resolved metadata
 * @param title     the first level-1 heading, if any
 * @param sections  recognised body sections in file order
 * @param steps     execution steps in file order
 */
public record Procedure(Path file, String path, Optional<ProcedureId> fileId, MarkdownDocument document,
                        Metadata metadata, Optional<Heading> title, List<Section> sections, List<Step> steps) {

    public Procedure {
        sections = List.copyOf(sections);
        steps = List.copyOf(steps);
    }

    /** @return the file name, for example {@code PROC-BACKEND-001-ejemplo.md} */
    public String fileName() {
        return file.getFileName().toString();
    }

    /**
     * @param kind a section kind
     * @return the sections of that kind, in file order
     */
    public List<Section> sections(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).toList();
    }

    /**
     * @param kind a section kind
     * @return the first section of that kind
     */
    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
