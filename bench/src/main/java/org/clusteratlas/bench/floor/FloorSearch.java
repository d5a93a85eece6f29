package org.clusteratlas.bench.floor;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;
import org.clusteratlas.bench.BenchQuery;

/**
 * One search against the application's organization index, the way the application's search runs it in Lucene:
 * build the query ({@link FloorQuery}), collect the first page in the application's order with the exact total hit
 * count, and read what a hit shows from the index (the application projects hits from the index and never loads them
 * from the database). The reader is opened once, on an {@link MMapDirectory} like Hibernate Search's default, and
 * shared by all threads; nothing of a search's result is kept for the next one.
 */
final class FloorSearch implements Closeable {

    /** Hibernate Search keeps the document id in binary doc values under this name (it is indexed, not stored). */
    static final String ID_DOC_VALUES = "__HSEARCH_id_docvalue";

    /** The stored fields the application projects for a hit ({@code OrganizationSearch.search}), highlights aside. */
    static final Set<String> HIT_FIELDS = Set.of(
            "externalId",
            "slug",
            "name",
            "kind",
            "postal_code",
            "city",
            "location",
            "networks",
            "offers_level",
            "needs_level");

    /** A hit as the application renders it (minus highlights). */
    record Hit(
            String id,
            String externalId,
            String slug,
            String name,
            String kind,
            String postalCode,
            String city,
            Double lat,
            Double lon,
            Double distanceKm,
            float score,
            List<String> networks,
            String offersLevel,
            String needsLevel) {}

    record Page(long total, List<Hit> hits) {}

    private final MMapDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final FloorQuery queries;

    FloorSearch(Path index) throws IOException {
        directory = new MMapDirectory(index);
        reader = DirectoryReader.open(directory);
        // Default similarity (BM25) and Lucene's default query cache, as Hibernate Search configures its searchers.
        searcher = new IndexSearcher(reader);
        queries = new FloorQuery(new FloorAnalysis());
    }

    int numDocs() {
        return reader.numDocs();
    }

    Page search(BenchQuery q) throws IOException {
        FloorQuery.Built built = queries.build(q);
        if (built.query() == null) {
            return new Page(0, List.of());
        }
        // Exact total hit count (Hibernate Search's default), so no early termination of the scoring.
        var collector = new TopFieldCollectorManager(built.sort(), FloorQuery.PAGE_SIZE, null, Integer.MAX_VALUE);
        TopDocs top = searcher.search(built.query(), collector);
        if (top.totalHits.value == 0 && FloorQuery.forgivesTypos(q)) {
            // Nothing for the words as typed: asked again with typos forgiven, as the application does.
            built = queries.build(q, true);
            top = searcher.search(
                    built.query(),
                    new TopFieldCollectorManager(built.sort(), FloorQuery.PAGE_SIZE, null, Integer.MAX_VALUE));
        }
        StoredFields stored = reader.storedFields();
        List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(hit(sd, stored, built.near() ? q : null));
        }
        return new Page(top.totalHits.value, hits);
    }

    private Hit hit(ScoreDoc sd, StoredFields stored, BenchQuery center) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
        String id = null;
        BinaryDocValues ids = leaf.reader().getBinaryDocValues(ID_DOC_VALUES);
        if (ids != null && ids.advanceExact(sd.doc - leaf.docBase)) {
            id = ids.binaryValue().utf8ToString();
        }
        DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(HIT_FIELDS);
        stored.document(sd.doc, visitor);
        Document doc = visitor.getDocument();
        Double lat = null;
        Double lon = null;
        BytesRef location = doc.getBinaryValue("location");
        if (location != null && location.length == 16) {
            // Hibernate Search stores a GeoPoint as latitude and longitude, each in DoublePoint's sortable encoding.
            lat = DoublePoint.decodeDimension(location.bytes, location.offset);
            lon = DoublePoint.decodeDimension(location.bytes, location.offset + Double.BYTES);
        }
        Double distance = center == null || lat == null
                ? null
                : SloppyMath.haversinMeters(center.lat(), center.lon(), lat, lon) / 1000.0;
        List<String> networks = new ArrayList<>();
        for (IndexableField f : doc.getFields("networks")) {
            networks.add(f.stringValue());
        }
        // A field-sorted hit leaves ScoreDoc.score unset (NaN); both sorts carry the score as their only Float value.
        float score = sd.score;
        if (sd instanceof FieldDoc fd) {
            for (Object value : fd.fields) {
                if (value instanceof Float s) {
                    score = s;
                    break;
                }
            }
        }
        return new Hit(
                id,
                doc.get("externalId"),
                doc.get("slug"),
                doc.get("name"),
                doc.get("kind"),
                doc.get("postal_code"),
                doc.get("city"),
                lat,
                lon,
                distance,
                score,
                networks,
                doc.get("offers_level"),
                doc.get("needs_level"));
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
