package de.foerderfluss.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One line of a case's audit log: who did what when, and how the status changed. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String statusBefore;

	private String statusAfter;

	private String detail;

	protected AuditEntry() {
	}

	AuditEntry(Long applicationId, Instant occurredAt, String actor, String action, String statusBefore,
			String statusAfter, String detail) {
		this.applicationId = applicationId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.statusBefore = statusBefore;
		this.statusAfter = statusAfter;
		this.detail = detail;
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

	public String getAction() {
		return this.action;
	}

	public String getStatusBefore() {
		return this.statusBefore;
	}

	public String getStatusAfter() {
		return this.statusAfter;
	}

	public String getDetail() {
		return this.detail;
	}

}
