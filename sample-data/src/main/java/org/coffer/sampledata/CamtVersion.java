package org.coffer.sampledata;

/** The camt.053 message versions the generator writes. */
public enum CamtVersion {
    /** camt.053.001.02, the version most UK banks still send. */
    V02("camt.053.001.02"),
    /** camt.053.001.08, the version of the CBPR+ and SWIFT ISO 20022 migration. */
    V08("camt.053.001.08");

    private final String messageName;

    CamtVersion(String messageName) {
        this.messageName = messageName;
    }

    public String namespace() {
        return "urn:iso:std:iso:20022:tech:xsd:" + messageName;
    }
}
