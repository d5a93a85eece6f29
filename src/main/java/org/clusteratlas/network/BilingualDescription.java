package org.clusteratlas.network;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Size;
import org.clusteratlas.shared.LocalizedText;

/** A description in German and/or English; either may be missing. */
public record BilingualDescription(
        @Size(max = 10000) String de, @Size(max = 10000) String en) {

    @JsonIgnore
    public LocalizedText toText() {
        return new LocalizedText(de, en);
    }
}
