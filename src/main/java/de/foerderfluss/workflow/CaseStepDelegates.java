package de.foerderfluss.workflow;

import de.foerderfluss.application.ApplicationSteps;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.events.ReminderSent;
import de.foerderfluss.proof.HearingService;
import de.foerderfluss.programme.ForwardingForm;
import de.foerderfluss.reporting.NoticeArchive;
import de.foerderfluss.review.ReviewSteps;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code bpmn/}. Each reads the application id, calls one service
 * and, where a gateway follows, sets its flag.
 */
@Configuration(proxyBeanMethods = false)
class CaseStepDelegates {

	@Bean
	JavaDelegate checkEligibility(ReviewSteps review, RuleBook rules) {
		return (execution) -> {
			Long applicationId = ProcessVariables.applicationId(execution);
			boolean eligible = review.recordEligibility(applicationId,
					rules.eligibility(review.eligibilityFacts(applicationId)));
			execution.setVariable(ProcessVariables.ELIGIBLE, eligible);
		};
	}

	@Bean
	JavaDelegate reserveBudget(ReviewSteps review) {
		return (execution) -> {
			if (!review.reserveBudget(ProcessVariables.applicationId(execution))) {
				throw new BpmnError(LifecycleModel.BUDGET_EXHAUSTED_ERROR, "The budget line cannot cover the amount");
			}
		};
	}

	@Bean
	JavaDelegate rejectForLackOfBudget(ReviewSteps review) {
		return (execution) -> review.rejectForLackOfBudget(ProcessVariables.applicationId(execution));
	}

	@Bean
	JavaDelegate determineApprovalAuthority(ReviewSteps review, RuleBook rules) {
		return (execution) -> execution.setVariable(ProcessVariables.CO_SIGNATURE_REQUIRED,
				rules.coSignatureRequired(review.decidedAmount(ProcessVariables.applicationId(execution))));
	}

	@Bean
	JavaDelegate approveApplication(ReviewSteps review) {
		return (execution) -> review.approve(ProcessVariables.applicationId(execution));
	}

	@Bean
	JavaDelegate determineForwardingForm(ApplicationSteps steps) {
		return (execution) -> execution.setVariable(ProcessVariables.FORWARDING_BY_NOTICE,
				steps.forwardingForm(ProcessVariables.applicationId(execution)) == ForwardingForm.NOTICE);
	}

	@Bean
	JavaDelegate takeEffect(ApplicationSteps steps) {
		return (execution) -> steps.takeEffect(ProcessVariables.applicationId(execution));
	}

	@Bean
	JavaDelegate rejectApplication(ReviewSteps review) {
		return (execution) -> review.rejectAfterDecision(ProcessVariables.applicationId(execution));
	}

	@Bean
	JavaDelegate lapseForMissingDocuments(ApplicationSteps steps) {
		return (execution) -> steps.lapseForMissingDocuments(ProcessVariables.applicationId(execution));
	}

	@Bean
	JavaDelegate lapseForUnacceptedContract(ApplicationSteps steps) {
		return (execution) -> steps.lapseForUnacceptedContract(ProcessVariables.applicationId(execution));
	}

	@Bean
	JavaDelegate releaseBudget(ApplicationSteps steps) {
		return (execution) -> steps.releaseBudget(ProcessVariables.applicationId(execution));
	}

	@Bean
	JavaDelegate markProofDue(ApplicationSteps steps) {
		return (execution) -> steps.markProofDue(ProcessVariables.applicationId(execution));
	}

	@Bean
	JavaDelegate markProofOverdue(ApplicationSteps steps) {
		return (execution) -> steps.markProofOverdue(ProcessVariables.applicationId(execution));
	}

	@Bean
	JavaDelegate sendReminder(ApplicationSteps steps) {
		return (execution) -> steps.recordReminder(ProcessVariables.applicationId(execution),
				ReminderSent.Kind.valueOf(String.valueOf(execution.getVariableLocal(ProcessVariables.REMINDER))));
	}

	@Bean
	JavaDelegate recordHearingLapse(HearingService hearings) {
		return (execution) -> hearings.lapse(ProcessVariables.applicationId(execution));
	}

	@Bean
	JavaDelegate issueNotice(NoticeArchive notices) {
		return (execution) -> notices.issue(ProcessVariables.applicationId(execution),
				DocumentKind.valueOf(String.valueOf(execution.getVariableLocal(ProcessVariables.NOTICE))));
	}

}
