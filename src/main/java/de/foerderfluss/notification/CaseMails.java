package de.foerderfluss.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the mails of a case in the transaction of the step that set them off: a step
 * that is rolled back queues nothing, and one that commits cannot lose its mails. Sending
 * is left to {@link OutboxSender}, after the commit.
 */
@Component
class CaseMails {

	private final ApplicationLookup applications;

	private final Carriers carriers;

	private final Recipients recipients;

	private final MailContents contents;

	private final MailTemplates templates;

	private final OutboxMails outbox;

	private final Clock clock;

	CaseMails(ApplicationLookup applications, Carriers carriers, Recipients recipients, MailContents contents,
			MailTemplates templates, OutboxMails outbox, Clock clock) {
		this.applications = applications;
		this.carriers = carriers;
		this.recipients = recipients;
		this.contents = contents;
		this.templates = templates;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Queues a mail of this kind to everyone its audience names, with the step's facts.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void queue(Long applicationId, NotificationKind kind, Map<String, Object> facts) {
		Application application = this.applications.byId(applicationId);
		Carrier carrier = this.carriers.findById(application.getCarrierId())
			.orElseThrow(() -> new NotFoundException("carrier", application.getCarrierId()));
		List<String> addresses = this.recipients.of(kind.audience(), carrier);
		if (addresses.isEmpty()) {
			return;
		}
		String subject = kind.subject(application.getFileNumber());
		String body = this.templates.render(kind, this.contents.variables(kind, application, carrier, facts));
		Instant now = this.clock.instant();
		for (String address : addresses) {
			this.outbox.save(new OutboxMail(application.getId(), kind, address, subject, body, now));
		}
	}

}
