package de.foerderfluss.proof;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hearing before a burdening decision (§ 28 VwVfG NRW).
 *
 * @param answerPeriod how long the carrier has to answer, from the day of the audit that
 * opens the hearing (two weeks); the law asks for an appropriate period and names none
 */
@ConfigurationProperties("foerderfluss.hearing")
public record HearingProperties(Period answerPeriod) {

	public HearingProperties {
		answerPeriod = (answerPeriod != null) ? answerPeriod : Period.ofDays(14);
	}

}
