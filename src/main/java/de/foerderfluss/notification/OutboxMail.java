package de.foerderfluss.notification;

import java.time.Instant;

import de.foerderfluss.shared.StepNotAllowedException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One mail to one recipient, written with the step that caused it and sent afterwards.
 * Subject and body are rendered when the step happens, so the mail says what was true
 * then, however late it goes out.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

	static final int MAX_BODY = 8000;

	static final int MAX_ERROR = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private String recipient;

	private String subject;

	private String body;

	@Enumerated(EnumType.STRING)
	private OutboxStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	protected OutboxMail() {
	}

	OutboxMail(Long applicationId, NotificationKind kind, String recipient, String subject, String body, Instant now) {
		this.applicationId = applicationId;
		this.kind = kind;
		this.recipient = recipient;
		this.subject = subject;
		// Texts that come from the case are capped before rendering; this only guards the
		// column.
		this.body = (body.length() > MAX_BODY) ? body.substring(0, MAX_BODY - 2) + " …" : body;
		this.status = OutboxStatus.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	void markSent(Instant now) {
		this.status = OutboxStatus.SENT;
		this.sentAt = now;
		this.lastError = null;
	}

	/** Counts the failed attempt and waits before the next, or gives up. */
	void markFailed(String error, Instant now, RetryPolicy retries) {
		this.attempts++;
		this.lastError = truncate(error);
		if (retries.givesUpAfter(this.attempts)) {
			this.status = OutboxStatus.FAILED;
		}
		else {
			this.nextAttemptAt = now.plus(retries.delayAfter(this.attempts));
		}
	}

	/** An administrator's "send now": one more attempt at once. */
	void retryNow(Instant now) {
		if (this.status == OutboxStatus.SENT) {
			throw new StepNotAllowedException("error.mail.already-sent");
		}
		this.status = OutboxStatus.PENDING;
		this.nextAttemptAt = now;
	}

	private static String truncate(String error) {
		String text = (error != null) ? error : "Unbekannter Fehler";
		return (text.length() > MAX_ERROR) ? text.substring(0, MAX_ERROR) : text;
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public NotificationKind getKind() {
		return this.kind;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public OutboxStatus getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

}
