package org.huiwu.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Creates the files and folders that hold a user's meetings so that only that user can read them: folders
 * 0700 and files 0600 where the file system speaks POSIX, an access list naming the owner alone where it
 * speaks ACLs (Windows). The permission is given when the file or folder is created, never afterwards, so
 * there is no moment in which another user could open it; {@link #restrict} exists only for files another
 * library creates (H2's own files, inside a folder that is already private) and for folders made by an
 * older version of the app. Stateless and thread-safe.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the folder and any missing parents, each private; an existing folder is left as it is. */
    public static Path createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return folder;
        }
        Files.createDirectories(absolute, attributes(absolute, true));
        return folder;
    }

    /**
     * Makes the data folder private: creates it (and missing parents) private when it does not exist; when an
     * older version of the app made it readable to others, takes their rights from it and from every file and
     * folder in it (symbolic links are not followed), the folder itself first.
     */
    public static Path privateFolder(Path folder) throws IOException {
        createFolders(folder);
        if (isPrivate(folder)) {
            return folder;
        }
        restrict(folder);
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                restrict(path);
            }
        }
        return folder;
    }

    /** Whether no one but the owner has any right on the file or folder (true where nothing can be told). */
    public static boolean isPrivate(Path path) throws IOException {
        if (isPosix(path)) {
            Set<PosixFilePermission> granted = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            return (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE).containsAll(granted);
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl == null) {
            return true;
        }
        return onlyOwnerAllowed(acl.getAcl(), owner());
    }

    /** Whether an access list allows no one but the owner anything (entries that deny are no concern). */
    static boolean onlyOwnerAllowed(List<AclEntry> acl, UserPrincipal owner) {
        return acl.stream().allMatch(e -> e.type() != AclEntryType.ALLOW || e.principal().equals(owner));
    }

    /** Opens a new output stream on a file that is created private (with {@code CREATE_NEW} unless options say). */
    public static OutputStream newOutputStream(Path file, OpenOption... options) throws IOException {
        Set<OpenOption> all = new LinkedHashSet<>(List.of(options));
        if (all.isEmpty()) {
            all.add(StandardOpenOption.CREATE_NEW);
        }
        all.add(StandardOpenOption.WRITE);
        return Channels.newOutputStream(Files.newByteChannel(file, all, attributes(file, false)));
    }

    /** Creates an empty private file; fails when it exists. */
    public static Path createFile(Path file) throws IOException {
        return Files.createFile(file, attributes(file, false));
    }

    /**
     * The attributes that create a file private, for {@code FileChannel.open} and similar; none on a file
     * system that knows neither POSIX permissions nor access lists (a FAT stick), where nothing can be kept
     * from others.
     */
    public static FileAttribute<?>[] fileAttributes(Path file) throws IOException {
        return attributes(file, false);
    }

    /** Takes every right from others on a file or folder that exists (a no-op where neither view exists). */
    public static void restrict(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return;
        }
        boolean folder = Files.isDirectory(path);
        if (isPosix(path)) {
            Files.setPosixFilePermissions(path, folder ? FOLDER : FILE);
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            acl.setAcl(ownerOnly(owner(), folder));
        }
    }

    private static FileAttribute<?>[] attributes(Path path, boolean folder) throws IOException {
        return attributes(path.getFileSystem().supportedFileAttributeViews(), PrivateFiles::owner, folder);
    }

    /** Finds the user the app runs as. */
    @FunctionalInterface
    interface OwnerLookup {
        UserPrincipal owner() throws IOException;
    }

    /**
     * The creation attributes for a file system with the given attribute views: POSIX 0700/0600 where it has
     * {@code posix}; else, where it has {@code acl} (Windows, NTFS), an access list with one entry that allows
     * the owner everything, inherited by what a folder holds, and nothing for anyone else (no entry for
     * Administrators, SYSTEM or Everyone); else none.
     */
    static FileAttribute<?>[] attributes(Set<String> views, OwnerLookup owner, boolean folder) throws IOException {
        if (views.contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(folder ? FOLDER : FILE)};
        }
        if (views.contains("acl")) {
            return new FileAttribute<?>[] {new Attribute<>("acl:acl", ownerOnly(owner.owner(), folder))};
        }
        return new FileAttribute<?>[0];
    }

    /** The access list that lets only the owner in: full control, inherited by files and folders in a folder. */
    static List<AclEntry> ownerOnly(UserPrincipal owner, boolean folder) {
        return List.of(ownerEntry(owner, folder));
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static UserPrincipal owner() throws IOException {
        return FileSystems.getDefault().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    private static AclEntry ownerEntry(UserPrincipal owner, boolean folder) {
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (folder) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        return entry.build();
    }

    /** A file attribute given at creation. */
    private record Attribute<T>(String name, T value) implements FileAttribute<T> {
    }
}
