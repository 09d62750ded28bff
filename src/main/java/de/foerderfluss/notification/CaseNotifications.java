package de.foerderfluss.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.shared.AuditRecord;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the mails a step of a case sets off, in the transaction of the step: a step that
 * is rolled back queues nothing, and one that commits cannot lose its mails. Sending is
 * left to {@link OutboxSender}, after the commit.
 */
@Component
class CaseNotifications {

	private final ApplicationLookup applications;

	private final Carriers carriers;

	private final Recipients recipients;

	private final MailContents contents;

	private final MailTemplates templates;

	private final OutboxMails outbox;

	private final Clock clock;

	CaseNotifications(ApplicationLookup applications, Carriers carriers, Recipients recipients, MailContents contents,
			MailTemplates templates, OutboxMails outbox, Clock clock) {
		this.applications = applications;
		this.carriers = carriers;
		this.recipients = recipients;
		this.contents = contents;
		this.templates = templates;
		this.outbox = outbox;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AuditRecord record) {
		List<NotificationKind> kinds = NotificationPolicy.kindsFor(record);
		if (kinds.isEmpty()) {
			return;
		}
		Application application = this.applications.byId(record.applicationId());
		Carrier carrier = this.carriers.findById(application.getCarrierId())
			.orElseThrow(() -> new NotFoundException("carrier", application.getCarrierId()));
		Instant now = this.clock.instant();
		for (NotificationKind kind : kinds) {
			List<String> addresses = this.recipients.of(kind.audience(), carrier);
			if (addresses.isEmpty()) {
				continue;
			}
			Map<String, Object> variables = this.contents.variables(kind, record, application, carrier);
			String subject = kind.subject(application.getFileNumber());
			String body = this.templates.render(kind, variables);
			for (String address : addresses) {
				this.outbox.save(new OutboxMail(application.getId(), kind, address, subject, body, now));
			}
		}
	}

}
