package org.clusteratlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flight recordings of the application, one per phase (import, each scenario), started and stopped with jcmd so the
 * application needs no flags for it; and text summaries of each made with {@code jfr view}, readable without JMC.
 */
final class Jfr {

    /**
     * The views of the summaries: where the CPU goes (sampled by wall-clock and, since JDK 25, by CPU time), what
     * allocates, where threads wait, what the GC does, and which I/O and locks are slow.
     */
    static final List<String> VIEWS = List.of(
            "hot-methods",
            "cpu-time-hot-methods",
            "allocation-by-site",
            "contention-by-site",
            "gc",
            "gc-pauses",
            "latencies-by-type",
            "exception-count");

    /**
     * CPU-time sampling (JDK 25, experimental) on top of the chosen settings: it sees where the CPU is spent, not
     * only which threads happen to run at a tick. One sample per 20 ms of a thread's CPU time keeps it cheap.
     */
    private static final List<String> CPU_TIME_SAMPLING =
            List.of("jdk.CPUTimeSample#enabled=true", "jdk.CPUTimeSample#throttle=20ms");

    private final Settings settings;
    private final Processes processes;
    private final Path javaHome = Path.of(System.getProperty("java.home"));
    private final List<Path> recordings = new ArrayList<>();

    Jfr(Settings settings, Processes processes) {
        this.settings = settings;
        this.processes = processes;
    }

    void start(long pid, String name) throws IOException {
        if (!settings.jfrEnabled()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(
                jcmd(), Long.toString(pid), "JFR.start", "name=" + name, "settings=" + settings.jfr()));
        command.addAll(CPU_TIME_SAMPLING);
        if (jcmd(name + "-start", command) != 0) {
            // A JDK without CPU-time sampling: the plain settings still give the wall-clock samples.
            if (jcmd(name + "-start", command.subList(0, 5)) != 0) {
                throw new IOException("JFR.start failed, see " + log(name + "-start"));
            }
        }
    }

    void stop(long pid, String name) throws IOException {
        if (!settings.jfrEnabled()) {
            return;
        }
        Files.createDirectories(settings.jfrDir());
        Path file = settings.jfrDir().resolve(name + ".jfr");
        Files.deleteIfExists(file);
        if (jcmd(name + "-stop", List.of(jcmd(), Long.toString(pid), "JFR.stop", "name=" + name, "filename=" + file))
                != 0) {
            throw new IOException("JFR.stop failed, see " + log(name + "-stop"));
        }
        recordings.add(file);
    }

    /**
     * Writes {@code NAME.txt} beside each recording of this run. Done after the application has stopped: each view
     * runs a JVM, which must not compete with a measurement.
     */
    void summarize() throws IOException {
        for (Path recording : recordings) {
            if (!Files.exists(recording)) {
                continue;
            }
            String name = recording.getFileName().toString().replaceFirst("\\.jfr$", "");
            Path text = recording.resolveSibling(name + ".txt");
            StringBuilder out = new StringBuilder();
            for (String view : VIEWS) {
                Path log = settings.logs().resolve("jfr-view.tmp");
                Files.deleteIfExists(log);
                processes.run(
                        "jfr view " + view,
                        List.of(javaHome.resolve("bin/jfr").toString(), "view", "--width", "180", view,
                                recording.toString()),
                        Map.of(),
                        log,
                        Duration.ofMinutes(5));
                out.append("=== jfr view ").append(view).append(" ===\n")
                        .append(Files.readString(log, StandardCharsets.UTF_8))
                        .append('\n');
                Files.deleteIfExists(log);
            }
            Files.writeString(text, out, StandardCharsets.UTF_8);
        }
        recordings.clear();
    }

    private String jcmd() {
        return javaHome.resolve("bin/jcmd").toString();
    }

    private Path log(String label) {
        return settings.logs().resolve("jcmd").resolve(label + ".log");
    }

    private int jcmd(String label, List<String> command) throws IOException {
        Path log = log(label);
        Files.createDirectories(log.getParent());
        return processes.run("jcmd " + label, command, Map.of(), log, Duration.ofMinutes(2)).exitCode();
    }
}
