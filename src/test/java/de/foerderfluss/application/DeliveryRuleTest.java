package de.foerderfluss.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a notice made available for retrieval is delivered and becomes final (§ 41 Abs. 2a
 * VwVfG NRW, § 74 Abs. 1 Satz 2, § 57 VwGO, § 222 ZPO, §§ 187, 188 BGB).
 */
class DeliveryRuleTest {

	private final DeliveryRule rule = new DeliveryRule(new DeliveryProperties(null, null));

	@Test
	void openedItCountsAsDeliveredTheDayAfterAndIsFinalAfterAMonthPastEasterMonday() {
		NoticeDelivery notice = provided("2026-03-02T09:00");
		notice.retrieve(at("2026-03-05T18:30"), "traeger1");

		Delivery delivery = this.rule.of(notice, LocalDate.parse("2026-03-10"));

		assertThat(delivery.state()).isEqualTo(Delivery.State.DELIVERED);
		assertThat(delivery.deliveredOn()).isEqualTo(LocalDate.parse("2026-03-06"));
		// 06.04.2026 is Easter Monday: the period ends on the next working day.
		assertThat(delivery.lawsuitDeadline()).isEqualTo(LocalDate.parse("2026-04-07"));
		assertThat(delivery.finalOn()).isEqualTo(LocalDate.parse("2026-04-08"));
		assertThat(this.rule.of(notice, LocalDate.parse("2026-04-07")).state()).isEqualTo(Delivery.State.DELIVERED);
		assertThat(this.rule.of(notice, LocalDate.parse("2026-04-08")).state()).isEqualTo(Delivery.State.FINAL);
	}

	@Test
	void aPeriodFromTheLastDayOfAMonthEndsOnTheLastDayOfTheNextAndAWeekendMovesIt() {
		NoticeDelivery notice = provided("2026-01-29T10:00");
		notice.retrieve(at("2026-01-30T08:00"), "traeger1");

		Delivery delivery = this.rule.of(notice, LocalDate.parse("2026-02-02"));

		assertThat(delivery.deliveredOn()).isEqualTo(LocalDate.parse("2026-01-31"));
		// 28.02.2026 is a Saturday.
		assertThat(delivery.lawsuitDeadline()).isEqualTo(LocalDate.parse("2026-03-02"));
		assertThat(delivery.finalOn()).isEqualTo(LocalDate.parse("2026-03-03"));
	}

	@Test
	void notOpenedWithinTenDaysItIsNotDeliveredAndOpeningItLaterChangesNothing() {
		NoticeDelivery notice = provided("2026-03-02T09:00");

		Delivery waiting = this.rule.of(notice, LocalDate.parse("2026-03-12"));
		assertThat(waiting.state()).isEqualTo(Delivery.State.PROVIDED);
		assertThat(waiting.retrievalEndsOn()).isEqualTo(LocalDate.parse("2026-03-12"));
		assertThat(waiting.deliveredOn()).isNull();

		assertThat(this.rule.of(notice, LocalDate.parse("2026-03-13")).state()).isEqualTo(Delivery.State.NOT_DELIVERED);
		notice.retrieve(at("2026-03-13T08:00"), "traeger1");
		Delivery late = this.rule.of(notice, LocalDate.parse("2026-03-13"));
		assertThat(late.state()).isEqualTo(Delivery.State.NOT_DELIVERED);
		assertThat(late.finalOn()).isNull();

		notice.provideAgain(at("2026-03-16T09:00"));
		assertThat(notice.getRetrievedAt()).isNull();
		notice.retrieve(at("2026-03-17T09:00"), "traeger1");
		assertThat(this.rule.of(notice, LocalDate.parse("2026-03-17")).deliveredOn())
			.isEqualTo(LocalDate.parse("2026-03-18"));
	}

	@Test
	void theRetrievalWindowEndingOnASundayEndsOnMonday() {
		// Provided on Thursday 05.03.2026: ten days later is Sunday 15.03.2026.
		NoticeDelivery notice = provided("2026-03-05T09:00");
		assertThat(this.rule.of(notice, LocalDate.parse("2026-03-16")).retrievalEndsOn())
			.isEqualTo(LocalDate.parse("2026-03-16"));
	}

	@Test
	void aLawsuitKeepsItFromBecomingFinalUntilTheMarkIsTakenBack() {
		NoticeDelivery notice = provided("2026-03-02T09:00");
		notice.retrieve(at("2026-03-02T10:00"), "traeger1");
		notice.markLawsuit(LocalDate.parse("2026-03-20"), "pruefer", at("2026-03-23T10:00"));

		Delivery challenged = this.rule.of(notice, LocalDate.parse("2026-06-01"));
		assertThat(challenged.state()).isEqualTo(Delivery.State.CHALLENGED);
		assertThat(challenged.lawsuitFiledOn()).isEqualTo(LocalDate.parse("2026-03-20"));

		assertThat(notice.clearLawsuit()).isTrue();
		assertThat(this.rule.of(notice, LocalDate.parse("2026-06-01")).state()).isEqualTo(Delivery.State.FINAL);
	}

	@Test
	void easterAndTheHolidaysOfNorthRhineWestphalia() {
		assertThat(LegalDeadlines.easterSunday(2024)).isEqualTo(LocalDate.parse("2024-03-31"));
		assertThat(LegalDeadlines.easterSunday(2025)).isEqualTo(LocalDate.parse("2025-04-20"));
		assertThat(LegalDeadlines.easterSunday(2026)).isEqualTo(LocalDate.parse("2026-04-05"));
		// Corpus Christi and All Saints are holidays in NRW; Reformation Day is not.
		assertThat(LegalDeadlines.isPublicHoliday(LocalDate.parse("2026-06-04"))).isTrue();
		assertThat(LegalDeadlines.isPublicHoliday(LocalDate.parse("2026-11-01"))).isTrue();
		assertThat(LegalDeadlines.isPublicHoliday(LocalDate.parse("2026-10-31"))).isFalse();
	}

	private static NoticeDelivery provided(String localTime) {
		return new NoticeDelivery(1L, 42L, DocumentKind.APPROVAL_NOTICE, at(localTime));
	}

	private static Instant at(String localTime) {
		return ZonedDateTime.parse(localTime + "+01:00[Europe/Berlin]").toInstant();
	}

}
