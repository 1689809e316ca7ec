package org.huiwu.dist;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;

/**
 * Build-time tool of the {@code dist} profile: draws the application icon ({@code assets/icon/huiwu.svg})
 * into the files the installers want — a 256 px PNG for Linux, an ICO for Windows and an ICNS for macOS,
 * both of which hold PNG images (allowed since Windows Vista and macOS 10.7). Single-threaded command.
 */
public final class IconFiles {

    private static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    private static final Map<String, Integer> ICNS_TYPES = icnsTypes();

    private IconFiles() {
    }

    /** {@code IconFiles <svg> <output folder>}. */
    public static void main(String[] args) throws IOException {
        Path svg = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        SVGDocument document = new SVGLoader().load(svg.toUri().toURL(), LoaderContext.createDefault());
        if (document == null) {
            throw new IOException("not an SVG drawing: " + svg);
        }
        Files.write(out.resolve("huiwu.png"), png(document, 256));
        Files.write(out.resolve("huiwu.ico"), ico(document));
        Files.write(out.resolve("huiwu.icns"), icns(document));
    }

    static byte[] png(SVGDocument document, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        document.render(null, graphics, new ViewBox(0, 0, size, size));
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An ICO directory whose entries are PNG images (little-endian header, one entry per size). */
    static byte[] ico(SVGDocument document) {
        List<byte[]> images = ICO_SIZES.stream().map(size -> png(document, size)).toList();
        int headerSize = 6 + 16 * images.size();
        int total = headerSize + images.stream().mapToInt(image -> image.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = headerSize;
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES.get(i);
            buffer.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buffer.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            buffer.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(buffer::put);
        return buffer.array();
    }

    /** An ICNS file (big-endian) with PNG entries of the types macOS reads for 32 to 1024 px. */
    static byte[] icns(SVGDocument document) throws IOException {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream entryOut = new DataOutputStream(entries);
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] image = png(document, type.getValue());
            entryOut.writeBytes(type.getKey());
            entryOut.writeInt(8 + image.length);
            entryOut.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream fileOut = new DataOutputStream(file);
        fileOut.writeBytes("icns");
        fileOut.writeInt(8 + entries.size());
        fileOut.write(entries.toByteArray());
        return file.toByteArray();
    }

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        return types;
    }
}
