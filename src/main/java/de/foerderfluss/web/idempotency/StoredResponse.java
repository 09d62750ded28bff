package de.foerderfluss.web.idempotency;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The answer given to the first of repeated requests: its status, the headers that say
 * what was created and how the body reads, and the body.
 */
record StoredResponse(int status, Map<String, String> headers, byte[] body) {

	StoredResponse {
		headers = Map.copyOf(headers);
		body = (body != null) ? body.clone() : new byte[0];
	}

	@Override
	public byte[] body() {
		return this.body.clone();
	}

	/** The headers as stored: one {@code Name: value} a line. */
	String headerLines() {
		return this.headers.entrySet()
			.stream()
			.map((header) -> header.getKey() + ": " + header.getValue())
			.collect(Collectors.joining("\n"));
	}

	static Map<String, String> parseHeaders(String lines) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (lines != null) {
			for (String line : lines.split("\n")) {
				int colon = line.indexOf(": ");
				if (colon > 0) {
					headers.put(line.substring(0, colon), line.substring(colon + 2));
				}
			}
		}
		return headers;
	}

}
