package de.foerderfluss.application.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.application.CostCategory;
import de.foerderfluss.application.FinancingPlan;
import de.foerderfluss.application.StartOfMeasure;
import de.foerderfluss.application.SubmitApplication;
import de.foerderfluss.shared.Money;
import de.foerderfluss.web.Amount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/applications}. */
record ApplicationRequest(@NotNull Integer fundingYear, @Size(max = 20) String programme,
		@NotBlank @Size(max = 5) String module, @NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 4000) String summary, @NotBlank @Size(max = 100) String municipality,
		@NotNull LocalDate startDate, @NotNull LocalDate endDate, @Min(1) @Max(20) Integer rooms,
		@NotEmpty @Size(max = 50) List<@Valid @NotNull CostItemRequest> costItems, @Valid FinancingRequest financing,
		Boolean alreadyStarted, Boolean earlyStartRequested, @Size(max = 2000) String earlyStartReason) {

	SubmitApplication toCommand() {
		return new SubmitApplication(this.fundingYear, this.programme, this.module, this.title.strip(),
				this.summary.strip(), this.municipality.strip(), this.startDate, this.endDate, this.rooms,
				this.costItems.stream()
					.map((item) -> new SubmitApplication.Line(item.category(), item.description().strip(),
							Money.of(item.amount())))
					.toList(),
				(this.financing != null) ? this.financing.toSources() : null,
				new StartOfMeasure(Boolean.TRUE.equals(this.alreadyStarted),
						Boolean.TRUE.equals(this.earlyStartRequested),
						(this.earlyStartReason != null) ? this.earlyStartReason.strip() : null));
	}

	/**
	 * The financing plan beside the cost plan; own funds, third-party funds and income
	 * left out are 0.
	 */
	record FinancingRequest(@Amount BigDecimal ownFunds, @Amount BigDecimal thirdPartyFunds, @Amount BigDecimal income,
			@NotNull @Amount BigDecimal requestedGrant) {

		FinancingPlan.Sources toSources() {
			return new FinancingPlan.Sources(orZero(this.ownFunds), orZero(this.thirdPartyFunds), orZero(this.income),
					Money.of(this.requestedGrant));
		}

		private static Money orZero(BigDecimal amount) {
			return (amount != null) ? Money.of(amount) : Money.ZERO;
		}

	}

	record CostItemRequest(@NotNull CostCategory category, @NotBlank @Size(max = 500) String description,
			@NotNull @Positive @Amount BigDecimal amount) {
	}

}
