package de.foerderfluss.application.web;

import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.application.Delivery;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.NoticeDeliveryService;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.NotFoundException;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery of a case's notices: when each was made available and opened, from when it
 * counts as delivered and when it becomes final; KI staff mark a lawsuit and make a
 * notice that was not opened in time available again.
 */
@RestController
@RequestMapping("/api/v1/applications/{id}/notices")
class NoticeDeliveryController {

	private final NoticeDeliveryService deliveries;

	NoticeDeliveryController(NoticeDeliveryService deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping
	List<DeliveryView> list(@PathVariable Long id) {
		return this.deliveries.of(Actor.current(), id).stream().map(DeliveryView::of).toList();
	}

	@PostMapping("/{kind}/lawsuit")
	DeliveryView markLawsuit(@PathVariable Long id, @PathVariable String kind,
			@Validated @RequestBody LawsuitRequest request) {
		return DeliveryView.of(this.deliveries.markLawsuit(id, notice(kind), request.filedOn()));
	}

	@DeleteMapping("/{kind}/lawsuit")
	DeliveryView clearLawsuit(@PathVariable Long id, @PathVariable String kind) {
		return DeliveryView.of(this.deliveries.clearLawsuit(id, notice(kind)));
	}

	@PostMapping("/{kind}/provision")
	DeliveryView provideAgain(@PathVariable Long id, @PathVariable String kind) {
		return DeliveryView.of(this.deliveries.provideAgain(id, notice(kind)));
	}

	private static DocumentKind notice(String kind) {
		return DocumentKind.notice(kind).orElseThrow(() -> new NotFoundException("document", kind));
	}

	record LawsuitRequest(@NotNull LocalDate filedOn) {
	}

	record DeliveryView(String kind, java.time.Instant providedAt, java.time.Instant retrievedAt, String retrievedBy,
			boolean administrativeAct, LocalDate retrievalEndsOn, LocalDate deliveredOn, LocalDate lawsuitDeadline,
			LocalDate finalOn, LocalDate lawsuitFiledOn, Delivery.State state) {

		static DeliveryView of(Delivery delivery) {
			return new DeliveryView(delivery.kind().slug(), delivery.providedAt(), delivery.retrievedAt(),
					delivery.retrievedBy(), delivery.administrativeAct(), delivery.retrievalEndsOn(),
					delivery.deliveredOn(), delivery.lawsuitDeadline(), delivery.finalOn(), delivery.lawsuitFiledOn(),
					delivery.state());
		}

	}

}
