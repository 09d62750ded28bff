package de.foerderfluss.review;

import java.util.Optional;

import de.foerderfluss.shared.FourEyesViolationException;
import de.foerderfluss.shared.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FourEyesPolicyTest {

	private final Optional<String> assessedByJana = Optional.of("jana");

	@Test
	void theAssessorMayNotDecide() {
		Verdict verdict = FourEyesPolicy.decision("jana", this.assessedByJana, Optional.empty());
		assertThat(verdict.isAllowed()).isFalse();
		assertThat(verdict.reason()).contains("four-eyes.assessor-decides");
		assertThatExceptionOfType(FourEyesViolationException.class)
			.isThrownBy(() -> verdict.enforce(FourEyesViolationException::of))
			.withMessage("error.four-eyes.assessor-decides");
	}

	@Test
	void anotherPersonMayDecide() {
		Verdict verdict = FourEyesPolicy.decision("sabine", this.assessedByJana, Optional.empty());
		assertThat(verdict.isAllowed()).isTrue();
		assertThat(verdict.reason()).isEmpty();
	}

	@Test
	void theCoSignatureNeedsAThirdPerson() {
		Optional<String> decidedBySabine = Optional.of("sabine");
		assertThat(FourEyesPolicy.decision("sabine", this.assessedByJana, decidedBySabine).reason())
			.contains("four-eyes.co-signature-by-approver");
		assertThat(FourEyesPolicy.decision("jana", this.assessedByJana, decidedBySabine).reason())
			.contains("four-eyes.assessor-decides");
		assertThat(FourEyesPolicy.decision("lea", this.assessedByJana, decidedBySabine).isAllowed()).isTrue();
	}

}
