package de.foerderfluss.application;

import de.foerderfluss.shared.Money;

/** Where a case stands after a step: its status and the money trail. */
public record ApplicationState(Long id, String fileNumber, ApplicationStatus status, Money requestedAmount,
		Money recommendedAmount, Money approvedAmount, Money calledAmount, Money paidAmount, Money recognisedAmount,
		Money repaymentAmount, Money repaidAmount, String rejectionReason) {

	public static ApplicationState of(Application application) {
		return new ApplicationState(application.getId(), application.getFileNumber(), application.getStatus(),
				application.getRequestedAmount(), application.getRecommendedAmount(), application.getApprovedAmount(),
				application.getCalledAmount(), application.getPaidAmount(), application.getRecognisedAmount(),
				application.getRepaymentAmount(), application.getRepaidAmount(), application.getRejectionReason());
	}

}
