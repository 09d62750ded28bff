package de.foerderfluss.disbursement;

import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The money of one approved application as it is called and paid. It guards the sums: no
 * more is ever called than was approved, no more paid than was called, and only a call
 * that is still open can be dropped. Concurrent calls on one application meet at its
 * version.
 */
@Entity
@Table(name = "grant_account")
class GrantAccount {

	@Id
	private Long applicationId;

	@Version
	private long version;

	private Money approvedAmount;

	private Money calledAmount = Money.ZERO;

	private Money paidAmount = Money.ZERO;

	protected GrantAccount() {
	}

	GrantAccount(Long applicationId, Money approvedAmount) {
		this.applicationId = applicationId;
		this.approvedAmount = approvedAmount;
	}

	/** Reserves room for a fund call within the approved amount. */
	void registerFundCall(Money amount) {
		Money remaining = remaining();
		if (amount.isGreaterThan(remaining)) {
			throw new InvalidInputException("amount", "error.fund-call.exceeds-remaining", remaining.amount());
		}
		this.calledAmount = this.calledAmount.plus(amount);
	}

	/**
	 * A fund call that was refused or cancelled no longer counts; it must still be open.
	 */
	void dropFundCall(Money amount) {
		if (amount.isGreaterThan(open())) {
			throw new IllegalStateException(
					"Application " + this.applicationId + " has no open fund call of " + amount);
		}
		this.calledAmount = this.calledAmount.minus(amount);
	}

	void recordPayout(Money amount) {
		Money paid = this.paidAmount.plus(amount);
		if (paid.isGreaterThan(this.approvedAmount) || paid.isGreaterThan(this.calledAmount)) {
			throw new IllegalStateException(
					"Payouts of application " + this.applicationId + " would exceed what was approved or called");
		}
		this.paidAmount = paid;
	}

	/** What may still be called: the approved amount less all fund calls that count. */
	Money remaining() {
		return this.approvedAmount.minus(this.calledAmount);
	}

	/** Called but not yet paid. */
	Money open() {
		return this.calledAmount.minus(this.paidAmount);
	}

	Long getApplicationId() {
		return this.applicationId;
	}

	Money getApprovedAmount() {
		return this.approvedAmount;
	}

	Money getCalledAmount() {
		return this.calledAmount;
	}

	Money getPaidAmount() {
		return this.paidAmount;
	}

}
