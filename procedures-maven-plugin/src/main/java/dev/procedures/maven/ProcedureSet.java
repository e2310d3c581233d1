package dev.procedures.maven;

import java.io.File;

/**
 * One procedure folder of a build with several, configured as
 * {@code <procedureSets><procedureSet>...</procedureSet></procedureSets>}. Unset fields take the
 * goal's top-level parameter of the same name.
 */
public class ProcedureSet {

    /** Folder that holds the procedures (required). */
    private File directory;

    /** README with the index; default {@code README.md} in {@link #directory}. */
    private File readme;

    /** Id prefixes, comma separated; default taken from the files present. */
    private String prefix;

    /** Heading of the index section when the README has no markers. */
    private String indexHeading;

    /** Ids declared retired, comma separated. */
    private String retired;

    /** Baseline file; default {@code .procedures-baseline.json} beside the README. */
    private File baseline;

    /** @return the folder */
    public File getDirectory() {
        return directory;
    }

    /** @param directory the folder */
    public void setDirectory(File directory) {
        this.directory = directory;
    }

    /** @return the README, or {@code null} */
    public File getReadme() {
        return readme;
    }

    /** @param readme the README */
    public void setReadme(File readme) {
        this.readme = readme;
    }

    /** @return the prefixes, or {@code null} */
    public String getPrefix() {
        return prefix;
    }

    /** @param prefix comma-separated prefixes */
    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    /** @return the index heading, or {@code null} */
    public String getIndexHeading() {
        return indexHeading;
    }

    /** @param indexHeading the index heading */
    public void setIndexHeading(String indexHeading) {
        this.indexHeading = indexHeading;
    }

    /** @return the retired ids, or {@code null} */
    public String getRetired() {
        return retired;
    }

    /** @param retired comma-separated retired ids */
    public void setRetired(String retired) {
        this.retired = retired;
    }

    /** @return the baseline file, or {@code null} */
    public File getBaseline() {
        return baseline;
    }

    /** @param baseline the baseline file */
    public void setBaseline(File baseline) {
        this.baseline = baseline;
    }
}
