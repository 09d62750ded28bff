package de.foerderfluss.application;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notices reach the carrier and when they become final.
 *
 * @param retrievalWindow a notice made available for retrieval and not opened within this
 * period after the carrier was told of it is not delivered (§ 41 Abs. 2a Satz 4, 5 VwVfG
 * NRW: ten days)
 * @param lawsuitPeriod the period for a lawsuit after delivery (§ 74 Abs. 1 Satz 2 VwGO:
 * one month; NRW has no objection procedure, § 110 JustG NRW)
 */
@ConfigurationProperties("foerderfluss.delivery")
public record DeliveryProperties(Period retrievalWindow, Period lawsuitPeriod) {

	public DeliveryProperties {
		retrievalWindow = (retrievalWindow != null) ? retrievalWindow : Period.ofDays(10);
		lawsuitPeriod = (lawsuitPeriod != null) ? lawsuitPeriod : Period.ofMonths(1);
	}

}
