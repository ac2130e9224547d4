package org.coffer.plugins.camt;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.FormatContext;

/**
 * A forward-only walk over an XML document for recursive-descent readers: each reader asks for the children of
 * the element it stands on and takes their text or skips them. It keeps the path of open elements so that any
 * failure names the element and line, and it refuses DTDs so that no entity can pull in anything outside the file.
 */
public final class XmlCursor {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int PEEK_SIZE = 4096;

    private final XMLStreamReader reader;
    private final FormatContext context;
    private final CamtCodes codes;
    private String[] names = new String[32];
    private int[] numbers = new int[32];
    private int depth;

    private XmlCursor(XMLStreamReader reader, FormatContext context, CamtCodes codes) {
        this.reader = reader;
        this.context = context;
        this.codes = codes;
    }

    /** Opens the document and moves to its root element. */
    public static XmlCursor open(InputStream in, FormatContext context, CamtCodes codes) throws IOException {
        InputStream buffered = new BufferedInputStream(in, BUFFER_SIZE);
        requireMarkup(buffered, context, codes);
        XMLStreamReader reader;
        try {
            reader = secureFactory().createXMLStreamReader(buffered);
        } catch (XMLStreamException e) {
            throw new ProblemException(context.problem(Location.wholeFile(), "", codes.notXml(),
                    "the file is not XML: " + reason(e)));
        }
        XmlCursor cursor = new XmlCursor(reader, context, codes);
        cursor.moveToRoot();
        return cursor;
    }

