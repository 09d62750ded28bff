package de.foerderfluss.proof;

import java.time.LocalDate;

import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ClawbackTest {

	@Test
	void reclaimsWhatWasPaidButNotRecognisedAndIsSettledByItsRepayments() {
		Clawback clawback = new Clawback(1L, Money.of("5000.00"), Money.of("4200.00"), LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 1, 15));
		assertThat(clawback.getAmount()).isEqualTo(Money.of("800.00"));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> clawback.recordRepayment(Money.of("800.01")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("amount"));
		assertThat(clawback.recordRepayment(Money.of("500.00"))).isFalse();
		assertThat(clawback.outstanding()).isEqualTo(Money.of("300.00"));
		assertThat(clawback.recordRepayment(Money.of("300.00"))).isTrue();
		assertThat(clawback.getRepaidAmount()).isEqualTo(Money.of("800.00"));
		assertThat(clawback.outstanding()).isEqualTo(Money.ZERO);
	}

}
