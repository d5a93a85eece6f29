package org.clusteratlas.shared.web;

import org.springframework.data.domain.PageRequest;

/** Page requests from untrusted parameters: negative pages start at 0, sizes are capped, offsets cannot overflow. */
public final class Paging {

    private Paging() {}

    /**
     * A page request for the given (possibly hostile) numbers. A page beyond the last possible offset is clamped to
     * it, so the answer is an empty page rather than an error.
     */
    public static PageRequest of(int page, int size, int maxSize) {
        int boundedSize = Math.clamp(size, 1, maxSize);
        int lastPage = Integer.MAX_VALUE / boundedSize - 1;
        return PageRequest.of(Math.clamp(page, 0, lastPage), boundedSize);
    }
}
