package de.foerderfluss.review;

import java.time.Instant;
import java.util.Optional;

import de.foerderfluss.shared.FourEyesViolationException;
import de.foerderfluss.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FourEyesPolicyTest {

	private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

	private final Optional<Assessment> assessedByJana = Optional
		.of(new Assessment(1L, Recommendation.APPROVE, Money.of("5000"), "ok", "jana", NOW));

	@Test
	void theAssessorMayNotDecide() {
		assertThatExceptionOfType(FourEyesViolationException.class)
			.isThrownBy(() -> FourEyesPolicy.checkDecision("jana", this.assessedByJana, Optional.empty()))
			.withMessage("error.four-eyes.assessor-decides");
	}

	@Test
	void anotherPersonMayDecide() {
		assertThatCode(() -> FourEyesPolicy.checkDecision("sabine", this.assessedByJana, Optional.empty()))
			.doesNotThrowAnyException();
	}

	@Test
	void theCoSignatureNeedsAThirdPerson() {
		Optional<Decision> decidedBySabine = Optional
			.of(new Decision(1L, true, Money.of("15000"), null, false, "sabine", NOW));
		assertThatExceptionOfType(FourEyesViolationException.class)
			.isThrownBy(() -> FourEyesPolicy.checkDecision("sabine", this.assessedByJana, decidedBySabine))
			.withMessage("error.four-eyes.co-signature-by-approver");
		assertThatExceptionOfType(FourEyesViolationException.class)
			.isThrownBy(() -> FourEyesPolicy.checkDecision("jana", this.assessedByJana, decidedBySabine));
		assertThatCode(() -> FourEyesPolicy.checkDecision("lea", this.assessedByJana, decidedBySabine))
			.doesNotThrowAnyException();
	}

}
