package org.coffer.plugin.api.ledger;

import java.util.Optional;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.ProblemException;

/**
 * What the application tells a ledger export about the file it is writing. Owned by the application: the settings
 * come from the council's configuration of this export target, and a plugin never reads the server's files itself.
 */
public interface ExportContext {

    /** The council's name, for file headers that carry one. */
    String councilName();

    /** The name of the file being written, for messages. */
    String fileName();

    /**
     * A setting of this export target, such as a batch source or a ledger id, as the council wrote it; empty when
     * the council did not set it.
     */
    Optional<String> setting(String name);

    /** A setting the plugin cannot work without: stops the run, naming the setting, when it is missing. */
    default String requiredSetting(String name, ErrorCode code) {
        return setting(name).filter(value -> !value.isBlank()).orElseThrow(() -> new ProblemException(
                problem(Location.wholeFile(), name, code, "the export target has no setting '" + name + "'")));
    }

    /** A problem with the file being written, ready to throw; the location is the journal line where it has one. */
    default Problem problem(Location location, String field, ErrorCode code, String message) {
        return new Problem(fileName(), location, field, code, message);
    }
}
