package de.foerderfluss.application;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadlines of the lifecycle, read by the processes and printed in the notices.
 * Periods are counted from the moment a step opens, or from the end of the measure for
 * the proof of use.
 *
 * @param documentsReminder reminder after a request for documents (14 days)
 * @param documentsLapse the application lapses without documents (28 days)
 * @param contractLapseWarning warning before the contract offer lapses (23 days)
 * @param contractLapse the approval lapses without contract acceptance (30 days)
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

	private static Period orDefault(Period value, Period fallback) {
		return (value != null) ? value : fallback;
	}

}
