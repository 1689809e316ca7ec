package org.huiwu.logic.attendees.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text attendee list into text. Encoding: a byte-order mark wins (UTF-8, or
 * UTF-16 as Excel's "Unicode text" writes); otherwise UTF-8 if strict decoding succeeds; otherwise
 * GB18030, the superset of GBK that Excel and WPS write on Chinese Windows. Bytes that decode in none
 * of these, or decode to control characters, are binary junk. Stateless; safe to use from any thread.
 */
final class CsvTextDecoder {

    /** Text decoded from a file, with the name of the encoding it was read in. */
    record DecodedText(String content, String encoding) {
    }

    static final Charset GB18030 = Charset.forName("GB18030");

    /** Above this share of control characters (other than tab and line breaks) the file is binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private CsvTextDecoder() {
    }

    static DecodedText decode(byte[] bytes) throws ImportFileException {
        DecodedText text = decodeByMark(bytes);
        if (text.content().isBlank()) {
            throw new ImportFileException(ImportProblemCode.EMPTY_FILE);
        }
        if (looksBinary(text.content())) {
            throw new ImportFileException(ImportProblemCode.UNRECOGNISED_FORMAT);
        }
        return text;
    }

    private static DecodedText decodeByMark(byte[] bytes) throws ImportFileException {
        if (hasMark(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 BOM");
        }
        if (hasMark(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (hasMark(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        try {
            return new DecodedText(decodeStrictly(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return strict(bytes, 0, GB18030, "GB18030");
        }
    }

    private static DecodedText strict(byte[] bytes, int offset, Charset charset, String label)
            throws ImportFileException {
        try {
            return new DecodedText(decodeStrictly(bytes, offset, charset), label);
        } catch (CharacterCodingException e) {
            throw new ImportFileException(ImportProblem.ofFile(ImportProblemCode.UNRECOGNISED_FORMAT), e);
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static boolean hasMark(byte[] bytes, int... mark) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(String content) {
        long controls = content.chars()
                .filter(c -> Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n')
                .count();
        return content.indexOf('\0') >= 0 || controls > content.length() * MAX_CONTROL_SHARE;
    }
}
