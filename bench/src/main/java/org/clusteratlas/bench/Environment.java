package org.clusteratlas.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine and software a run measured, for the report: numbers mean little without them. */
final class Environment {

    static void record(ObjectNode env, Settings settings) {
        env.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        env.put("cores", Runtime.getRuntime().availableProcessors());
        String memTotal = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        env.put("memoryBytes", memTotal == null ? -1 : Long.parseLong(memTotal.replaceAll("\\D", "")) * 1024);
        env.put("kernel", read(Path.of("/proc/sys/kernel/osrelease")));
        env.put("os", osName());
        env.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        String wrk = firstLine(List.of("wrk", "-v"));
        env.put("wrk", wrk == null ? null : wrk.replaceFirst(" Copyright.*", ""));
        env.put("pgbench", firstLine(List.of("pgbench", "--version")));
        String commit = firstLine(List.of("git", "-C", settings.repo().toString(), "rev-parse", "--short", "HEAD"));
        String dirty = firstLine(List.of("git", "-C", settings.repo().toString(), "status", "--porcelain",
                "--untracked-files=no", "--", "src", "pom.xml"));
        env.put("commit", commit == null ? "unknown" : commit + (dirty == null || dirty.isEmpty() ? "" : " (modified)"));
        env.put("appJar", settings.jar().toString());
        env.put("appJarFromEnv", System.getenv("ATLAS_JAR") != null);
    }

    /**
     * How busy the CPUs are with anything but the server under test, 0 to 1, over the given time (from /proc): it
     * tells whether something outside the benchmark competes for the machine. {@code serverPid} is left out of the
     * count (its leftover work is not competition); -1 counts everything.
     */
    static double busyOthers(long serverPid, Duration over) {
        long[] before = cpuTimes();
        long serverBefore = processTicks(serverPid);
        sleep(over);
        long[] after = cpuTimes();
        long serverAfter = processTicks(serverPid);
        if (before == null || after == null || after[0] <= before[0]) {
            return -1;
        }
        long total = after[0] - before[0];
        long busy = total - (after[1] - before[1]) - Math.max(0, serverAfter - serverBefore);
        return Math.max(0, (double) busy / total);
    }

    /**
     * Waits (up to a minute) until the server has finished the work a previous run left it, such as searches that
     * were still running when the load generator stopped: they would otherwise slow the next measured run down.
     */
    static void waitUntilIdle(long serverPid) {
        if (serverPid <= 0) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            long before = processTicks(serverPid);
            sleep(Duration.ofMillis(500));
            long ticks = processTicks(serverPid) - before;
            // Clock ticks are 1/100 s: below 10 ticks in half a second, the server uses less than a fifth of a core.
            if (ticks < 10) {
                return;
            }
        }
        Log.info("  the server (pid %d) was still busy after a minute; measuring anyway", serverPid);
    }

    /** CPU time of a process (user + system) in clock ticks; 0 when unknown. */
    private static long processTicks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        List<String> lines = readLines(Path.of("/proc", Long.toString(pid), "stat"));
        if (lines.isEmpty()) {
            return 0;
        }
        // The command name in parentheses may contain spaces: fields are counted after its closing parenthesis.
        String line = lines.getFirst();
        String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime and stime, fields 14 and 15 of stat
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Total and idle (idle + iowait) jiffies of all CPUs. */
    private static long[] cpuTimes() {
        for (String line : readLines(Path.of("/proc/stat"))) {
            if (line.startsWith("cpu ")) {
                String[] f = line.trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
            }
        }
        return null;
    }

    private static String osName() {
        for (String line : readLines(Path.of("/etc/os-release"))) {
            if (line.startsWith("PRETTY_NAME=")) {
                return line.substring(12).replace("\"", "");
            }
        }
        return System.getProperty("os.name");
    }

    private static String firstValue(Path file, String key) {
        for (String line : readLines(file)) {
            if (line.startsWith(key)) {
                int colon = line.indexOf(':');
                return colon < 0 ? null : line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String read(Path file) {
        List<String> lines = readLines(file);
        return lines.isEmpty() ? null : lines.getFirst().strip();
    }

    /** The first line a command prints (stdout and stderr), null when it cannot run or fails. */
    static String firstLine(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            if (process.exitValue() != 0 && !command.getFirst().equals("wrk")) {
                return null; // wrk -v exits with 1 after printing its version
            }
            return output.lines().findFirst().map(String::strip).orElse("");
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private Environment() {}
}
