package org.clusteratlas.bench;

import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts an NDJSON stream into request bodies of at most {@code linesPerChunk} lines without reading it into memory:
 * each chunk is an InputStream over the shared buffer that ends after its last line. Chunks must be read one after
 * the other (each import request finishes before the next starts).
 */
final class NdjsonChunks {

    private final InputStream in;
    private final int linesPerChunk;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long chunks;
    private int linesInLastChunk;

    NdjsonChunks(InputStream in, int linesPerChunk) {
        this.in = in;
        this.linesPerChunk = linesPerChunk;
    }

    boolean hasNext() throws IOException {
        return fill();
    }

    long chunks() {
        return chunks;
    }

    /** Lines of the chunk read last (known once it has been read to its end). */
    int linesInLastChunk() {
        return linesInLastChunk;
    }

    InputStream next() {
        chunks++;
        linesInLastChunk = 0;
        return new InputStream() {
            private boolean done;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                if (done || length == 0) {
                    return done ? -1 : 0;
                }
                if (!fill()) {
                    done = true;
                    return -1;
                }
                int n = 0;
                while (n < length && position < limit) {
                    byte b = buffer[position++];
                    target[offset + n++] = b;
                    if (b == '\n' && ++linesInLastChunk == linesPerChunk) {
                        done = true;
                        break;
                    }
                }
                return n;
            }
        };
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
