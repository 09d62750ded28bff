package de.foerderfluss.review;

import java.util.Optional;

import de.foerderfluss.shared.FourEyesViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FourEyesPolicyTest {

	private final Optional<String> assessedByJana = Optional.of("jana");

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
		Optional<String> decidedBySabine = Optional.of("sabine");
		assertThatExceptionOfType(FourEyesViolationException.class)
			.isThrownBy(() -> FourEyesPolicy.checkDecision("sabine", this.assessedByJana, decidedBySabine))
			.withMessage("error.four-eyes.co-signature-by-approver");
		assertThatExceptionOfType(FourEyesViolationException.class)
			.isThrownBy(() -> FourEyesPolicy.checkDecision("jana", this.assessedByJana, decidedBySabine));
		assertThatCode(() -> FourEyesPolicy.checkDecision("lea", this.assessedByJana, decidedBySabine))
			.doesNotThrowAnyException();
	}

}
