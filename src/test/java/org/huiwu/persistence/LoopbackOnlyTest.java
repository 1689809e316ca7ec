package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the database is held open (as the window holds it), no socket of this process listens on any address
 * but loopback, read from the kernel's own tables ({@code /proc/net/tcp}, {@code tcp6}) and this process's
 * open files; and no fixed credential opens it.
 */
class LoopbackOnlyTest {

    static {
        DatabaseAccess.bindToLoopback();
    }

    @TempDir
    Path dataDir;

    @Test
    void theHeldDatabaseIsServedOnLoopbackOnly() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "Linux /proc");
        try (Database held = Database.open(dataDir)) {
            List<InetAddress> listening = listeningAddressesOfThisProcess();

            assertThat(listening).as("the auto-server listens").isNotEmpty();
            assertThat(listening).allSatisfy(address -> assertThat(address.isLoopbackAddress())
                    .as(address + " is loopback").isTrue());
            assertThat(Files.readString(dataDir.resolve("huiwu.lock.db"))).contains("server=");
        }
    }

    @Test
    void noFixedCredentialOpensTheDatabase() throws Exception {
        Database.open(dataDir).close();
        String url = DatabaseFile.url(dataDir, "");

        SQLException refused = org.assertj.core.api.Assertions.catchThrowableOfType(SQLException.class,
                () -> DriverManager.getConnection(url, "sa", "").close());

        assertThat(refused.getErrorCode()).isEqualTo(ErrorCode.WRONG_USER_OR_PASSWORD);
        assertThat(FolderSecret.of(dataDir)).matches("[0-9a-f]{64}");
    }

    @Test
    void aDatabaseFromBeforeSecretsGetsTheFolderSecretWhenOpened() throws Exception {
        String url = DatabaseFile.url(dataDir, "");
        DriverManager.getConnection(url, "sa", "").close();

        Database.open(dataDir).close();

        assertThat(DatabaseAccess.connect(url, dataDir).isValid(1)).isTrue();
        SQLException refused = org.assertj.core.api.Assertions.catchThrowableOfType(SQLException.class,
                () -> DriverManager.getConnection(url, "sa", "").close());
        assertThat((Throwable) refused).isNotNull();
    }

    /** The local addresses of the TCP sockets in LISTEN state that belong to this process. */
    private static List<InetAddress> listeningAddressesOfThisProcess() throws Exception {
        Set<String> ownInodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        ownInodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (java.io.IOException closedMeanwhile) {
                    // the descriptor closed while listing
                }
            }
        }
        List<InetAddress> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && ownInodes.contains(f[9])) {
                    addresses.add(address(f[1].substring(0, f[1].indexOf(':'))));
                }
            }
        }
        return addresses;
    }

    /** The kernel writes each 32-bit word of the address in host (little-endian) order. */
    private static InetAddress address(String hex) throws Exception {
        byte[] raw = HexFormat.of().parseHex(hex);
        for (int word = 0; word < raw.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte b = raw[word + i];
                raw[word + i] = raw[word + 3 - i];
                raw[word + 3 - i] = b;
            }
        }
        return InetAddress.getByAddress(raw);
    }
}
