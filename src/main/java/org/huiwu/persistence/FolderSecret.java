package org.huiwu.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * A data folder's own secret, the password of its database (decision record 0026): 32 random bytes as hex, made
 * when the folder's database is first opened and kept in {@value #FILE_NAME}, private to the user, written whole
 * before it is moved into place so two processes making it at once agree on one. A backup carries it. Stateless;
 * thread-safe.
 */
public final class FolderSecret {

    /** The file in the data folder (and in a backup) that holds the database password. */
    public static final String FILE_NAME = "huiwu.secret";

    private FolderSecret() {
    }

    /** The folder's database password, made (private, durably) when the folder has none yet. */
    public static String of(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Path temp = folder.resolve("." + FILE_NAME + "." + System.nanoTime() + ".part");
            try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), PrivateFiles.fileAttributes(temp));
                 OutputStream out = Channels.newOutputStream(channel)) {
                out.write(HexFormat.of().formatHex(random).getBytes(StandardCharsets.US_ASCII));
                channel.force(true);
            }
            try {
                Files.move(temp, file);
            } catch (FileAlreadyExistsException anotherProcessWasFirst) {
                Files.deleteIfExists(temp);
            }
            return read(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the database secret in " + folder, e);
        }
    }

    /** The password of a database copied out of a backup: its secret when the backup carries one, else empty. */
    static String ofCopy(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            return Files.exists(file) ? read(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String read(Path file) throws IOException {
        String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!secret.matches("[0-9a-f]{64}")) {
            throw new IOException(file + " holds no database secret");
        }
        return secret;
    }
}
