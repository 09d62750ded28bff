package de.foerderfluss.application;

import java.time.LocalDate;

import de.foerderfluss.shared.GermanDates;

/**
 * When a notice made available for retrieval counts as delivered and when it becomes
 * final (README, "Delivery of notices"):
 * <ul>
 * <li>opened by the carrier, it counts as delivered on the day after (§ 41 Abs. 2a Satz 3
 * VwVfG NRW);</li>
 * <li>not opened within the retrieval window (ten days after the carrier was told of it,
 * the deadline moved past a weekend or holiday), it is not delivered at all (Satz 4, 5):
 * staff make it available again or deliver it otherwise;</li>
 * <li>the lawsuit period (one month) runs from delivery and ends as procedural deadlines
 * end; the notice is final the day after, unless a lawsuit was filed.</li>
 * </ul>
 */
record DeliveryRule(DeliveryProperties properties) {

	Delivery of(NoticeDelivery record, LocalDate today) {
		LocalDate providedOn = record.getProvidedAt().atZone(GermanDates.ZONE).toLocalDate();
		LocalDate retrievalEndsOn = LegalDeadlines.lastDay(providedOn, this.properties.retrievalWindow());
		LocalDate retrievedOn = (record.getRetrievedAt() != null)
				? record.getRetrievedAt().atZone(GermanDates.ZONE).toLocalDate() : null;
		boolean administrativeAct = record.getKind().isAdministrativeAct();
		if (!administrativeAct) {
			return delivery(record, false, null, null, null, null,
					(retrievedOn != null) ? Delivery.State.RETRIEVED : Delivery.State.PROVIDED);
		}
		if (retrievedOn == null || retrievedOn.isAfter(retrievalEndsOn)) {
			boolean windowOpen = retrievedOn == null && !today.isAfter(retrievalEndsOn);
			return delivery(record, true, retrievalEndsOn, null, null, null,
					windowOpen ? Delivery.State.PROVIDED : Delivery.State.NOT_DELIVERED);
		}
		LocalDate deliveredOn = retrievedOn.plusDays(1);
		LocalDate lawsuitDeadline = LegalDeadlines.lastDay(deliveredOn, this.properties.lawsuitPeriod());
		LocalDate finalOn = lawsuitDeadline.plusDays(1);
		Delivery.State state;
		if (record.getLawsuitFiledOn() != null) {
			state = Delivery.State.CHALLENGED;
		}
		else {
			state = today.isBefore(finalOn) ? Delivery.State.DELIVERED : Delivery.State.FINAL;
		}
		return delivery(record, true, retrievalEndsOn, deliveredOn, lawsuitDeadline, finalOn, state);
	}

	private static Delivery delivery(NoticeDelivery record, boolean administrativeAct, LocalDate retrievalEndsOn,
			LocalDate deliveredOn, LocalDate lawsuitDeadline, LocalDate finalOn, Delivery.State state) {
		return new Delivery(record.getKind(), record.getProvidedAt(), record.getRetrievedAt(), record.getRetrievedBy(),
				administrativeAct, retrievalEndsOn, deliveredOn, lawsuitDeadline, finalOn, record.getLawsuitFiledOn(),
				state);
	}

}
