package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import org.coffer.plugin.api.format.Channel;

/**
 * A way of paying as the council names and counts it: the code the formats produce, the council's own name for it,
 * the kind of contact it is (Web, Phone, Counter, Bank transfer...), whether reports count it as digital or direct
 * debit (arriving without staff handling it), and whether the council still offers it. A channel the council no
 * longer offers is still read and posted when a file carries it: nothing paid is turned away.
 */
public record CouncilChannel(Channel code, String name, String contact, boolean digital, boolean enabled) {

    public CouncilChannel {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(contact, "contact is null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the name of channel " + code + " is empty");
        }
        if (contact.isBlank()) {
            throw new IllegalArgumentException("the contact of channel " + code + " is empty");
        }
    }
}
