package org.clusteratlas.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clusteratlas.organization.search.SearchIndex;
import org.clusteratlas.shared.ConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The search index for platform admins: its state, and a rebuild from the database. */
@Tag(name = "Search index", description = "State and rebuild of the search index (platform admins)")
@RestController
@RequestMapping("/api/v1/admin/search-index")
class SearchIndexApiController {

    private final SearchIndex index;

    SearchIndexApiController(SearchIndex index) {
        this.index = index;
    }

    record State(SearchIndex.Progress rebuild, SearchIndex.Counts counts) {}

    @Operation(summary = "Documents in the index next to rows in the database, and the latest rebuild's progress")
    @GetMapping
    State state() {
        return new State(index.progress(), index.counts());
    }

    @Operation(
            summary = "Rebuild the index from the database in the background",
            description = "202 with the progress; 409 when a rebuild is already running.")
    @PostMapping("/rebuild")
    ResponseEntity<SearchIndex.Progress> rebuild() {
        if (!index.startRebuild()) {
            throw new ConflictException("search.rebuild.running");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(index.progress());
    }
}
