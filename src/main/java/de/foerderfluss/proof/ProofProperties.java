package de.foerderfluss.proof;

import java.time.Period;

import de.foerderfluss.application.LineTolerance;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rules for proof of use and clawback.
 *
 * @param lineTolerancePercent by how much a single cost line may exceed its plan when
 * other lines offset it
 * @param repaymentPeriod time the carrier has to repay after the clawback notice
 */
@ConfigurationProperties("foerderfluss.proof")
public record ProofProperties(Integer lineTolerancePercent, Period repaymentPeriod) implements LineTolerance {

	public ProofProperties {
		lineTolerancePercent = (lineTolerancePercent != null) ? lineTolerancePercent : 20;
		repaymentPeriod = (repaymentPeriod != null) ? repaymentPeriod : Period.ofMonths(1);
	}

}
