package de.foerderfluss.disbursement;

import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class GrantAccountTest {

	private static GrantAccount approved(String amount) {
		return new GrantAccount(1L, Money.of(amount));
	}

	@Test
	void neverCallsMoreThanWasApproved() {
		GrantAccount account = approved("1000.00");
		account.registerFundCall(Money.of("600.00"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> account.registerFundCall(Money.of("400.01")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("amount"));
		account.registerFundCall(Money.of("400.00"));
		assertThat(account.remaining()).isEqualTo(Money.ZERO);
	}

	@Test
	void neverPaysMoreThanWasCalled() {
		GrantAccount account = approved("1000.00");
		account.registerFundCall(Money.of("500.00"));
		account.recordPayout(Money.of("500.00"));
		assertThatIllegalStateException().isThrownBy(() -> account.recordPayout(Money.of("0.01")));
		assertThat(account.getPaidAmount()).isEqualTo(Money.of("500.00"));
		assertThat(account.open()).isEqualTo(Money.ZERO);
	}

	@Test
	void aRefusedFundCallFreesItsAmount() {
		GrantAccount account = approved("1000.00");
		account.registerFundCall(Money.of("1000.00"));
		account.dropFundCall(Money.of("1000.00"));
		assertThat(account.remaining()).isEqualTo(Money.of("1000.00"));
	}

	@Test
	void onlyAnOpenFundCallCanBeDropped() {
		GrantAccount account = approved("1000.00");
		account.registerFundCall(Money.of("300.00"));
		account.recordPayout(Money.of("300.00"));
		assertThatIllegalStateException().isThrownBy(() -> account.dropFundCall(Money.of("300.00")));
		assertThat(account.getCalledAmount()).isEqualTo(Money.of("300.00"));
	}

}
