package de.foerderfluss.notification;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import de.foerderfluss.shared.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as administrators see it: what went out, what waits, what failed. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class MailOutbox {

	/** The most entries one call lists. */
	public static final int MAX_ENTRIES = 500;

	private final OutboxMails mails;

	private final Clock clock;

	MailOutbox(OutboxMails mails, Clock clock) {
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * The newest entries first, at most {@code limit} (capped at {@value #MAX_ENTRIES});
	 * with {@code undeliveredOnly} only those pending or failed.
	 */
	@Transactional(readOnly = true)
	public List<OutboxMail> recent(int limit, boolean undeliveredOnly) {
		Limit page = Limit.of(Math.max(1, Math.min(limit, MAX_ENTRIES)));
		return undeliveredOnly
				? this.mails.findByStatusInOrderByIdDesc(EnumSet.of(OutboxStatus.PENDING, OutboxStatus.FAILED), page)
				: this.mails.findAllByOrderByIdDesc(page);
	}

	@Transactional(readOnly = true)
	public OutboxMail mail(Long id) {
		return this.mails.findById(id).orElseThrow(() -> new NotFoundException("mail", id));
	}

	/**
	 * Makes a pending or failed mail due now; the next run of the outbox sends it. A mail
	 * that was sent is not sent again.
	 */
	public OutboxMail retryNow(Long id) {
		OutboxMail mail = this.mails.findById(id).orElseThrow(() -> new NotFoundException("mail", id));
		mail.retryNow(this.clock.instant());
		return this.mails.save(mail);
	}

}
