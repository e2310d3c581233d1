package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place where rules are registered. Adding a rule is one class plus one line here.
 */
public final class RuleRegistry {

    private static final List<Rule> ALL = List.of(
            new FrontMatterRule(),
            new RequiredMetadataRule(),
            new MetadataValuesRule(),
            new IdFormatRule(),
            new IdUniqueRule(),
            new IdSequenceRule(),
            new SemverRule(),
            new ReviewDateRule(),
            new RequiredSectionsRule(),
            new RollbackRule(),
            new StepValidationRule(),
            new StepDurationRule(),
            new ApprovalsRule(),
            new TemplateLeftoversRule(),
            new IndexUpToDateRule(),
            new IndexLinksRule(),
            new NoCredentialsRule());

    /** Built-in finding for a procedure file that cannot be read or is not valid in the encoding. */
    public static final RuleDescriptor FILE_ENCODING = new RuleDescriptor("file-encoding", Severity.ERROR,
            "A file named like a procedure can be read and decoded in the configured encoding.",
            "Save the file as UTF-8 (or set the 'encoding' parameter to the encoding the team uses).");

    /** Built-in finding for an inline suppression comment that suppresses nothing. */
    public static final RuleDescriptor UNUSED_SUPPRESSION = new RuleDescriptor("unused-suppression",
            Severity.WARNING,
            "Every procedures-disable comment suppresses at least one finding and names known rules.",
            "Remove the stale comment, or correct the rule id it names.");

    private RuleRegistry() {
    }

    /**
     * @return the descriptors of every rule plus the engine's built-in findings
     *         ({@code file-encoding}, {@code unused-suppression}), in documentation order
     */
    public static List<RuleDescriptor> descriptors() {
        List<RuleDescriptor> all = new ArrayList<>();
        ALL.forEach(r -> all.add(r.descriptor()));
        all.add(FILE_ENCODING);
        all.add(UNUSED_SUPPRESSION);
        return List.copyOf(all);
    }

    /** @return every rule, in documentation order */
    public static List<Rule> all() {
        return ALL;
    }

    /** @return every rule id, built-in findings included, sorted */
    public static Set<String> ids() {
        return descriptors().stream().map(RuleDescriptor::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * @param id a rule id
     * @return the rule, if registered
     */
    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
