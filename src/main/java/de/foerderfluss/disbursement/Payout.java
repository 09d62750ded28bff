package de.foerderfluss.disbursement;

import java.time.Instant;

import de.foerderfluss.disbursement.events.PayoutReleased;
import de.foerderfluss.disbursement.events.StatementPrinted;
import de.foerderfluss.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A payout ordered for one fund call (at most one: the database holds a unique key on the
 * fund call). Payee and IBAN are kept as they were when the payout was ordered.
 */
@Entity
@Table(name = "payout")
public class Payout extends AbstractAggregateRoot<Payout> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long fundCallId;

	private Long applicationId;

	private Money amount;

	private String payeeName;

	private String iban;

	private String verifiedBy;

	private Instant verifiedAt;

	private String releasedBy;

	private Instant releasedAt;

	@Enumerated(EnumType.STRING)
	private PayoutStatus status;

	private int statementPrints;

	protected Payout() {
	}

	Payout(FundCall fundCall, String payeeName, String iban) {
		this.fundCallId = fundCall.getId();
		this.applicationId = fundCall.getApplicationId();
		this.amount = fundCall.getAmount();
		this.payeeName = payeeName;
		this.iban = iban;
		this.verifiedBy = fundCall.getVerifiedBy();
		this.verifiedAt = fundCall.getVerifiedAt();
		this.releasedBy = fundCall.getReleasedBy();
		this.releasedAt = fundCall.getReleasedAt();
		this.status = PayoutStatus.RELEASED;
	}

	/** Announces the release once the payout has its id. */
	void announceRelease(Money paidInAll) {
		registerEvent(new PayoutReleased(this.id, this.fundCallId, this.applicationId, this.amount, paidInAll));
	}

	/**
	 * Counts a print of the statement; every print after the first is marked as a copy.
	 */
	int recordStatementPrint() {
		this.statementPrints++;
		registerEvent(new StatementPrinted(this.id, this.applicationId, this.statementPrints));
		return this.statementPrints;
	}

	public Long getId() {
		return this.id;
	}

	public Long getFundCallId() {
		return this.fundCallId;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Money getAmount() {
		return this.amount;
	}

	public String getPayeeName() {
		return this.payeeName;
	}

	public String getIban() {
		return this.iban;
	}

	public String getVerifiedBy() {
		return this.verifiedBy;
	}

	public Instant getVerifiedAt() {
		return this.verifiedAt;
	}

	public String getReleasedBy() {
		return this.releasedBy;
	}

	public Instant getReleasedAt() {
		return this.releasedAt;
	}

	public PayoutStatus getStatus() {
		return this.status;
	}

	public int getStatementPrints() {
		return this.statementPrints;
	}

}
