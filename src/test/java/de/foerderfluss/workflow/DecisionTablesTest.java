package de.foerderfluss.workflow;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision tables in bpmn/ as KI staff maintain them. */
class DecisionTablesTest {

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private static DmnDecision decision(String key) {
		try (InputStream dmn = DecisionTablesTest.class.getResourceAsStream("/bpmn/" + key + ".dmn")) {
			return ENGINE.parseDecision(key, dmn);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static DmnDecisionResultEntries evaluate(String key, Map<String, Object> variables) {
		return ENGINE.evaluateDecision(decision(key), variables).getFirstResult();
	}

	private static Map<String, Object> facts(String module, String legalForm, String amount, int rooms,
			boolean inYear) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("module", module);
		facts.put("legalForm", legalForm);
		facts.put("requestedAmount", new BigDecimal(amount));
		facts.put("rooms", rooms);
		facts.put("periodWithinFundingYear", inYear);
		return facts;
	}

	@ParameterizedTest(name = "{0} {1} {2} € in year={3} → eligible={4}")
	@CsvSource({ "B, REGISTERED_ASSOCIATION, 4800, true, true", "B, REGISTERED_ASSOCIATION, 4800, false, false",
			"C, REGISTERED_ASSOCIATION, 249.99, true, false", "C, REGISTERED_ASSOCIATION, 250, true, true",
			"A, UNREGISTERED_ASSOCIATION, 1500, true, false", "B, UNREGISTERED_ASSOCIATION, 1500, true, true",
			"A, CHURCH_CONGREGATION, 1500, true, true" })
	void eligibility(String module, String legalForm, String amount, boolean inYear, boolean eligible) {
		DmnDecisionResultEntries result = evaluate("eligibility", facts(module, legalForm, amount, 1, inYear));
		assertThat((Boolean) result.getEntry("eligible")).isEqualTo(eligible);
		if (!eligible) {
			assertThat((String) result.getEntry("reason")).isNotBlank();
		}
	}

	@Test
	void theFirstReasonForExclusionIsGiven() {
		DmnDecisionResultEntries result = evaluate("eligibility",
				facts("A", "UNREGISTERED_ASSOCIATION", "100", 1, false));
		assertThat((String) result.getEntry("reason")).contains("Förderjahr");
	}

	@ParameterizedTest(name = "module {0}, {1} €, {2} rooms → at most {3} €, flat rate {4}")
	@CsvSource({ "A, 3200, 2, 2000, true", "A, 2000, 2, 2000, true", "A, 3200, 5, 2000, true", "A, 1800, 1, 1000, true",
			"A, 1200, 2, 1000, true", "A, 1999.99, 2, 1000, true", "A, 1000, 2, 1000, false",
			"A, 640.50, 1, 640.50, false", "B, 30000, 0, 12000, false", "C, 100, 0, 8000, false",
			"D, 9000, 0, 8000, false" })
	void moduleLimitsWithTheModuleAFlatRate(String module, String amount, int rooms, String maximum, boolean flatRate) {
		DmnDecisionResultEntries result = evaluate("module-limits",
				facts(module, "REGISTERED_ASSOCIATION", amount, rooms, true));
		assertThat(new BigDecimal(String.valueOf((Object) result.getEntry("maximumAmount"))))
			.isEqualByComparingTo(maximum);
		assertThat((Boolean) result.getEntry("flatRate")).isEqualTo(flatRate);
	}

	@Test
	void aModuleWithoutLimitHasNoResult() {
		assertThat(evaluate("module-limits", facts("E", "REGISTERED_ASSOCIATION", "100", 0, true))).isNull();
	}

	@ParameterizedTest(name = "{0} € → co-signature {1}")
	@CsvSource({ "10000, false", "10000.01, true", "250, false", "12000, true" })
	void approvalAuthorityByAmount(String amount, boolean coSignature) {
		DmnDecisionResultEntries result = evaluate("approval-authority", Map.of("amount", new BigDecimal(amount)));
		assertThat((Boolean) result.getEntry("coSignatureRequired")).isEqualTo(coSignature);
		assertThat((String) result.getEntry("authority")).startsWith("Leitung KI");
	}

}
