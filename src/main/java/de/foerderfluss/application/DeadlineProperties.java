package de.foerderfluss.application;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadlines of the lifecycle, read by the processes and printed in the notices.
 * Periods are counted from the moment a step opens, or from the end of the measure for
 * the proof of use.
 *
 * @param documentsReminder reminder after a request for documents (14 days)
 * @param documentsLapse the application lapses without documents (28 days)
 * @param contractLapseWarning warning this long after the contract was offered (23 days)
 * @param contractLapse the offer of a forwarding contract may be accepted this long, the
 * day of the offer not counted (30 days)
 * @param reviewPeriod due time of KI review tasks (14 days)
 * @param proofPeriod the proof of use is due this long after the measure ends (2 months)
 * @param proofReminderLead reminder this long before the proof of use is due (14 days)
 */
@ConfigurationProperties("foerderfluss.deadlines")
public record DeadlineProperties(Period documentsReminder, Period documentsLapse, Period contractLapseWarning,
		Period contractLapse, Period reviewPeriod, Period proofPeriod, Period proofReminderLead) {

	public DeadlineProperties {
		documentsReminder = orDefault(documentsReminder, Period.ofDays(14));
		documentsLapse = orDefault(documentsLapse, Period.ofDays(28));
		contractLapseWarning = orDefault(contractLapseWarning, Period.ofDays(23));
		contractLapse = orDefault(contractLapse, Period.ofDays(30));
		reviewPeriod = orDefault(reviewPeriod, Period.ofDays(14));
		proofPeriod = orDefault(proofPeriod, Period.ofMonths(2));
		proofReminderLead = orDefault(proofReminderLead, Period.ofDays(14));
	}

	/**
	 * The last day on which the carrier may accept a forwarding contract offered on the
	 * given day: the contract states it, the process lapses the offer after it.
	 */
	public LocalDate contractOfferLastDay(LocalDate offeredOn) {
		return offeredOn.plus(this.contractLapse);
	}

	/** The day the carrier is warned that the offer is about to lapse. */
	public LocalDate contractLapseWarningDay(LocalDate offeredOn) {
		return offeredOn.plus(this.contractLapseWarning);
	}

	private static Period orDefault(Period value, Period fallback) {
		return (value != null) ? value : fallback;
	}

}
