package de.foerderfluss.disbursement;

import java.time.Instant;
import java.time.LocalDate;

import de.foerderfluss.shared.FourEyesViolationException;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.StepNotAllowedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FundCallTest {

	private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

	private FundCall submitted() {
		return new FundCall(1L, Money.of("500.00"), LocalDate.of(2026, 3, 15), null);
	}

	@Test
	void isVerifiedAndReleasedByTwoPeople() {
		FundCall call = submitted();
		call.verify(true, "Rechnung liegt vor", "pruefer", NOW);
		call.release("kasse", NOW);
		assertThat(call.getStatus()).isEqualTo(FundCallStatus.RELEASED);
		assertThat(call.getVerifiedBy()).isEqualTo("pruefer");
		assertThat(call.getReleasedBy()).isEqualTo("kasse");
	}

	@Test
	void theVerifierMayNotRelease() {
		FundCall call = submitted();
		call.verify(true, null, "ki-doppel", NOW);
		assertThat(call.releaseVerdict("ki-doppel").reason()).contains("four-eyes.verifier-releases");
		assertThat(call.releaseVerdict("kasse").isAllowed()).isTrue();
		assertThatExceptionOfType(FourEyesViolationException.class).isThrownBy(() -> call.release("ki-doppel", NOW))
			.withMessage("error.four-eyes.verifier-releases");
		assertThat(call.getStatus()).isEqualTo(FundCallStatus.VERIFIED);
	}

	@Test
	void isReleasedAtMostOnce() {
		FundCall call = submitted();
		call.verify(true, null, "pruefer", NOW);
		call.release("kasse", NOW);
		assertThatExceptionOfType(StepNotAllowedException.class).isThrownBy(() -> call.release("kasse2", NOW))
			.withMessage("error.fund-call.already-released");
		assertThat(call.getReleasedBy()).isEqualTo("kasse");
	}

	@Test
	void cannotBeReleasedBeforeVerificationOrAfterRefusal() {
		FundCall unverified = submitted();
		assertThatExceptionOfType(StepNotAllowedException.class).isThrownBy(() -> unverified.release("kasse", NOW));
		FundCall refused = submitted();
		refused.verify(false, "keine Belege", "pruefer", NOW);
		assertThat(refused.isOpen()).isFalse();
		assertThatExceptionOfType(StepNotAllowedException.class).isThrownBy(() -> refused.release("kasse", NOW));
	}

}