    /**
     * Refuses a file whose first character, after a UTF-8 byte-order mark and white space, is not {@code <}: an
     * empty file, text or binary. The parser would refuse it too, in words that say less.
     */
    private static void requireMarkup(InputStream in, FormatContext context, CamtCodes codes) throws IOException {
        in.mark(PEEK_SIZE);
        byte[] head = in.readNBytes(PEEK_SIZE);
        in.reset();
        if (head.length == 0) {
            throw new ProblemException(context.problem(Location.wholeFile(), "", codes.notXml(),
                    "the file is empty"));
        }
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF);
        int at = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (at < head.length && (head[at] == ' ' || head[at] == '\t' || head[at] == '\r' || head[at] == '\n')) {
            at++;
        }
        if (!utf16 && at < head.length && head[at] != '<') {
            throw new ProblemException(context.problem(Location.wholeFile(), "", codes.notXml(),
                    "the file is not XML: it does not begin with '<'"));
        }
    }

    /**
     * Aalto, named rather than looked up so that no other StAX implementation on the class path is picked, with
     * DTDs and external entities switched off.
     */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private void moveToRoot() throws IOException {
        while (true) {
            int event = advance();
            if (event == START_ELEMENT) {
                return;
            }
            if (event == DTD) {
                throw refusal(codes.dtdRefused(), "the document declares a DTD (<!DOCTYPE>); DTDs and entities are not"
                        + " accepted in " + codes.message() + " files");
            }
            if (event == END_DOCUMENT) {
                throw refusal(codes.notXml(), "the file holds no XML element");
            }
        }
    }

    public String localName() {
        return reader.getLocalName();
    }

    public String namespace() {
        String uri = reader.getNamespaceURI();
        return uri == null ? "" : uri;
    }

    /** The value of an unqualified attribute of the current element, or {@code null}. */
    public String attribute(String name) {
        return reader.getAttributeValue(null, name);
    }

    /** The line the parser is on, for locations. */
    public long line() {
        int line = reader.getLocation().getLineNumber();
        return Math.max(line, 0);
    }

    /** Numbers the current element among its repeated siblings, for paths such as {@code Stmt[2]/Ntry[14]}. */
    public void number(int number) {
        numbers[depth] = number;
    }

    /**
     * Moves to the next child of the element the cursor stands on: true at the child's start, false at the end
     * of the parent. Text between children is ignored.
     */
    public boolean nextChild() throws IOException {
        while (true) {
            int event = advance();
            if (event == START_ELEMENT) {
                return true;
            }
            if (event == END_ELEMENT) {
                return false;
            }
            if (event == END_DOCUMENT) {
                throw refusal(codes.notXml(), "the file ends inside <" + names[depth] + ">");
            }
        }
    }

    /** The text of the current element, which must hold no elements; the cursor moves to its end. */
    public String text() throws IOException {
        String first = null;
        StringBuilder more = null;
        while (true) {
            int event = advance();
            switch (event) {
                case CHARACTERS, CDATA, SPACE, ENTITY_REFERENCE -> {
                    if (first == null) {
                        first = currentText();
                    } else {
                        if (more == null) {
                            more = new StringBuilder(first);
                        }
                        more.append(currentText());
                    }
                }
                case START_ELEMENT -> throw refusal(codes.badValue(),
                        "<" + names[depth - 1] + "> holds an element where text was expected");
                case END_ELEMENT -> {
                    if (more != null) {
                        return more.toString();
                    }
                    return first == null ? "" : first;
                }
                case END_DOCUMENT -> throw refusal(codes.notXml(),
                        "the file ends inside <" + names[depth] + ">");
                default -> {
                    // comments and processing instructions carry no value
                }
            }
        }
    }

    /**
     * The text of an element that holds either a code as text (versions 2 to 7: {@code <Sts>BOOK</Sts>}) or the
     * code in a child (version 8: {@code <Sts><Cd>BOOK</Cd></Sts>}).
     */
    public String textOrCode() throws IOException {
        StringBuilder text = new StringBuilder();
        String code = null;
        while (true) {
            int event = advance();
            switch (event) {
                case CHARACTERS, CDATA, SPACE, ENTITY_REFERENCE -> text.append(currentText());
                case START_ELEMENT -> {
                    String child = text();
                    code = code == null ? child : code;
                }
                case END_ELEMENT -> {
                    return code != null ? code : text.toString();
                }
                case END_DOCUMENT -> throw refusal(codes.notXml(),
                        "the file ends inside <" + names[depth] + ">");
                default -> {
                    // comments and processing instructions carry no value
                }
            }
        }
    }

    /** The text of the current element's child of the given name, or {@code null}; other children are skipped. */
    public String childText(String name) throws IOException {
        return childText(name, name);
    }

    /** The text of whichever of two children the current element holds, as in an XML choice, or {@code null}. */
    public String childText(String name, String otherName) throws IOException {
        String text = null;
        while (nextChild()) {
            String child = reader.getLocalName();
            if (name.equals(child) || otherName.equals(child)) {
                text = text();
            } else {
                skip();
            }
        }
        return text;
    }

    /** Skips the current element and everything in it. */
    public void skip() throws IOException {
        int target = depth - 1;
        while (depth > target) {
            if (advance() == END_DOCUMENT) {
                throw refusal(codes.notXml(), "the file ends inside <" + names[depth] + ">");
            }
        }
    }

    /** Reads past the root element's end, so that anything broken after it is still found. */
    public void finish() throws IOException {
        while (advance() != END_DOCUMENT) {
            // only comments and whitespace may follow the root; the parser refuses anything else
        }
    }

    /** The path of open elements below the message, such as {@code Stmt[2]/Ntry[14]/NtryDtls}. */
    public String path() {
        int from = depth >= 2 && codes.document().equals(names[2]) ? 3 : 1;
        StringBuilder path = new StringBuilder();
        for (int level = from; level <= depth; level++) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(names[level]);
            if (numbers[level] > 0) {
                path.append('[').append(numbers[level]).append(']');
            }
        }
        return path.toString();
    }

    /** A problem at the current element, ready to throw. */
    public ProblemException refusal(ErrorCode code, String message) {
        String path = path();
        Location location = new Location(line(), path.isEmpty() ? null : path);
        return new ProblemException(context.problem(location, "", code, message));
    }

    /** The text of the current event; Aalto parses it only now, so broken input can first show here. */
    private String currentText() throws IOException {
        try {
            return reader.getText();
        } catch (UncheckedStreamException e) {
            throw e.getCause() instanceof XMLStreamException cause ? malformed(cause)
                    : refusal(codes.notXml(), "the file is not complete, well-formed XML");
        }
    }

    private int advance() throws IOException {
        int event;
        try {
            event = reader.next();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
        if (event == START_ELEMENT) {
            push(reader.getLocalName());
        } else if (event == END_ELEMENT) {
            numbers[depth] = 0;
            depth--;
        }
        return event;
    }

    private void push(String name) {
        depth++;
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            numbers = Arrays.copyOf(numbers, depth * 2);
        }
        names[depth] = name;
        numbers[depth] = 0;
    }

    /** A parser failure: bad bytes or broken XML become a problem, a failing disk stays an I/O error. */
    private ProblemException malformed(XMLStreamException e) throws IOException {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof IOException io && !(cause instanceof CharConversionException)) {
            throw io;
        }
        String path = path();
        long line = e.getLocation() != null && e.getLocation().getLineNumber() > 0 ? e.getLocation().getLineNumber()
                : line();
        return new ProblemException(context.problem(new Location(line, path.isEmpty() ? null : path), "",
                codes.notXml(), "the file is not complete, well-formed XML: " + reason(e)));
    }

    /** The parser's own words, without the position it appends: the problem's location gives that. */
    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int position = message.indexOf("\n at [");
        return (position >= 0 ? message.substring(0, position) : message).strip();
    }
}
