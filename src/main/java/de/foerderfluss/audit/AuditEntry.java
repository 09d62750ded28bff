package de.foerderfluss.audit;

import java.time.Instant;
import java.util.List;

import de.foerderfluss.integrity.ChainHash;
import de.foerderfluss.integrity.ChainLink;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One line of a case's audit log: who did what when, how the status changed, and the
 * detail: a text as written, or values the action's pattern puts into words. Each entry
 * is chained to the one before it in the case's log by a hash over its fields (see
 * {@link #chainForm}); who and when are set here rather than by JPA auditing, since they
 * are part of the hash before the entry is stored.
 */
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

	@Enumerated(EnumType.STRING)
	private CaseAction action;

	private String statusBefore;

	private String statusAfter;

	private String detail;

	@Column(name = "detail_values")
	@Convert(converter = HistoryValuesConverter.class)
	private List<HistoryValue> values;

	private long chainPosition;

	private String previousHash;

	private String entryHash;

	protected AuditEntry() {
	}

	AuditEntry(Long applicationId, CaseAction action, StatusChange status, String detail, List<HistoryValue> values,
			Instant occurredAt, String actor, ChainLink link) {
		this.applicationId = applicationId;
		this.action = action;
		this.statusBefore = status.before();
		this.statusAfter = status.after();
		this.detail = detail;
		this.values = values;
		this.occurredAt = ChainHash.stored(occurredAt);
		this.actor = actor;
		this.chainPosition = link.position();
		this.previousHash = link.previousHash();
		this.entryHash = chainForm().hash(link);
	}

	/**
	 * The canonical form of an entry's fields, version 1; migration V14 hashes the
	 * entries written before with it.
	 */
	public static ChainHash chainForm(Long applicationId, Instant occurredAt, String actor, String action,
			String statusBefore, String statusAfter, String detail, List<HistoryValue> values) {
		return ChainHash.of("audit_entry/1")
			.field("application", applicationId)
			.field("occurredAt", occurredAt)
			.field("actor", actor)
			.field("action", action)
			.field("statusBefore", statusBefore)
			.field("statusAfter", statusAfter)
			.field("detail", detail)
			.field("values", values.stream().map((value) -> value.kind() + ":" + value.value()).toList());
	}

	private ChainHash chainForm() {
		return chainForm(this.applicationId, this.occurredAt, this.actor,
				(this.action != null) ? this.action.name() : null, this.statusBefore, this.statusAfter, this.detail,
				getValues());
	}

	String getEntryHash() {
		return this.entryHash;
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
