package org.huiwu.logic.attendees.importing;

/**
 * The kind of file an attendee list arrived in, recognised from the first bytes of its content
 * rather than from the file name. Immutable; safe to share between threads.
 */
public enum SourceFormat {
    /** Delimited text: comma, semicolon or tab separated. */
    CSV,
    /** Office Open XML workbook (a zip container, magic "PK\3\4"). */
    XLSX,
    /** Legacy Excel workbook (an OLE2 container); an encrypted .xlsx is also an OLE2 container. */
    XLS;

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** Recognises the format from the file content; anything that is not a workbook is tried as text. */
    public static SourceFormat detect(byte[] content) {
        if (startsWith(content, ZIP_MAGIC)) {
            return XLSX;
        }
        if (startsWith(content, OLE_MAGIC)) {
            return XLS;
        }
        return CSV;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
