package de.foerderfluss.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.Mocks;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The stand-ins for the Spring beans the processes call: every service task is recorded
 * with its local input, and the engine clock is moved by the test.
 */
class ProcessTestSupport {

	static final ZonedDateTime START = ZonedDateTime.parse("2026-03-02T09:00:00+01:00[Europe/Berlin]");

	/** The measure of the test case ends 60 days after the start. */
	static final ZonedDateTime MEASURE_ENDED = START.plusDays(60).toLocalDate().atStartOfDay(START.getZone());

	static final ZonedDateTime PROOF_DUE = MEASURE_ENDED.plusMonths(2);

	static final ZonedDateTime PROOF_REMINDER = PROOF_DUE.minusDays(14);

	static final ZonedDateTime REPAYMENT_DUE = START.plusMonths(5);

	/** The hearing's wait ends at the start of the day after its deadline. */
	static final ZonedDateTime HEARING_LAPSE = START.plusMonths(4).toLocalDate().atStartOfDay(START.getZone());
	static final ZonedDateTime INTEREST_DUE = START.plusMonths(7);

	/** The contract is offered on the start day and may be accepted for 30 days after. */
	static final ZonedDateTime CONTRACT_OFFER_ENDS = START.toLocalDate().plusDays(31).atStartOfDay(START.getZone());

	static final ZonedDateTime CONTRACT_LAPSE_WARNING = START.toLocalDate()
		.plusDays(23)
		.atTime(7, 0)
		.atZone(START.getZone());

	final List<String> steps = new ArrayList<>();

	private final Map<String, Consumer<DelegateExecution>> behaviour = new HashMap<>();

	private final ProcessEngine engine;

	ProcessTestSupport(ProcessEngine engine) {
		this.engine = engine;
		ClockUtil.setCurrentTime(Date.from(START.toInstant()));
		for (String delegate : List.of("checkEligibility", "reserveBudget", "rejectForLackOfBudget",
				"determineApprovalAuthority", "approveApplication", "rejectApplication", "lapseForMissingDocuments",
				"lapseForUnacceptedContract", "releaseBudget", "markProofDue", "markProofOverdue", "sendReminder",
				"issueNotice", "recordHearingLapse", "determineForwardingForm", "takeEffect")) {
			Mocks.register(delegate, (JavaDelegate) (execution) -> {
				Object input = (execution.getVariableLocal("reminder") != null) ? execution.getVariableLocal("reminder")
						: execution.getVariableLocal("notice");
				this.steps.add((input != null) ? delegate + ":" + input : delegate);
				this.behaviour.getOrDefault(delegate, (ignored) -> {
				}).accept(execution);
			});
		}
		eligibility(true);
		coSignature(false);
		forwardingByNotice(false);
		Mocks.register("deadlines", deadlines());
	}

	void eligibility(boolean eligible) {
		on("checkEligibility", (execution) -> execution.setVariable(ProcessVariables.ELIGIBLE, eligible));
	}

	void coSignature(boolean required) {
		on("determineApprovalAuthority",
				(execution) -> execution.setVariable(ProcessVariables.CO_SIGNATURE_REQUIRED, required));
	}

	void forwardingByNotice(boolean byNotice) {
		on("determineForwardingForm",
				(execution) -> execution.setVariable(ProcessVariables.FORWARDING_BY_NOTICE, byNotice));
	}

	void on(String delegate, Consumer<DelegateExecution> step) {
		this.behaviour.put(delegate, step);
	}

	/**
	 * Runs the steps behind an asynchronous boundary that are due, as the job executor
	 * would right after the commit; answers the activities they ran.
	 */
	List<String> runPendingSteps() {
		List<String> ran = new ArrayList<>();
		List<Job> pending;
		while (!(pending = this.engine.getManagementService().createJobQuery().messages().executable().list())
			.isEmpty()) {
			for (Job job : pending) {
				ran.add(activityOf(job));
				this.engine.getManagementService().executeJob(job.getId());
			}
		}
		return ran;
	}

	/**
	 * Moves the engine clock and fires every timer that is then due, each followed by the
	 * steps it sets off; answers the ids of the timers that fired.
	 */
	List<String> passTime(Duration duration) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
		List<String> fired = new ArrayList<>();
		// One at a time in order of due date: an interrupting timer may cancel the
		// others.
		List<Job> next;
		while (!(next = this.engine.getManagementService()
			.createJobQuery()
			.timers()
			.executable()
			.orderByJobDuedate()
			.asc()
			.listPage(0, 1)).isEmpty()) {
			Job job = next.get(0);
			fired.add(activityOf(job));
			this.engine.getManagementService().executeJob(job.getId());
			runPendingSteps();
		}
		return fired;
	}

	private String activityOf(Job job) {
		return this.engine.getManagementService()
			.createJobDefinitionQuery()
			.jobDefinitionId(job.getJobDefinitionId())
			.singleResult()
			.getActivityId();
	}

	List<String> passTimeUntil(ZonedDateTime moment) {
		return passTime(Duration.between(ClockUtil.getCurrentTime().toInstant(), moment.toInstant()));
	}

	static void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	private static Deadlines deadlines() {
		Deadlines deadlines = mock(Deadlines.class);
		when(deadlines.documentsReminder()).thenReturn(Period.ofDays(14).toString());
		when(deadlines.documentsLapse()).thenReturn(Period.ofDays(28).toString());

		when(deadlines.reviewDue()).thenAnswer((invocation) -> inDays(14));
		when(deadlines.documentsLapseDate()).thenAnswer((invocation) -> inDays(28));
		when(deadlines.contractOfferEnds(any())).thenReturn(Date.from(CONTRACT_OFFER_ENDS.toInstant()));
		when(deadlines.contractLapseWarningDate(any())).thenReturn(Date.from(CONTRACT_LAPSE_WARNING.toInstant()));
		// Delivery counts from the moment the process asks: the notice was made available
		// or opened just then.
		when(deadlines.noticeDelivered(any())).thenAnswer((invocation) -> startOfDayIn(1));
		when(deadlines.retrievalWindowEnded(any())).thenAnswer((invocation) -> startOfDayIn(11));
		when(deadlines.measureEnded(any())).thenReturn(Date.from(MEASURE_ENDED.toInstant()));
		when(deadlines.proofReminder(any())).thenReturn(Date.from(PROOF_REMINDER.toInstant()));
		when(deadlines.proofDue(any())).thenReturn(Date.from(PROOF_DUE.toInstant()));
		when(deadlines.repaymentDue(any())).thenReturn(Date.from(REPAYMENT_DUE.toInstant()));
		when(deadlines.hearingLapse(any())).thenReturn(Date.from(HEARING_LAPSE.toInstant()));
		when(deadlines.interestDue(any())).thenReturn(Date.from(INTEREST_DUE.toInstant()));
		when(deadlines.fundCallNeededOn(any())).thenAnswer((invocation) -> inDays(10));
		return deadlines;
	}

	private static Date startOfDayIn(int days) {
		return Date.from(ClockUtil.getCurrentTime()
			.toInstant()
			.atZone(START.getZone())
			.toLocalDate()
			.plusDays(days)
			.atStartOfDay(START.getZone())
			.toInstant());
	}

	private static Date inDays(int days) {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		return Date.from(now.plus(Duration.ofDays(days)));
	}

}
