package se.glomska;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded MariaDB (the default of the README's run command) is reachable from this machine only
 * and only with the password generated for the application: grant tables on, listening on 127.0.0.1
 * alone (issue 19, finding 13).
 */
class EmbeddedMariaDbAccessTest {

    private final EmbeddedMariaDb db = EmbeddedMariaDb.startOnce(null);

    @Test
    void aConnectionWithoutThePasswordIsRefused() throws SQLException {
        for (String user : List.of("root", "", db.user())) {
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), user, "").close())
                    .as("user '" + user + "' without a password").isInstanceOf(SQLException.class);
        }
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             ResultSet who = connection.createStatement().executeQuery("SELECT current_user()")) {
            who.next();
            assertThat(who.getString(1)).as("grant tables in force").startsWith(db.user() + "@");
        }
    }

    @Test
    void theServerListensOnTheLoopbackAddressOnly() throws Exception {
        int port = db.getConfiguration().getPort();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             ResultSet bind = connection.createStatement().executeQuery("SELECT @@bind_address")) {
            bind.next();
            assertThat(bind.getString(1)).isEqualTo("127.0.0.1");
        }
        // As `ss -ltn` shows it: every socket listening on the port is bound to 127.0.0.1.
        Process ss = new ProcessBuilder("ss", "-Hltn", "sport = :" + port).redirectErrorStream(true).start();
        String listening = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ss.waitFor()).isZero();
        List<String> locals = listening.lines().map(l -> l.trim().split("\\s+")[3]).toList();
        assertThat(locals).as(listening).isNotEmpty().allMatch(local -> local.equals("127.0.0.1:" + port));
        // And no other address of this machine answers on it.
        for (InetAddress address : otherAddresses()) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2_000))
                        .as("connecting through " + address).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void thePasswordIsKeptWithTheDataFolderForTheOwnerOnly() throws IOException {
        java.nio.file.Path file = db.passwordFile();
        assertThat(file).isRegularFile();
        assertThat(java.nio.file.Files.readString(file).trim()).isEqualTo(db.password());
        assertThat(java.nio.file.Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(db.password()).hasSizeGreaterThanOrEqualTo(20);
    }

    private static List<InetAddress> otherAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                nic.getInterfaceAddresses().stream().map(a -> a.getAddress())
                        .filter(a -> a instanceof Inet4Address)
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }
}
