package de.foerderfluss.audit;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * One line of a case's audit log: who did what when, how the status changed, and the
 * detail: a text as written, or values the action's pattern puts into words.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	@CreatedDate
	private Instant occurredAt;

	@CreatedBy
	private String actor;

	@Enumerated(EnumType.STRING)
	private CaseAction action;

	private String statusBefore;

	private String statusAfter;

	private String detail;

	@Column(name = "detail_values")
	@Convert(converter = HistoryValuesConverter.class)
	private List<HistoryValue> values;

	protected AuditEntry() {
	}

	AuditEntry(Long applicationId, CaseAction action, StatusChange status, String detail, List<HistoryValue> values) {
		this.applicationId = applicationId;
		this.action = action;
		this.statusBefore = status.before();
		this.statusAfter = status.after();
		this.detail = detail;
		this.values = values;
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public CaseAction getAction() {
		return this.action;
	}

	public String getStatusBefore() {
		return this.statusBefore;
	}

	public String getStatusAfter() {
		return this.statusAfter;
	}

	/** A text as written, or null. */
	public String getDetail() {
		return this.detail;
	}

	/** Values for the action's pattern; empty for most entries. */
	public List<HistoryValue> getValues() {
		return (this.values != null) ? this.values : List.of();
	}

}
