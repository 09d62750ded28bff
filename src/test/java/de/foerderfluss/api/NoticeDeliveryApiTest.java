package de.foerderfluss.api;

import java.time.Duration;
import java.util.Map;

import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.CARRIER_B;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery of a notice through the API with real security: made available when
 * issued, delivered the day after the carrier first opens it, final a month later unless
 * KI staff mark a lawsuit; a notice not opened in time is not delivered and is made
 * available again.
 */
class NoticeDeliveryApiTest extends ApiTest {

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 20_000));
	}

	private long rejected() {
		long id = inApproval(this.programme, "B", "4000.00");
		expect(200, as(APPROVER).post(path(id, "decision"),
				Map.of("approved", false, "reason", "Die Maßnahme ist bereits anderweitig finanziert.")));
		return id;
	}

	@Test
	void theCarriersFirstOpeningDeliversTheNoticeOnTheNextDayAndItIsFinalAfterTheLawsuitPeriod() {
		long id = rejected();
		Api.Response provided = rejectionNotice(REVIEWER, id);
		assertThat(provided.text("state")).isEqualTo("PROVIDED");
		assertThat(provided.text("administrativeAct")).isEqualTo("true");
		assertThat(provided.text("retrievalEndsOn")).isEqualTo("2026-03-12");
		assertThat(provided.text("retrievedAt")).isNull();

		// KI staff and finance reading the notice deliver nothing.
		expect(200, as(REVIEWER).get(path(id, "documents/rejection-notice")));
		expect(200, as(FINANCE).get(path(id, "documents/rejection-notice")));
		assertThat(rejectionNotice(REVIEWER, id).text("retrievedAt")).isNull();

		this.time.advance(Duration.ofHours(2));
		expect(200, as(CARRIER_A).get(path(id, "documents/rejection-notice")));
		this.time.advance(Duration.ofDays(1));
		expect(200, as(CARRIER_A).get(path(id, "documents/rejection-notice")));

		Api.Response delivered = rejectionNotice(CARRIER_A, id);
		assertThat(delivered.text("state")).isEqualTo("DELIVERED");
		assertThat(delivered.text("retrievedAt")).startsWith("2026-03-02T10:00");
		assertThat(delivered.text("retrievedBy")).isEqualTo(CARRIER_A);
		assertThat(delivered.text("deliveredOn")).isEqualTo("2026-03-03");
		// 03.04.2026 is Good Friday, 06.04.2026 Easter Monday.
		assertThat(delivered.text("lawsuitDeadline")).isEqualTo("2026-04-07");
		assertThat(delivered.text("finalOn")).isEqualTo("2026-04-08");

		this.time.advance(Duration.ofDays(40));
		assertThat(rejectionNotice(REVIEWER, id).text("state")).isEqualTo("FINAL");
		assertThat(history(id)).contains("NOTICE_RETRIEVED").doesNotContain("LAWSUIT_MARKED");
	}

	@Test
	void kiStaffMarkALawsuitAndTakeTheMarkBackAndNobodyElseMay() {
		long id = rejected();
		expect(200, as(CARRIER_A).get(path(id, "documents/rejection-notice")));
		String lawsuit = path(id, "notices/rejection-notice/lawsuit");

		expect(403, as(CARRIER_A).post(lawsuit, Map.of("filedOn", "2026-03-02")));
		expect(403, as(FINANCE).post(lawsuit, Map.of("filedOn", "2026-03-02")));
		expect(404, as(CARRIER_B).get(path(id, "notices")));
		Api.Response future = expect(400, as(REVIEWER).post(lawsuit, Map.of("filedOn", "2026-03-03")));
		assertThat(future.fieldErrors("filedOn")).isNotEmpty();
		expect(400, as(REVIEWER).post(lawsuit, Map.of()));
		assertThat(rejectionNotice(REVIEWER, id).text("lawsuitFiledOn")).isNull();

		Api.Response marked = expect(200, as(REVIEWER).post(lawsuit, Map.of("filedOn", "2026-03-02")));
		assertThat(marked.text("state")).isEqualTo("CHALLENGED");
		assertThat(marked.text("lawsuitFiledOn")).isEqualTo("2026-03-02");
		this.time.advance(Duration.ofDays(60));
		assertThat(rejectionNotice(CARRIER_A, id).text("state")).isEqualTo("CHALLENGED");

		expect(403, as(CARRIER_A).delete(lawsuit));
		Api.Response cleared = expect(200, as(APPROVER).delete(lawsuit));
		assertThat(cleared.text("state")).isEqualTo("FINAL");
		assertThat(history(id)).contains("LAWSUIT_MARKED", "LAWSUIT_CLEARED");
		expect(404, as(REVIEWER).post(path(id, "notices/approval-notice/lawsuit"), Map.of("filedOn", "2026-03-02")));
		expect(404, as(REVIEWER).post(path(id, "notices/nonsense/lawsuit"), Map.of("filedOn", "2026-03-02")));
	}

	@Test
	void aNoticeNotOpenedWithinTenDaysIsNotDeliveredUntilItIsMadeAvailableAgainAndOpened() {
		long id = rejected();
		String provision = path(id, "notices/rejection-notice/provision");
		expect(409, as(REVIEWER).post(provision));

		this.time.advance(Duration.ofDays(11));
		assertThat(rejectionNotice(REVIEWER, id).text("state")).isEqualTo("NOT_DELIVERED");
		expect(200, as(CARRIER_A).get(path(id, "documents/rejection-notice")));
		Api.Response late = rejectionNotice(REVIEWER, id);
		assertThat(late.text("state")).isEqualTo("NOT_DELIVERED");
		assertThat(late.text("deliveredOn")).isNull();

		expect(403, as(CARRIER_A).post(provision));
		Api.Response again = expect(200, as(REVIEWER).post(provision));
		assertThat(again.text("state")).isEqualTo("PROVIDED");
		assertThat(again.text("retrievalEndsOn")).isEqualTo("2026-03-23");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_outbox where application_id = ? and kind = 'NOTICE_PROVIDED_AGAIN'",
				Integer.class, id))
			.isPositive();

		expect(200, as(CARRIER_A).get(path(id, "documents/rejection-notice")));
		assertThat(rejectionNotice(REVIEWER, id).text("deliveredOn")).isEqualTo("2026-03-14");
		assertThat(history(id)).contains("NOTICE_PROVIDED_AGAIN");
	}

	private Api.Response rejectionNotice(String who, long id) {
		Api.Response notices = expect(200, as(who).get(path(id, "notices")));
		for (var notice : notices.json()) {
			if ("rejection-notice".equals(notice.path("kind").asText())) {
				return new Api.Response(200, "application/json", notice, new byte[0], notices.headers());
			}
		}
		throw new AssertionError("No rejection notice in " + notices);
	}

	private String history(long id) {
		return expect(200, as(REVIEWER).get("/api/v1/applications/" + id)).json().path("history").toString();
	}

}
