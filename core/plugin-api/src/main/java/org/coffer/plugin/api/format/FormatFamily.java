package org.coffer.plugin.api.format;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Formats written in data rather than code: a council describes its bank's CSV or fixed-width export in a small
 * layout file, and the family turns the description into an {@link InboundFormat}. A family may also ship the
 * layouts that banks publish, ready to use.
 *
 * <p>Implementations are stateless and safe to use from several threads at once.
 */
public interface FormatFamily extends ExtensionPoint {

    /** The family's id, which a council's layout file names in its {@code family} setting, such as {@code csv-layout}. */
    String id();

    /** The formats the family ships, one per published layout; their ids are taken like any plugin format's. */
    List<InboundFormat> shippedFormats();

    /**
     * The format a council's layout describes. A layout that is wrong (a setting missing, a column named twice, a
     * date pattern that is not one) is refused with a {@link org.coffer.plugin.api.ProblemException} naming the
     * layout file, the setting and what was expected.
     */
    InboundFormat format(LayoutSettings layout);
}
