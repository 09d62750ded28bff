package de.foerderfluss.application;

import de.foerderfluss.shared.Money;

/** Where a case stands after a step: its status and the money trail. */
public record ApplicationState(Long id, String fileNumber, ApplicationStatus status, Money requestedAmount,
		Money recommendedAmount, Money approvedAmount, Money calledAmount, Money paidAmount, Money recognisedAmount,
		Money repaymentAmount, Money repaidAmount, String rejectionReason) {

	static ApplicationState of(Application application, MoneyTrail money) {
		return new ApplicationState(application.getId(), application.getFileNumber(), application.getStatus(),
				application.getRequestedAmount(), application.getRecommendedAmount(), application.getApprovedAmount(),
				money.called(), money.paid(), money.recognised(), money.repayment(), money.repaid(),
				application.getRejectionReason());
	}

}
