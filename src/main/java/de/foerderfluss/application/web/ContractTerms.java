package de.foerderfluss.application.web;

import java.time.LocalDate;
import java.time.Period;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.DeadlineProperties;
import de.foerderfluss.application.FundCallHorizon;
import de.foerderfluss.application.LineTolerance;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The key terms of the forwarding contract as the approval notice states them. The fund
 * call horizon and the line tolerance come from the settings of the modules that apply
 * them, through interfaces of this module, on which they build.
 */
@Component
class ContractTerms {

	private final DeadlineProperties deadlines;

	private final FundCallHorizon fundCallHorizon;

	private final LineTolerance lineTolerance;

	private final MessageSourceAccessor messages;

	ContractTerms(DeadlineProperties deadlines, FundCallHorizon fundCallHorizon, LineTolerance lineTolerance,
			MessageSourceAccessor messages) {
		this.deadlines = deadlines;
		this.fundCallHorizon = fundCallHorizon;
		this.lineTolerance = lineTolerance;
		this.messages = messages;
	}

	Terms of(Application application) {
		return new Terms(inWords(this.fundCallHorizon.fundCallHorizon()), inWords(this.deadlines.proofPeriod()),
				application.getEndDate().plus(this.deadlines.proofPeriod()), this.lineTolerance.lineTolerancePercent());
	}

	/** "2 Monate", or the days when the period is not whole months. */
	private String inWords(Period period) {
		if (period.getYears() == 0 && period.getDays() == 0 && period.getMonths() > 0) {
			return this.messages.getMessage("application.period.months", new Object[] { period.getMonths() });
		}
		return this.messages.getMessage("application.period.days",
				new Object[] { period.toTotalMonths() * 30 + period.getDays() });
	}

	/**
	 * @param fundCallHorizon how far ahead of a payment funds may be called, in words
	 * @param proofPeriod how long after the end the proof of use is due, in words
	 * @param proofDue the day the proof of use is due
	 * @param lineTolerancePercent how far one cost line may be exceeded if others offset
	 */
	record Terms(String fundCallHorizon, String proofPeriod, LocalDate proofDue, int lineTolerancePercent) {
	}

}
