package org.coffer.server.web;

import java.time.Instant;
import org.coffer.server.users.Principal;

/**
 * A signed-in browser: who it is, the token its forms must carry, and when it began and was last used.
 *
 * @param csrfToken the secret every state-changing request of this session must send back
 */
record Session(Principal principal, String csrfToken, Instant started, Instant lastUsed) {

    Session usedAt(Instant now) {
        return new Session(principal, csrfToken, started, now);
    }
}
