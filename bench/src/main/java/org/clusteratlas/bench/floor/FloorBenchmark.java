package org.clusteratlas.bench.floor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.clusteratlas.bench.BenchQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JMH benchmark behind {@link LuceneFloor}: every invocation is one search of the scenario's query mix. Run by
 * {@link LuceneFloor} with the parameters set there; the defaults here only satisfy JMH.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FloorBenchmark {

    /** The index and the query mix, shared by all benchmark threads like the application's index reader. */
    @State(Scope.Benchmark)
    public static class Engine {

        /** Directory of the Lucene index of Hibernate Search's "organization" index. */
        @Param("")
        public String index;

        /** queries.json in the {@code QuerySet} shape. */
        @Param("")
        public String queries;

        /** {@code text} or {@code near}. */
        @Param("text")
        public String scenario;

        FloorSearch search;
        BenchQuery[] mix;

        @Setup(Level.Trial)
        public void open() throws IOException {
            List<BenchQuery> list = LuceneFloor.scenario(LuceneFloor.readQueries(Path.of(queries)), scenario);
            if (list.isEmpty()) {
                throw new IllegalStateException("No queries for scenario " + scenario + " in " + queries);
            }
            mix = list.toArray(BenchQuery[]::new);
            search = new FloorSearch(Path.of(index));
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            search.close();
        }
    }

    /**
     * Each thread walks the mix from its own random start, so that concurrent threads do not run the same query in
     * lock step (which would flatter caches) and every query is used alike over a run.
     */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void start(Engine engine) {
            next = ThreadLocalRandom.current().nextInt(engine.mix.length);
        }
    }

    /** Returned, not kept: JMH consumes the page, so the search cannot be optimized away, and nothing is cached. */
    @Benchmark
    public Object search(Engine engine, Cursor cursor) throws IOException {
        BenchQuery q = engine.mix[cursor.next];
        cursor.next = cursor.next + 1 == engine.mix.length ? 0 : cursor.next + 1;
        return engine.search.search(q);
    }
}
