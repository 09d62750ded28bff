package de.foerderfluss.workflow;

import java.util.Map;

import de.foerderfluss.application.CaseOutlook.Party;

/**
 * For each user task of {@code bpmn/}: whose turn it is and the page on which it is
 * taken. The pages belong to the modules that own the step.
 */
final class TaskForms {

	private static final Map<String, TaskForm> FORMS = Map.ofEntries(
			form(LifecycleModel.CHECK_COMPLETENESS, Party.REVIEWER, "/antraege/{application}/vollstaendigkeit"),
			form(LifecycleModel.SUBMIT_MISSING_DOCUMENTS, Party.CARRIER, "/antraege/{application}/nachreichung"),
			form(LifecycleModel.ASSESS_APPLICATION, Party.REVIEWER, "/antraege/{application}/bewertung"),
			form(LifecycleModel.DECIDE_APPLICATION, Party.APPROVER, "/antraege/{application}/entscheidung"),
			form(LifecycleModel.CO_SIGN_DECISION, Party.APPROVER, "/antraege/{application}/entscheidung"),
			form(LifecycleModel.ACCEPT_CONTRACT, Party.CARRIER, "/antraege/{application}/vertrag"),
			form(LifecycleModel.CONFIRM_CONTRACT_RECEIPT, Party.REVIEWER, "/antraege/{application}/vertrag/eingang"),
			form(LifecycleModel.PROVIDE_NOTICE_AGAIN, Party.REVIEWER, "/antraege/{application}"),
			form(LifecycleModel.SUBMIT_PROOF_OF_USE, Party.CARRIER, "/antraege/{application}/verwendungsnachweis"),
			form(LifecycleModel.AUDIT_PROOF_OF_USE, Party.REVIEWER,
					"/antraege/{application}/verwendungsnachweis/pruefung"),
			form(LifecycleModel.ANSWER_HEARING, Party.CARRIER, "/antraege/{application}/anhoerung"),
			form(LifecycleModel.DECIDE_AFTER_HEARING, Party.REVIEWER, "/antraege/{application}/anhoerung/entscheidung"),
			form(LifecycleModel.CONFIRM_REPAYMENT, Party.FINANCE, "/antraege/{application}/rueckzahlung"),
			form(LifecycleModel.SET_INTEREST, Party.REVIEWER, "/antraege/{application}/zinsen"),
			form(LifecycleModel.CONFIRM_INTEREST_PAYMENT, Party.FINANCE, "/antraege/{application}/zinszahlung"),
			form(LifecycleModel.VERIFY_FUND_CALL, Party.REVIEWER, "/mittelabrufe/{fundCall}/pruefung"),
			form(LifecycleModel.RELEASE_PAYOUT, Party.FINANCE, "/mittelabrufe/{fundCall}/anordnung"));

	private TaskForms() {
	}

	static Party partyOf(String taskKey) {
		return formOf(taskKey).party();
	}

	static String pathOf(String taskKey, Long applicationId, Long fundCallId) {
		return formOf(taskKey).path()
			.replace("{application}", String.valueOf(applicationId))
			.replace("{fundCall}", String.valueOf(fundCallId));
	}

	private static TaskForm formOf(String taskKey) {
		TaskForm form = FORMS.get(taskKey);
		if (form == null) {
			throw new IllegalStateException("The user task " + taskKey + " has no page");
		}
		return form;
	}

	private static Map.Entry<String, TaskForm> form(String taskKey, Party party, String path) {
		return Map.entry(taskKey, new TaskForm(party, path));
	}

	private record TaskForm(Party party, String path) {
	}

}
