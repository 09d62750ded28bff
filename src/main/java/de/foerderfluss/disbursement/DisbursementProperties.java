package de.foerderfluss.disbursement;

import java.time.Period;

import de.foerderfluss.application.FundCallHorizon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rules for fund calls.
 *
 * @param fundCallHorizon money may be called only for payments due within this period
 */
@ConfigurationProperties("foerderfluss.disbursement")
public record DisbursementProperties(Period fundCallHorizon) implements FundCallHorizon {

	public DisbursementProperties {
		fundCallHorizon = (fundCallHorizon != null) ? fundCallHorizon : Period.ofMonths(2);
	}

}
