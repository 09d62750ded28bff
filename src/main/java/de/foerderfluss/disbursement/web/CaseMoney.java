package de.foerderfluss.disbursement.web;

import de.foerderfluss.application.Application;
import de.foerderfluss.shared.Money;

/**
 * The money of a case as the pages show it: approved, called (open and paid fund calls),
 * paid, and what may still be called.
 */
public record CaseMoney(Money approved, Money called, Money paid, Money remaining) {

	static CaseMoney of(Application application) {
		Money approved = (application.getApprovedAmount() != null) ? application.getApprovedAmount() : Money.ZERO;
		Money remaining = (application.remainingAmount() != null) ? application.remainingAmount() : Money.ZERO;
		return new CaseMoney(approved, application.getCalledAmount(), application.getPaidAmount(), remaining);
	}

}
