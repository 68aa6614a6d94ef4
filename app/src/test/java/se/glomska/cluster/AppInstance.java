package se.glomska.cluster;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.GlomskaApplication;
import se.glomska.HttpApi;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * One instance of the application, as a load balancer would see it: its own Spring context, web server and
 * connection pool, connected to one node of the cluster. Two of them in one JVM stand for two machines.
 */
final class AppInstance implements AutoCloseable {

    static final String OPERATOR = "operator";
    static final String PASSWORD = "test-secret";

    final String name;
    final ConfigurableApplicationContext context;

    private AppInstance(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /** Starts an instance on node {@code node} of the cluster; {@code more} are extra properties. */
    static AppInstance start(String name, int node, String... more) {
        return startOn(name, GaleraCluster.jdbcUrl(node), more);
    }

    /** Starts an instance on the database at {@code jdbcUrl} (user root, no password). */
    static AppInstance startOn(String name, String jdbcUrl, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.application.name=glomska-" + name,
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--glomska.demo-data=false",
                "--spring.security.user.name=" + OPERATOR,
                "--spring.security.user.password=" + PASSWORD,
                "--spring.security.user.roles=USER,DATA_PROTECTION",
                "--spring.jmx.enabled=false",
                "--logging.level.root=WARN"));
        args.addAll(List.of(more));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GlomskaApplication.class)
                .run(args.toArray(String[]::new));
        return new AppInstance(name, context);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    HttpApi api() {
        return new HttpApi(port(), context.getBean(ObjectMapper.class), OPERATOR, PASSWORD);
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
