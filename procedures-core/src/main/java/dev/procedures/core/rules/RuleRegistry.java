package dev.procedures.core.rules;

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
            new NoCredentialsRule());

    private RuleRegistry() {
    }

    /** @return every rule, in documentation order */
    public static List<Rule> all() {
        return ALL;
    }

    /** @return every rule id, plus the built-in {@code file-encoding} */
    public static Set<String> ids() {
        return ALL.stream().map(Rule::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * @param id a rule id
     * @return the rule, if registered
     */
    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
