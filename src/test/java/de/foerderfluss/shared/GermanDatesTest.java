package de.foerderfluss.shared;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GermanDatesTest {

	@Test
	void aDeadlineAtMidnightLeavesTheDayBefore() {
		assertThat(GermanDates.lastDay(Instant.parse("2026-03-15T23:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(GermanDates.lastDay(Instant.parse("2026-07-15T22:00:00Z"))).isEqualTo(LocalDate.of(2026, 7, 15));
	}

	@Test
	void aDeadlineDuringTheDayLeavesThatDay() {
		assertThat(GermanDates.lastDay(Instant.parse("2026-03-16T08:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(GermanDates.lastDay(null)).isNull();
	}

	@Test
	void datesReadTheGermanWay() {
		assertThat(GermanDates.date(LocalDate.of(2026, 11, 23))).isEqualTo("23.11.2026");
		assertThat(GermanDates.dateTime(Instant.parse("2026-11-23T08:05:00Z"))).isEqualTo("23.11.2026, 09:05 Uhr");
	}

}
