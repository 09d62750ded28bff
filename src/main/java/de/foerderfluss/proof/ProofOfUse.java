package de.foerderfluss.proof;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
import org.hibernate.annotations.Immutable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * The proof of use (Verwendungsnachweis): the report, the figures per cost line and the
 * carrier's confirmation that the spending was necessary, economical and matches its
 * books.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Immutable
@Table(name = "proof_of_use")
public class ProofOfUse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private Money spentAmount;

	private String report;

	private boolean confirmed;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "proof_line", joinColumns = @JoinColumn(name = "proof_of_use_id"))
	@OrderColumn(name = "position")
	private List<SpentLine> lines = new ArrayList<>();

	@CreatedBy
	private String submittedBy;

	@CreatedDate
	private Instant submittedAt;

	protected ProofOfUse() {
	}

	ProofOfUse(Long applicationId, Money spentAmount, String report, List<SpentLine> lines) {
		this.applicationId = applicationId;
		this.spentAmount = spentAmount;
		this.report = report;
		this.confirmed = true;
		this.lines.addAll(lines);
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Money getSpentAmount() {
		return this.spentAmount;
	}

	public String getReport() {
		return this.report;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public List<SpentLine> getLines() {
		return List.copyOf(this.lines);
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

}
