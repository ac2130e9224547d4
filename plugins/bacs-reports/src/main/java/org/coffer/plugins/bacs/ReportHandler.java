package org.coffer.plugins.bacs;

import javax.xml.stream.XMLStreamReader;

/** What one kind of Bacs report does with the elements a reader walks through. */
interface ReportHandler {

    /** An element starts; its attributes are readable from {@code xml}. */
    void start(String name, XMLStreamReader xml, String path);

    /** An element ends. */
    default void end(String name, String path) {
    }

    /** The document has been read to its end. */
    void finish();
}
