package de.foerderfluss.workflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.DeadlineProperties;
import de.foerderfluss.application.Delivery;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.NoticeDeliveryService;
import de.foerderfluss.disbursement.DisbursementQueries;
import de.foerderfluss.proof.Clawback;
import de.foerderfluss.proof.Hearing;
import de.foerderfluss.proof.HearingService;
import de.foerderfluss.proof.InterestClaim;
import de.foerderfluss.proof.InterestService;
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

	private final HearingService hearings;

	private final NoticeDeliveryService deliveries;

	private final InterestService interest;

	Deadlines(DeadlineProperties properties, ApplicationLookup applications, ProofService proofs,
			DisbursementQueries disbursements, HearingService hearings, NoticeDeliveryService deliveries,
			InterestService interest) {
		this.deliveries = deliveries;
		this.interest = interest;
		this.properties = properties;
		this.applications = applications;
		this.proofs = proofs;
		this.disbursements = disbursements;
		this.hearings = hearings;
	}

	public String documentsReminder() {
		return this.properties.documentsReminder().toString();
	}

	public String documentsLapse() {
		return this.properties.documentsLapse().toString();
	}

	public Date reviewDue() {
		return startOfDay(today().plus(this.properties.reviewPeriod()).plusDays(1));
	}

	public Date documentsLapseDate() {
		return Date.from(now().plus(this.properties.documentsLapse()).toInstant());
	}

	/**
	 * The offer of a forwarding contract lapses after its last day, counted from the day
	 * the contract was made available.
	 */
	public Date contractOfferEnds(Object applicationId) {
		return startOfDay(this.properties.contractOfferLastDay(offeredOn(applicationId)).plusDays(1));
	}

	public Date contractLapseWarningDate(Object applicationId) {
		LocalDate day = this.properties.contractLapseWarningDay(offeredOn(applicationId));
		return Date.from(day.atTime(REMINDER_TIME).atZone(ZONE).toInstant());
	}

	/**
	 * The Weiterleitungsbescheid counts as delivered at the start of the day after
	 * opening.
	 */
	public Date noticeDelivered(Object applicationId) {
		LocalDate day = approvalNotice(applicationId).deliveredOn();
		return (day != null) ? startOfDay(day) : Date.from(now().toInstant());
	}

	/** Not opened by the end of the retrieval window, it is not delivered. */
	public Date retrievalWindowEnded(Object applicationId) {
		return startOfDay(approvalNotice(applicationId).retrievalEndsOn().plusDays(1));
	}

	private LocalDate offeredOn(Object applicationId) {
		return this.deliveries.latest(toLong(applicationId), DocumentKind.FORWARDING_CONTRACT)
			.map((contract) -> contract.providedAt().atZone(ZONE).toLocalDate())
			.orElseThrow(() -> new IllegalStateException("No contract offered for application " + applicationId));
	}

	private Delivery approvalNotice(Object applicationId) {
		return this.deliveries.latest(toLong(applicationId), DocumentKind.APPROVAL_NOTICE)
			.orElseThrow(() -> new IllegalStateException("No approval notice for application " + applicationId));
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

	/**
	 * The carrier may answer the hearing until the end of its deadline; the wait ends at
	 * the start of the next day.
	 */
	public Date hearingLapse(Object applicationId) {
		LocalDate deadline = this.hearings.hearingOf(toLong(applicationId))
			.map(Hearing::getDeadline)
			.orElseThrow(() -> new IllegalStateException("No hearing for application " + applicationId));
		return startOfDay(deadline.plusDays(1));
	}

	/**
	 * The interest is due on the interest notice's due date; overdue from the next day.
	 */
	public Date interestDue(Object applicationId) {
		LocalDate due = this.interest.claimOf(toLong(applicationId))
			.map(InterestClaim::getDueDate)
			.orElseThrow(() -> new IllegalStateException("No interest set for application " + applicationId));
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
