package org.huiwu.logic.export;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;

/**
 * This laptop's Ed25519 signing key, with which every bundle it writes is signed (decision 0025). Created once,
 * named by the attendant on duty, and kept in {@code <dataDir>/keys/signing-key.properties}: the folder is
 * the owner's only (0700), the file too (0600) where the file system has POSIX permissions. The private key
 * never leaves that file; bundles carry only the public key. Immutable once loaded; thread-safe.
 */
public final class SigningKey {

    /** The folder inside the data folder that holds the key. */
    public static final String FOLDER = "keys";
    static final String FILE = "signing-key.properties";

    private final Signer signer;
    private final PrivateKey privateKey;

    private SigningKey(Signer signer, PrivateKey privateKey) {
        this.signer = signer;
        this.privateKey = privateKey;
    }

    /**
     * The laptop's key, created with {@code name} (blank: the system's user and host name) when the data folder
     * has none yet; an existing key keeps the name it was created with.
     */
    public static synchronized SigningKey loadOrCreate(Path dataDir, String name) {
        Path file = dataDir.resolve(FOLDER).resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                create(file, name == null || name.isBlank() ? systemName() : name.strip());
            }
            return load(file);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new ExportFailedException(ExportProblem.NO_SIGNING_KEY, file, e);
        }
    }

    /** Who this key signs as. */
    public Signer signer() {
        return signer;
    }

    /** The Base64 Ed25519 signature of the bytes. */
    String sign(byte[] bytes) {
        try {
            Signature signature = Signature.getInstance(Signer.ALGORITHM);
            signature.initSign(privateKey);
            signature.update(bytes);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java 17 signs with Ed25519", e);
        }
    }

    private static SigningKey load(Path file) throws IOException, GeneralSecurityException {
        Properties stored = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(in);
        }
        PrivateKey key = KeyFactory.getInstance(Signer.ALGORITHM).generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.getProperty("privateKey"))));
        return new SigningKey(new Signer(UUID.fromString(stored.getProperty("id")), stored.getProperty("name"),
                stored.getProperty("publicKey")), key);
    }

    private static void create(Path file, String name) throws IOException, GeneralSecurityException {
        Path folder = file.getParent();
        Files.createDirectories(folder);
        restrict(folder, "rwx------");
        KeyPair pair = KeyPairGenerator.getInstance(Signer.ALGORITHM).generateKeyPair();
        Properties stored = new Properties();
        stored.setProperty("id", UUID.randomUUID().toString());
        stored.setProperty("name", name);
        stored.setProperty("publicKey", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        stored.setProperty("privateKey", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        Path partial = folder.resolve(FILE + ".part");
        Files.deleteIfExists(partial);
        if (posix(folder)) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(partial);
        }
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            stored.store(out, "Huiwu signing key of this laptop: keep private, never copy");
        }
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(partial);
        }
    }

    /** The system's user and host name, for a key created before any attendant gave a name. */
    private static String systemName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = System.getenv().getOrDefault("COMPUTERNAME", "");
        }
        String user = System.getProperty("user.name", "");
        return host.isBlank() ? user : user + "@" + host;
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
