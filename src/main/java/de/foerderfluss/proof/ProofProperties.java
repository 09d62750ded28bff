package de.foerderfluss.proof;

import java.math.BigDecimal;
import java.time.Period;

import de.foerderfluss.application.LineTolerance;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rules for proof of use and clawback.
 *
 * @param lineTolerancePercent by how much a single cost line may exceed its plan when
 * other lines offset it
 * @param repaymentPeriod time the carrier has to repay after the clawback notice
 * @param baseRatePercent the base rate (Basiszinssatz, § 247 BGB) in force
 * @param interestMarginPercent percentage points above the base rate (§ 49a VwVfG NRW: 3)
 */
@ConfigurationProperties("foerderfluss.proof")
public record ProofProperties(Integer lineTolerancePercent, Period repaymentPeriod, BigDecimal baseRatePercent,
		BigDecimal interestMarginPercent) implements LineTolerance {

	public ProofProperties {
		lineTolerancePercent = (lineTolerancePercent != null) ? lineTolerancePercent : 20;
		repaymentPeriod = (repaymentPeriod != null) ? repaymentPeriod : Period.ofMonths(1);
		baseRatePercent = (baseRatePercent != null) ? baseRatePercent : new BigDecimal("1.27");
		interestMarginPercent = (interestMarginPercent != null) ? interestMarginPercent : new BigDecimal("3");
	}

	public BigDecimal interestRatePercent() {
		return this.baseRatePercent.add(this.interestMarginPercent);
	}

}
