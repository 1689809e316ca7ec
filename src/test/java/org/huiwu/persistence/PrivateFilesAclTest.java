package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The Windows path of {@link PrivateFiles}, tested where it can be here (no Windows machine runs the suite):
 * on a file system with access lists and no POSIX permissions (NTFS's views) a file or folder is created with an
 * access list of one entry that allows the owner everything and no one else anything, a folder's entry inherited
 * by what it holds; the check of an existing access list accepts only that. The calls that apply it
 * ({@code Files.createDirectories}, {@code newByteChannel}, {@code AclFileAttributeView.setAcl}) run on Windows
 * only.
 */
class PrivateFilesAclTest {

    private static final Set<String> NTFS_VIEWS = Set.of("basic", "dos", "acl", "owner", "user");
    private static final UserPrincipal OWNER = new Principal("DESKTOP-7\\lvjia");
    private static final UserPrincipal EVERYONE = new Principal("Everyone");

    @Test
    void onNtfsAFolderGetsAnAccessListThatLetsOnlyTheOwnerInAndIsInherited() throws Exception {
        FileAttribute<?>[] folder = PrivateFiles.attributes(NTFS_VIEWS, () -> OWNER, true);
        assertThat(folder).hasSize(1);
        assertThat(folder[0].name()).isEqualTo("acl:acl");
        List<?> acl = (List<?>) folder[0].value();
        assertThat(acl).singleElement().satisfies(e -> {
            AclEntry entry = (AclEntry) e;
            assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
            assertThat(entry.principal()).isEqualTo(OWNER);
            assertThat(entry.permissions()).isEqualTo(EnumSet.allOf(AclEntryPermission.class));
            assertThat(entry.flags()).containsExactlyInAnyOrder(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        });
    }

    @Test
    void onNtfsAFileGetsTheOwnersEntryAlone() throws Exception {
        FileAttribute<?>[] file = PrivateFiles.attributes(NTFS_VIEWS, () -> OWNER, false);
        AclEntry entry = (AclEntry) ((List<?>) file[0].value()).get(0);
        assertThat(((List<?>) file[0].value())).hasSize(1);
        assertThat(entry.principal()).isEqualTo(OWNER);
        assertThat(entry.flags()).isEmpty();
    }

    @Test
    void posixWinsWhereBothAreKnownAndAFileSystemWithNeitherGetsNothing() throws Exception {
        FileAttribute<?>[] posix = PrivateFiles.attributes(Set.of("basic", "posix", "acl"), () -> {
            throw new AssertionError("the owner is not looked up for POSIX");
        }, true);
        assertThat(posix[0].name()).isEqualTo("posix:permissions");
        assertThat(posix[0].value()).isEqualTo(EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        assertThat(PrivateFiles.attributes(Set.of("basic", "dos"), () -> OWNER, false)).isEmpty();
    }

    @Test
    void anAccessListIsPrivateOnlyWhenNoOneButTheOwnerIsAllowed() {
        assertThat(PrivateFiles.onlyOwnerAllowed(PrivateFiles.ownerOnly(OWNER, true), OWNER)).isTrue();
        AclEntry everyoneReads = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(EVERYONE)
                .setPermissions(AclEntryPermission.READ_DATA).build();
        AclEntry everyoneDenied = AclEntry.newBuilder().setType(AclEntryType.DENY).setPrincipal(EVERYONE)
                .setPermissions(AclEntryPermission.READ_DATA).build();
        assertThat(PrivateFiles.onlyOwnerAllowed(List.of(PrivateFiles.ownerOnly(OWNER, false).get(0), everyoneReads),
                OWNER)).isFalse();
        assertThat(PrivateFiles.onlyOwnerAllowed(List.of(PrivateFiles.ownerOnly(OWNER, false).get(0), everyoneDenied),
                OWNER)).isTrue();
    }

    /** A user or group as Windows names it. */
    private record Principal(String getName) implements UserPrincipal {
    }
}
