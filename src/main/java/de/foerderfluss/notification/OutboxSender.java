package de.foerderfluss.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mails that are due, each on its own: claimed in one short transaction, sent
 * with no transaction open, its outcome stored in another. A failed mail waits as the
 * {@link RetryPolicy} says; a case step never waits for the mail server or fails with it.
 */
@Component
class OutboxSender {

	static final String NO_MAIL_SERVER = "Kein Mailserver konfiguriert";

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 50;

	/**
	 * How long a claimed mail belongs to its sender. If the node dies while sending, the
	 * mail is due again afterwards; so this outlasts any SMTP conversation.
	 */
	private static final Duration LEASE = Duration.ofMinutes(10);

	private final OutboxMails mails;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final TransactionTemplate transactions;

	private final NotificationProperties properties;

	private final RetryPolicy retries;

	private final Clock clock;

	OutboxSender(OutboxMails mails, ObjectProvider<JavaMailSender> mailSender,
			PlatformTransactionManager transactionManager, NotificationProperties properties, Clock clock) {
		this.mails = mails;
		this.mailSender = mailSender;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.retries = new RetryPolicy(properties.maxAttempts());
		this.clock = clock;
	}

	/** Sends every mail that is due now; answers how many the mail server accepted. */
	int sendDue() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			// Without spring.mail.host the mails wait, uncounted, until a server is set.
			this.transactions.executeWithoutResult(
					(status) -> this.mails.noteWaiting(OutboxStatus.PENDING, this.clock.instant(), NO_MAIL_SERVER));
			return 0;
		}
		// Every mail of a batch ends up leased, sent or waiting, so each batch is new.
		int sent = 0;
		List<Long> due;
		do {
			due = this.transactions
				.execute((status) -> this.mails.findDue(OutboxStatus.PENDING, this.clock.instant(), Limit.of(BATCH)));
			for (Long id : due) {
				if (send(sender, id)) {
					sent++;
				}
			}
		}
		while (due.size() == BATCH);
		return sent;
	}

	private boolean send(JavaMailSender sender, Long id) {
		OutboxMail mail = this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			boolean claimed = this.mails.claim(id, OutboxStatus.PENDING, now, now.plus(LEASE)) == 1;
			return claimed ? this.mails.findById(id).orElse(null) : null;
		});
		if (mail == null) {
			// Another node was quicker.
			return false;
		}
		try {
			sender.send((message) -> {
				MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
				helper.setFrom(this.properties.fromAddress());
				helper.setTo(mail.getRecipient());
				helper.setSubject(mail.getSubject());
				helper.setText(mail.getBody(), false);
				helper.setSentDate(Date.from(this.clock.instant()));
				// RFC 3834: no out-of-office replies to a machine.
				message.setHeader("Auto-Submitted", "auto-generated");
			});
		}
		catch (RuntimeException ex) {
			log.warn("Mail {} to {} not sent: {}", id, mail.getRecipient(), ex.getMessage());
			record(id, (failed) -> failed.markFailed(describe(ex), this.clock.instant(), this.retries));
			return false;
		}
		record(id, (sent) -> sent.markSent(this.clock.instant()));
		return true;
	}

	private void record(Long id, Consumer<OutboxMail> outcome) {
		try {
			this.transactions.executeWithoutResult((status) -> this.mails.findById(id).ifPresent(outcome));
		}
		catch (OptimisticLockingFailureException ex) {
			// An administrator changed the mail meanwhile; theirs is the later word.
			log.warn("Outcome of mail {} not stored: changed meanwhile", id);
		}
	}

	private static String describe(RuntimeException ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName();
		return (cause != ex && cause.getMessage() != null && !message.contains(cause.getMessage()))
				? message + " (" + cause.getMessage() + ")" : message;
	}

}
