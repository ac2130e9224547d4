package org.coffer.plugins.bacs;

import org.coffer.plugin.api.format.FileRole;
import org.pf4j.Extension;

/** The Bacs reports Coffer reads, each an extension of its own. */
public final class Formats {

    private Formats() {
    }

    /** ARUDD: unpaid direct debits, as reversals of their collections. */
    @Extension
    public static final class Arudd extends BacsReportFormat {
        public Arudd() {
            super("bacs-arudd", "Bacs ARUDD unpaid direct debits report (XML)", FileRole.DETAIL, "<ARUDD[\\s>]",
                    AruddReport::new);
        }
    }

    /** ADDACS: direct debit instructions cancelled, amended or moved by payers' banks. */
    @Extension
    public static final class Addacs extends BacsReportFormat {
        public Addacs() {
            super("bacs-addacs", "Bacs ADDACS instruction amendments report (XML)", FileRole.ADVICE,
                    "advice-type\\s*=\\s*[\"']ADDACS[\"']", AddacsReport::new);
        }
    }

    /** AUDDIS: what became of the instructions the council lodged. */
    @Extension
    public static final class Auddis extends BacsReportFormat {
        public Auddis() {
            super("bacs-auddis", "Bacs AUDDIS instruction results report (XML)", FileRole.ADVICE,
                    "advice-type\\s*=\\s*[\"']AUD(ACC|REJ|DIS)[\"']", AuddisReport::new);
        }
    }

    /** Input Report: the acknowledgement of a submission. */
    @Extension
    public static final class Input extends BacsReportFormat {
        public Input() {
            super("bacs-input-report", "Bacs Input Report (XML)", FileRole.ADVICE, "<InputReport[\\s>]",
                    InputReport::new);
        }
    }
}
