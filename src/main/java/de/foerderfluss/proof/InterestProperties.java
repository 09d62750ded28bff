package de.foerderfluss.proof;

import java.math.BigDecimal;
import java.time.Period;

import de.foerderfluss.shared.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Interest on reclaimed and late-used money (§ 49a Abs. 3 and 4 VwVfG NRW). The base
 * rates are data (table {@code base_rate}), not configuration.
 *
 * @param marginPercent percentage points above the base rate: 5, as § 49a Abs. 3 VwVfG
 * NRW sets it; configurable only so that a change of the law needs no new release
 * @param waiverLimit interest below this amount may be waived by a decision with reasons
 * @param paymentPeriod time the carrier has to pay the interest after the interest notice
 * @param lateUsePeriod money used later than this after its payout was not used "soon"
 * (alsbald, § 49a Abs. 4) and may bear interest from the payout until its use
 */
@ConfigurationProperties("foerderfluss.interest")
public record InterestProperties(BigDecimal marginPercent, BigDecimal waiverLimit, Period paymentPeriod,
		Period lateUsePeriod) {

	public InterestProperties {
		marginPercent = (marginPercent != null) ? marginPercent : BigDecimal.valueOf(5);
		waiverLimit = (waiverLimit != null) ? waiverLimit : new BigDecimal("50.00");
		paymentPeriod = (paymentPeriod != null) ? paymentPeriod : Period.ofMonths(1);
		lateUsePeriod = (lateUsePeriod != null) ? lateUsePeriod : Period.ofMonths(2);
	}

	public Money waiverLimitAmount() {
		return Money.of(this.waiverLimit);
	}

}
