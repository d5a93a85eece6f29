package org.clusteratlas.network;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Size;
import org.clusteratlas.shared.LocalizedText;

/** A name in German and/or English; at least one of them. */
@NamedInOneLanguage
public record BilingualName(
        @Size(max = 200) String de, @Size(max = 200) String en) {

    @JsonIgnore
    public LocalizedText toText() {
        return new LocalizedText(de, en);
    }
}
