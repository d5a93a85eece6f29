package org.clusteratlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The processes the benchmark starts: the application, OpenSearch, wrk, pgbench, the floor. Every one is stopped when
 * the run ends, also when it fails or is interrupted ({@link #close()} runs from a shutdown hook); the pids of the
 * long-running ones are also listed in a file, so that {@code run.sh} can clean up after a benchmark JVM that was
 * killed outright.
 */
final class Processes implements AutoCloseable {

    /** A process with its name and log. */
    record Managed(String name, Process process, Path log) {

        long pid() {
            return process.pid();
        }
    }

    /** A finished command: its exit code and whether it had to be killed for taking too long. */
    record Finished(int exitCode, boolean timedOut, Path log) {}

    private final Path pidFile;
    private final List<Managed> running = new CopyOnWriteArrayList<>();
    private final List<Runnable> cleanups = new CopyOnWriteArrayList<>();

    Processes(Path pidFile) throws IOException {
        this.pidFile = pidFile;
        Files.createDirectories(pidFile.getParent());
        Files.deleteIfExists(pidFile);
    }

    /** Starts a long-running process with its output in {@code log}; stop it with {@link #stop}. */
    Managed start(String name, List<String> command, Map<String, String> env, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(env);
        Managed managed = new Managed(name, builder.start(), log);
        running.add(managed);
        writePids();
        return managed;
    }

    /** SIGTERM, then SIGKILL when the process has not ended within {@code grace}. */
    void stop(Managed managed, Duration grace) {
        Process process = managed.process();
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    Log.info("%s (pid %d) did not stop within %d s; killing it", managed.name(), managed.pid(),
                            grace.toSeconds());
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        running.remove(managed);
        writePids();
    }

    /** Runs a command to its end (or kills it after {@code timeout}), its output appended to {@code log}. */
    Finished run(String name, List<String> command, Map<String, String> env, Path log, Duration timeout)
            throws IOException {
        Managed managed = start(name, command, env, log);
        try {
            boolean ended = managed.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                Log.info("%s took longer than %d s; stopping it", name, timeout.toSeconds());
                stop(managed, Duration.ofSeconds(10));
                return new Finished(-1, true, log);
            }
            return new Finished(managed.process().exitValue(), false, log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + name, e);
        } finally {
            running.remove(managed);
            writePids();
        }
    }

    /** The pids of what runs now: run.sh stops them if this JVM dies without doing so. */
    private synchronized void writePids() {
        StringBuilder pids = new StringBuilder();
        for (Managed managed : running) {
            pids.append(managed.pid()).append(' ').append(managed.name().replace('\n', ' ')).append('\n');
        }
        try {
            Files.writeString(pidFile, pids, StandardCharsets.UTF_8);
        } catch (IOException e) {
            Log.info("could not write %s: %s", pidFile, e);
        }
    }

    /** Something to undo when the run ends (e.g. stopping a server started by a script). */
    void onClose(Runnable cleanup) {
        cleanups.add(cleanup);
    }

    void removeCleanup(Runnable cleanup) {
        cleanups.remove(cleanup);
    }

    /** Stops everything still running and runs the cleanups: between phases, and at the end. */
    void stopAll() {
        List<Managed> all = new ArrayList<>(running);
        for (int i = all.size() - 1; i >= 0; i--) {
            stop(all.get(i), Duration.ofSeconds(30));
        }
        for (Runnable cleanup : List.copyOf(cleanups)) {
            try {
                cleanup.run();
            } catch (RuntimeException e) {
                Log.info("cleanup failed: %s", e);
            }
        }
        cleanups.clear();
    }

    @Override
    public void close() {
        stopAll();
    }

    /** The last lines of a log, for error messages. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
