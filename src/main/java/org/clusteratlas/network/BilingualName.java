package org.clusteratlas.network;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.clusteratlas.shared.LocalizedText;

/** A name in German and/or English; at least one of them. */
public record BilingualName(
        @Size(max = 200) String de, @Size(max = 200) String en) {

    @JsonIgnore
    @AssertTrue(message = "{validation.name.one-language}")
    public boolean isNamed() {
        return !toText().isEmpty();
    }

    @JsonIgnore
    public LocalizedText toText() {
        return new LocalizedText(de, en);
    }
}
