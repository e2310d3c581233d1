package dev.procedures.core.config;

/**
 * A configuration value is invalid. Names the parameter so the build tool can point at it.
 */
public final class ConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String parameter;

    /**
     * @param parameter the parameter name as users write it, for example {@code reviewPeriods}
     * @param message   what is wrong with the value and what is accepted
     */
    public ConfigurationException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    /** @return the parameter name */
    public String parameter() {
        return parameter;
    }
}
