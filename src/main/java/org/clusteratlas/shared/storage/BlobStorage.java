package org.clusteratlas.shared.storage;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where uploaded files (logos, images, documents) live. Keys are chosen by the platform, never by the uploader, so no
 * path from outside ever reaches the file system.
 */
public interface BlobStorage {

    /** Stores the bytes under the key, replacing what was there. */
    void put(String key, byte[] content);

    /** The stored bytes, if any. The caller closes the stream. */
    Optional<InputStream> get(String key);

    void delete(String key);
}
