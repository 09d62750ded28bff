package de.foerderfluss.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies of the REST contract, built as plain maps so that tests send what
 * clients send.
 */
public final class Requests {

	private Requests() {
	}

	/** An application in 2026 for the programme and module, one cost line per amount. */
	public static Map<String, Object> application(String programme, String module, String... amounts) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fundingYear", 2026);
		body.put("programme", programme);
		body.put("module", module);
		body.put("title", "Sprachcafé im Stadtteil");
		body.put("summary", "Wöchentliches Treffen mit Sprachpatinnen und -paten.");
		body.put("municipality", TestFixtures.TOWN);
		body.put("startDate", "2026-04-01");
		body.put("endDate", "2026-10-31");
		if ("A".equals(module)) {
			body.put("rooms", 2);
		}
		List<Map<String, Object>> items = new ArrayList<>();
		String[] categories = { "FEES", "MATERIAL", "TRAVEL", "RENT" };
		for (int i = 0; i < amounts.length; i++) {
			items.add(Map.of("category", categories[i % categories.length], "description", "Position " + (i + 1),
					"amount", new java.math.BigDecimal(amounts[i])));
		}
		body.put("costItems", items);
		return body;
	}

	public static Map<String, Object> complete() {
		return Map.of("complete", true);
	}

	public static Map<String, Object> recommendApproval(String amount) {
		return Map.of("recommendation", "APPROVE", "amount", new java.math.BigDecimal(amount), "justification",
				"Bedarf nachvollziehbar, Kosten angemessen.");
	}

	public static Map<String, Object> approve(String amount) {
		return Map.of("approved", true, "amount", new java.math.BigDecimal(amount));
	}

	public static Map<String, Object> fundCall(String amount) {
		return Map.of("amount", new java.math.BigDecimal(amount));
	}

	public static Map<String, Object> correct() {
		return Map.of("correct", true, "note", "Sachlich und rechnerisch richtig.");
	}

}
