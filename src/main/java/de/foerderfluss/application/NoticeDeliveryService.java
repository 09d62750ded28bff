package de.foerderfluss.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.foerderfluss.application.events.LawsuitCleared;
import de.foerderfluss.application.events.LawsuitMarked;
import de.foerderfluss.application.events.NoticeProvidedAgain;
import de.foerderfluss.application.events.NoticeRetrieved;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Messages;
import de.foerderfluss.shared.NotFoundException;
import de.foerderfluss.shared.StepNotAllowedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery of notices: made available in the carrier's document list when issued,
 * opened by the carrier, delivered and final by {@link DeliveryRule}; KI staff mark a
 * lawsuit against a notice and make a notice that was not opened in time available again.
 */
@Service
@Transactional
public class NoticeDeliveryService {

	private final NoticeDeliveries deliveries;

	private final ApplicationLookup lookup;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DeliveryRule rule;

	NoticeDeliveryService(NoticeDeliveries deliveries, ApplicationLookup lookup, ApplicationEventPublisher events,
			Clock clock, DeliveryProperties properties) {
		this.deliveries = deliveries;
		this.lookup = lookup;
		this.events = events;
		this.clock = clock;
		this.rule = new DeliveryRule(properties);
	}

	/** A notice was archived and is now in the carrier's document list. */
	void provided(ApplicationDocument notice) {
		this.deliveries.save(
				new NoticeDelivery(notice.getId(), notice.getApplicationId(), notice.getKind(), this.clock.instant()));
	}

	/**
	 * Someone opened the archived notice; the carrier's first opening is recorded (and
	 * the process told of it), anybody else's is not.
	 */
	public void opened(Actor actor, ApplicationDocument notice) {
		if (!actor.isCarrier()) {
			return;
		}
		this.deliveries.findByDocumentId(notice.getId()).ifPresent((delivery) -> {
			if (delivery.retrieve(this.clock.instant(), actor.username())) {
				this.events.publishEvent(
						new NoticeRetrieved(notice.getApplicationId(), notice.getKind(), delivery.getRetrievedAt()));
			}
		});
	}

	/** The latest notice of each kind the person may read, as of today. */
	@Transactional(readOnly = true)
	public List<Delivery> of(Actor actor, Long applicationId) {
		this.lookup.visibleTo(actor, applicationId);
		Map<DocumentKind, NoticeDelivery> latest = new LinkedHashMap<>();
		this.deliveries.findByApplicationIdOrderByDocumentId(applicationId)
			.stream()
			.filter((delivery) -> delivery.getKind().readableBy(actor))
			.forEach((delivery) -> latest.put(delivery.getKind(), delivery));
		LocalDate today = today();
		return latest.values().stream().map((delivery) -> this.rule.of(delivery, today)).toList();
	}

	/** Where the latest notice of the kind stands, without checking who asks. */
	@Transactional(readOnly = true)
	public java.util.Optional<Delivery> latest(Long applicationId, DocumentKind kind) {
		return this.deliveries.findFirstByApplicationIdAndKindOrderByDocumentIdDesc(applicationId, kind)
			.map((delivery) -> this.rule.of(delivery, today()));
	}

	@PreAuthorize("hasAnyRole('REVIEWER', 'APPROVER')")
	public Delivery markLawsuit(Long applicationId, DocumentKind kind, LocalDate filedOn) {
		NoticeDelivery delivery = find(applicationId, kind);
		if (filedOn == null) {
			throw new InvalidInputException("filedOn", "error.lawsuit.date-required");
		}
		if (filedOn.isAfter(today())) {
			throw new InvalidInputException("filedOn", "error.lawsuit.date-in-future");
		}
		LocalDate providedOn = delivery.getProvidedAt().atZone(GermanDates.ZONE).toLocalDate();
		if (filedOn.isBefore(providedOn)) {
			throw new InvalidInputException("filedOn", "error.lawsuit.date-before-notice",
					GermanDates.date(providedOn));
		}
		delivery.markLawsuit(filedOn, Actor.current().username(), this.clock.instant());
		this.events.publishEvent(new LawsuitMarked(applicationId, kind, filedOn));
		return this.rule.of(delivery, today());
	}

	@PreAuthorize("hasAnyRole('REVIEWER', 'APPROVER')")
	public Delivery clearLawsuit(Long applicationId, DocumentKind kind) {
		NoticeDelivery delivery = find(applicationId, kind);
		if (delivery.clearLawsuit()) {
			this.events.publishEvent(new LawsuitCleared(applicationId, kind));
		}
		return this.rule.of(delivery, today());
	}

	/**
	 * Makes a notice that was not opened in time available again; the window for
	 * retrieval starts anew.
	 */
	@PreAuthorize("hasAnyRole('REVIEWER', 'APPROVER')")
	public Delivery provideAgain(Long applicationId, DocumentKind kind) {
		NoticeDelivery delivery = find(applicationId, kind);
		if (this.rule.of(delivery, today()).state() != Delivery.State.NOT_DELIVERED) {
			throw new StepNotAllowedException("error.notice.provide-again-not-needed",
					Messages.code("document-kind." + kind.name()));
		}
		delivery.provideAgain(this.clock.instant());
		this.events.publishEvent(new NoticeProvidedAgain(applicationId, kind));
		return this.rule.of(delivery, today());
	}

	private NoticeDelivery find(Long applicationId, DocumentKind kind) {
		this.lookup.visibleTo(Actor.current(), applicationId);
		return this.deliveries.findFirstByApplicationIdAndKindOrderByDocumentIdDesc(applicationId, kind)
			.orElseThrow(() -> new NotFoundException("document", kind.slug()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(GermanDates.ZONE));
	}

}
