package de.foerderfluss.programme;

import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the allocation of a funding year is shared by its modules: a module never gets less
 * than is booked on it, the modules together never more than the year.
 */
class AllocationRulesTest {

	private final FundingYear year = new FundingYear(new Programme("KA", "KOMM-AN", null), 2026, Money.euros(100_000));

	private final FundingModule module = new FundingModule(this.year, "B", "Begleitung", null, Money.euros(60_000));

	@Test
	void aModuleNeverGetsLessThanIsBookedOnIt() {
		BudgetPosition booked = new BudgetPosition(Money.euros(10_000), Money.euros(20_000), Money.euros(5_000),
				Money.euros(1_000));

		refused(() -> this.module.changeAllocation(Money.of("33999.99"), booked, Money.euros(40_000)),
				"admin.error.module.below-booked");
		assertThat(this.module.getAllocation()).isEqualTo(Money.euros(60_000));

		this.module.changeAllocation(Money.euros(34_000), booked, Money.euros(40_000));
		assertThat(this.module.getAllocation()).isEqualTo(Money.euros(34_000));
	}

	@Test
	void theModulesTogetherNeverGetMoreThanTheYear() {
		refused(() -> this.module.changeAllocation(Money.of("60000.01"), BudgetPosition.EMPTY, Money.euros(40_000)),
				"admin.error.module.above-year");

		this.module.changeAllocation(Money.euros(55_000), BudgetPosition.EMPTY, Money.euros(45_000));
		assertThat(this.module.getAllocation()).isEqualTo(Money.euros(55_000));
	}

	@Test
	void theYearNeverGetsLessThanItsModules() {
		refused(() -> this.year.changeAllocation(Money.of("99999.99"), Money.euros(100_000)),
				"admin.error.year.below-distributed");
		this.year.changeAllocation(Money.euros(131_000), Money.euros(100_000));
		assertThat(this.year.getAllocation()).isEqualTo(Money.euros(131_000));
		this.year.changeAllocation(Money.euros(100_000), Money.euros(100_000));
		assertThat(this.year.getAllocation()).isEqualTo(Money.euros(100_000));
	}

	@Test
	void allocationsAreNeverNegative() {
		refused(() -> this.year.changeAllocation(Money.of("-1"), Money.ZERO), "admin.error.allocation.negative");
		refused(() -> this.module.changeAllocation(Money.of("-1"), BudgetPosition.EMPTY, Money.ZERO),
				"admin.error.allocation.negative");
	}

	@Test
	void aNewYearTakesOnlyModulesItCanPayFor() {
		refused(() -> this.year.requireRoomFor(Money.of("100000.01")), "admin.error.year.modules-exceed");
		this.year.requireRoomFor(Money.euros(100_000));
	}

	private static void refused(Runnable change, String messageCode) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(change::run).satisfies((ex) -> {
			assertThat(ex.field()).isEqualTo("allocation");
			assertThat(ex.messageCode()).isEqualTo(messageCode);
		});
	}

}
