package de.foerderfluss.audit;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps the values of a history entry as a small JSON array in one column. */
@Converter
class HistoryValuesConverter implements AttributeConverter<List<HistoryValue>, String> {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final TypeReference<List<HistoryValue>> VALUES = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<HistoryValue> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		try {
			return JSON.writeValueAsString(values);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("History values cannot be written", ex);
		}
	}

	@Override
	public List<HistoryValue> convertToEntityAttribute(String column) {
		if (column == null) {
			return List.of();
		}
		try {
			return JSON.readValue(column, VALUES);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("History values cannot be read: " + column, ex);
		}
	}

}
