package org.clusteratlas.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Progress lines with the time of day, on stdout and in the run's {@code logs/bench.log}. */
final class Log {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static PrintStream file;

    static synchronized void to(Path logFile) throws IOException {
        Files.createDirectories(logFile.getParent());
        file = new PrintStream(
                Files.newOutputStream(logFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                true,
                StandardCharsets.UTF_8);
    }

    static synchronized void info(String format, Object... args) {
        String line = LocalTime.now().format(TIME) + " " + String.format(Locale.ROOT, format, args);
        System.out.println(line);
        if (file != null) {
            file.println(line);
        }
    }

    private Log() {}
}
