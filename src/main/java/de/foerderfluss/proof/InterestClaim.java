package de.foerderfluss.proof;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.foerderfluss.proof.events.InterestPaid;
import de.foerderfluss.proof.events.InterestSet;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * The interest of a case (§ 49a Abs. 3 and 4 VwVfG NRW) as the deciding case worker set
 * it: the computation per period and the total, due by a date, or waived with reasons.
 * What was decided never changes; payments are added up, never beyond the amount.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "interest_claim")
public class InterestClaim extends AbstractAggregateRoot<InterestClaim> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long applicationId;

	private BigDecimal marginPercent;

	private Money amount;

	private boolean waived;

	private String reason;

	private LocalDate dueDate;

	private Money paidAmount = Money.ZERO;

	@CreatedBy
	private String decidedBy;

	@CreatedDate
	private Instant decidedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "interest_period", joinColumns = @JoinColumn(name = "interest_claim_id"))
	@OrderColumn(name = "position")
	private List<InterestPeriod> periods = new ArrayList<>();

	protected InterestClaim() {
	}

	private InterestClaim(Long applicationId, InterestComputation computation, boolean waived, String reason,
			LocalDate dueDate) {
		this.applicationId = applicationId;
		this.marginPercent = computation.marginPercent();
		this.amount = computation.total();
		this.periods = new ArrayList<>(computation.periods());
		this.waived = waived;
		this.reason = reason;
		this.dueDate = dueDate;
		registerEvent(new InterestSet(applicationId, this.amount, waived, reason));
	}

	/** Interest set by notice, to be paid by the due date. */
	static InterestClaim set(Long applicationId, InterestComputation computation, LocalDate dueDate, String reason) {
		return new InterestClaim(applicationId, computation, false, reason, dueDate);
	}

	/** Interest waived by a decision with reasons; nothing is owed. */
	static InterestClaim waive(Long applicationId, InterestComputation computation, String reason) {
		return new InterestClaim(applicationId, computation, true, reason, null);
	}

	/**
	 * Books interest received; refused beyond what is outstanding. Answers whether
	 * settled.
	 */
	boolean recordPayment(Money received) {
		Money outstanding = outstanding();
		if (this.waived || received.isGreaterThan(outstanding)) {
			throw new InvalidInputException("amount", "error.interest.exceeds-outstanding", outstanding.amount());
		}
		this.paidAmount = this.paidAmount.plus(received);
		boolean settled = outstanding().isZero();
		registerEvent(new InterestPaid(this.applicationId, received, settled));
		return settled;
	}

	public Money outstanding() {
		return this.waived ? Money.ZERO : this.amount.minus(this.paidAmount);
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public BigDecimal getMarginPercent() {
		return this.marginPercent;
	}

	public Money getAmount() {
		return this.amount;
	}

	public boolean isWaived() {
		return this.waived;
	}

	public String getReason() {
		return this.reason;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public Money getPaidAmount() {
		return this.paidAmount;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public List<InterestPeriod> getPeriods() {
		return List.copyOf(this.periods);
	}

}
