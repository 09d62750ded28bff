package de.foerderfluss.workflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.DeadlineProperties;
import de.foerderfluss.disbursement.DisbursementQueries;
import de.foerderfluss.proof.Clawback;
import de.foerderfluss.proof.ProofService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The timers and due dates of {@code bpmn/}, as bean {@code deadlines}. Durations come
 * from {@link DeadlineProperties}; dates that depend on a case are read from its tables
 * when the step opens. "Now" is the engine's clock, so tests can move it.
 */
@Component("deadlines")
public class Deadlines {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** Reminders go out in the morning rather than at midnight. */
	private static final LocalTime REMINDER_TIME = LocalTime.of(7, 0);

	private final DeadlineProperties properties;

	private final ApplicationLookup applications;

	private final ProofService proofs;

	private final DisbursementQueries disbursements;

	Deadlines(DeadlineProperties properties, ApplicationLookup applications, ProofService proofs,
			DisbursementQueries disbursements) {
		this.properties = properties;
		this.applications = applications;
		this.proofs = proofs;
		this.disbursements = disbursements;
	}

	public String documentsReminder() {
		return this.properties.documentsReminder().toString();
	}

	public String documentsLapse() {
		return this.properties.documentsLapse().toString();
	}

	public String contractLapseWarning() {
		return this.properties.contractLapseWarning().toString();
	}

	public String contractLapse() {
		return this.properties.contractLapse().toString();
	}

	public Date reviewDue() {
		return startOfDay(today().plus(this.properties.reviewPeriod()).plusDays(1));
	}

	public Date documentsLapseDate() {
		return Date.from(now().plus(this.properties.documentsLapse()).toInstant());
	}

	public Date contractLapseDate() {
		return Date.from(now().plus(this.properties.contractLapse()).toInstant());
	}

	/** The day after the measure's last day. */
	public Date measureEnded(Object applicationId) {
		return startOfDay(endDate(applicationId).plusDays(1));
	}

	/**
	 * The proof of use is due on the last day of the proof period; overdue from the next
	 * day.
	 */
	public Date proofDue(Object applicationId) {
		return startOfDay(proofDeadline(applicationId).plusDays(1));
	}

	public Date proofReminder(Object applicationId) {
		LocalDate day = proofDeadline(applicationId).minus(this.properties.proofReminderLead());
		return Date.from(day.atTime(REMINDER_TIME).atZone(ZONE).toInstant());
	}

	/** The repayment is due on the clawback's due date; overdue from the next day. */
	public Date repaymentDue(Object applicationId) {
		LocalDate due = this.proofs.clawbackOf(toLong(applicationId))
			.map(Clawback::getDueDate)
			.orElseThrow(() -> new IllegalStateException("No clawback for application " + applicationId));
		return startOfDay(due.plusDays(1));
	}

	/** Finance should release a fund call by the day its money is needed. */
	public Date fundCallNeededOn(Object fundCallId) {
		return this.disbursements.fundCall(toLong(fundCallId))
			.map((call) -> startOfDay(call.getNeededOn().plusDays(1)))
			.orElseThrow(() -> new IllegalStateException("No fund call " + fundCallId));
	}

	private LocalDate proofDeadline(Object applicationId) {
		return endDate(applicationId).plus(this.properties.proofPeriod());
	}

	private LocalDate endDate(Object applicationId) {
		return this.applications.byId(toLong(applicationId)).getEndDate();
	}

	private static ZonedDateTime now() {
		return ClockUtil.getCurrentTime().toInstant().atZone(ZONE);
	}

	private static LocalDate today() {
		return now().toLocalDate();
	}

	private static Date startOfDay(LocalDate day) {
		return Date.from(day.atStartOfDay(ZONE).toInstant());
	}

	private static Long toLong(Object id) {
		return (id instanceof Number number) ? number.longValue() : Long.valueOf(String.valueOf(id));
	}

}
