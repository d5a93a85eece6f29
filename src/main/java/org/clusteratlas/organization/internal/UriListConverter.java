package org.clusteratlas.organization.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A list of URIs in one column, separated by spaces (which a URI never contains). */
@Converter
public class UriListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> uris) {
        return uris == null || uris.isEmpty() ? null : String.join(" ", uris);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank()
                ? List.of()
                : Arrays.asList(column.strip().split("\\s+"));
    }
}
