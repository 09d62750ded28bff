package de.foerderfluss.proof;

import java.time.Instant;
import java.time.LocalDate;

import de.foerderfluss.proof.events.PartRepaid;
import de.foerderfluss.proof.events.RepaymentConfirmed;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A clawback (Rückforderung) set by notice: the amount paid but not recognised, due by a
 * date, bearing interest from the day the grant became ineffective (§ 49a Abs. 3 VwVfG
 * NRW; computed per base-rate period when it is set, see {@link InterestService}). What
 * the notice set never changes; what came back of it is added up here, never beyond the
 * amount.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "clawback")
public class Clawback extends AbstractAggregateRoot<Clawback> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long applicationId;

	private Money paidAmount;

	private Money recognisedAmount;

	private Money amount;

	private LocalDate dueDate;

	/** The day the grant became ineffective, chosen by the case worker who decided. */
	private LocalDate ineffectiveFrom;

	@CreatedDate
	private Instant issuedAt;

	private Money repaidAmount = Money.ZERO;

	protected Clawback() {
	}

	Clawback(Long applicationId, Money paidAmount, Money recognisedAmount, LocalDate dueDate,
			LocalDate ineffectiveFrom) {
		this.applicationId = applicationId;
		this.paidAmount = paidAmount;
		this.recognisedAmount = recognisedAmount;
		this.amount = paidAmount.minus(recognisedAmount);
		this.dueDate = dueDate;
		this.ineffectiveFrom = ineffectiveFrom;
	}

	/**
	 * Books money received back; refused beyond what is outstanding. Answers whether the
	 * clawback is settled.
	 */
	boolean recordRepayment(Money received) {
		Money outstanding = outstanding();
		if (received.isGreaterThan(outstanding)) {
			throw new InvalidInputException("amount", "error.repayment.exceeds-outstanding", outstanding.amount());
		}
		this.repaidAmount = this.repaidAmount.plus(received);
		boolean settled = outstanding().isZero();
		if (!settled) {
			registerEvent(new PartRepaid(this.applicationId, received));
		}
		registerEvent(new RepaymentConfirmed(this.applicationId, settled));
		return settled;
	}

	public Money outstanding() {
		return this.amount.minus(this.repaidAmount);
	}

	public Money getRepaidAmount() {
		return this.repaidAmount;
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Money getPaidAmount() {
		return this.paidAmount;
	}

	public Money getRecognisedAmount() {
		return this.recognisedAmount;
	}

	public Money getAmount() {
		return this.amount;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public LocalDate getIneffectiveFrom() {
		return this.ineffectiveFrom;
	}

	public Instant getIssuedAt() {
		return this.issuedAt;
	}

}
