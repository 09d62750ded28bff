package de.foerderfluss.programme.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.foerderfluss.programme.BudgetAccount;
import de.foerderfluss.programme.BudgetLedger;
import de.foerderfluss.programme.ProgrammeAdministration;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import de.foerderfluss.testing.LockWaits;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static de.foerderfluss.testing.TestFixtures.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators change the allocation of a funding year and of its modules: a module
 * never gets less than is booked on it, however many reservations arrive at the same
 * time, and the modules together never more than the year.
 */
class AllocationAdminPagesTest extends PageTest {

	private static final String FORM = "main form.card";

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	BudgetLedger ledger;

	@Autowired
	TransactionTemplate transactions;

	private String programme;

	private Long year;

	private Long moduleB;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("A", 20_000, "B", 60_000));
		this.year = this.jdbc.queryForObject(
				"select y.id from funding_year y join programme p on p.id = y.programme_id where p.code = ?",
				Long.class, this.programme);
		this.moduleB = this.jdbc.queryForObject(
				"select id from funding_module where funding_year_id = ? and code = 'B'", Long.class, this.year);
	}

	@Test
	void anAdministratorRaisesTheYearAndThenAModule() {
		PageSession admin = signIn(ADMIN);
		PageSession.Page yearForm = admin.get("/verwaltung/programme/jahre/" + this.year);
		assertThat(yearForm.text("h1")).isEqualTo("Zuweisung 2026");
		assertThat(yearForm.html().selectFirst("#allocation").val()).isEqualTo("80.000,00");
		assertThat(yearForm.text("#allocation-hint"))
			.isEqualTo("Mindestens 80.000,00 €: so viel ist an die Bausteine verteilt.");

		PageSession.Page afterYear = admin.submit(yearForm, FORM, Map.of("allocation", "95.000,00"));
		assertThat(afterYear.path()).isEqualTo("/verwaltung/programme");
		assertThat(afterYear.text("[role=status]")).isEqualTo("Die Zuweisung für 2026 beträgt jetzt 95.000,00 €.");
		assertThat(allocation("funding_year", this.year)).isEqualByComparingTo("95000.00");

		PageSession.Page moduleForm = admin.get("/verwaltung/programme/bausteine/" + this.moduleB);
		assertThat(moduleForm.text("h1")).isEqualTo("Mittel für Baustein B, 2026");
		assertThat(moduleForm.text("#allocation-hint")).contains("Mindestens 0,00 €", "höchstens 75.000,00 €");
		PageSession.Page list = admin.submit(moduleForm, FORM, Map.of("allocation", "75.000"));

		assertThat(list.text("[role=status]"))
			.isEqualTo("Die Mittel von " + this.programme + " 2026 Baustein B betragen jetzt 75.000,00 €.");
		assertThat(allocation("funding_module", this.moduleB)).isEqualByComparingTo("75000.00");
		assertThat(list.text("tr#module-" + this.moduleB)).contains("75.000,00 €", "0,00 €");
		assertThat(list.text("#year-" + this.year)).contains("Nicht verteilt 0,00 €");
		assertThat(moduleFigure(this.programme, "B", "allocated")).isEqualByComparingTo("75000.00");

		PageSession.Page history = admin.get("/verwaltung/programme/bausteine/" + this.moduleB);
		assertThat(history.texts("#allocation-history ~ .table-wrap tbody tr")).singleElement()
			.asString()
			.contains("02.03.2026", ADMIN, "Baustein B", "60.000,00 €", "75.000,00 €");
	}

	@Test
	void aModuleNeverGetsLessThanIsBookedOnIt() {
		inApproval(this.programme, "B", "5000.00");
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/programme/bausteine/" + this.moduleB);
		assertThat(form.text(".money-figures")).contains("Reserviert 5.000,00 €", "Gebunden 5.000,00 €");
		assertThat(form.text("#allocation-hint")).startsWith("Mindestens 5.000,00 €");

		PageSession.Page refused = admin.submit(form, FORM, Map.of("allocation", "4.999,99"));

		assertThat(refused.fieldError("allocation")).isEqualTo(
				"Auf diesem Baustein sind bereits 5.000,00 € gebunden (reserviert, bewilligt oder ausgezahlt). Weniger können Sie ihm nicht geben.");
		assertThat(refused.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#allocation");
		assertThat(refused.html().selectFirst("#allocation").val()).isEqualTo("4.999,99");
		assertThat(allocation("funding_module", this.moduleB)).isEqualByComparingTo("60000.00");

		admin.submit(refused, FORM, Map.of("allocation", "5.000,00"));
		assertThat(allocation("funding_module", this.moduleB)).isEqualByComparingTo("5000.00");
		assertThat(moduleFigure(this.programme, "B", "available")).isEqualByComparingTo("0.00");
	}

	@Test
	void theModulesTogetherNeverGetMoreThanTheYear() {
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/programme/bausteine/" + this.moduleB);

		PageSession.Page refused = admin.submit(form, FORM, Map.of("allocation", "60.000,01"));

		assertThat(refused.fieldError("allocation")).isEqualTo(
				"Höchstens 60.000,00 € sind möglich: Die Bausteine erhalten zusammen nicht mehr als die Zuweisung des Förderjahres von 80.000,00 €. Erhöhen Sie zuerst die Zuweisung.");
		assertThat(allocation("funding_module", this.moduleB)).isEqualByComparingTo("60000.00");

		PageSession.Page yearRefused = admin.submit(admin.get("/verwaltung/programme/jahre/" + this.year), FORM,
				Map.of("allocation", "79.999,99"));
		assertThat(yearRefused.fieldError("allocation")).startsWith(
				"Die Zuweisung muss mindestens 80.000,00 € betragen: so viel ist bereits an die Bausteine verteilt.");
		assertThat(allocation("funding_year", this.year)).isEqualByComparingTo("80000.00");

		assertThat(admin.submit(form, FORM, Map.of("allocation", "-5")).fieldError("allocation"))
			.isEqualTo("Der Wert darf nicht negativ sein.");
		assertThat(admin.submit(form, FORM, Map.of("allocation", "1.000,001")).fieldError("allocation"))
			.startsWith("Bitte geben Sie einen Betrag wie 1.234,56 an");
	}

	@Test
	void aReservationUnderWayHoldsTheChangeBackUntilItIsBookedAndThenCounts() throws Exception {
		long application = submit(this.programme, "B", "1000.00");
		Long town = this.jdbc.queryForObject("select id from municipality where name = ?", Long.class,
				TestFixtures.TOWN);
		CountDownLatch reserved = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> reservation = threads.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.ledger.reserve(new BudgetAccount(this.moduleB, application, town), Money.euros(50_000));
				reserved.countDown();
				await(commit);
			}));
			assertThat(reserved.await(10, TimeUnit.SECONDS)).isTrue();

			Future<Object> change = threads.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ADMIN, null,
							List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
				try {
					return this.administration.changeModuleAllocation(this.moduleB, Money.euros(20_000));
				}
				catch (InvalidInputException ex) {
					return ex;
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			});
			LockWaits.in(this.jdbc).awaitWaitingTransaction();
			assertThat(change.isDone()).as("waits for the budget line's lock").isFalse();

			commit.countDown();
			reservation.get(10, TimeUnit.SECONDS);
			Object outcome = change.get(10, TimeUnit.SECONDS);

			assertThat(outcome).isInstanceOfSatisfying(InvalidInputException.class, (refusal) -> {
				assertThat(refusal.messageCode()).isEqualTo("admin.error.module.below-booked");
				assertThat((BigDecimal) refusal.arguments()[0]).isEqualByComparingTo("50000.00");
			});
			assertThat(allocation("funding_module", this.moduleB)).isEqualByComparingTo("60000.00");
			assertThat(moduleFigure(this.programme, "B", "reserved")).isEqualByComparingTo("50000.00");
		}
		finally {
			commit.countDown();
			threads.shutdownNow();
		}
	}

	private BigDecimal allocation(String table, Long id) {
		return this.jdbc.queryForObject("select allocation from " + table + " where id = ?", BigDecimal.class, id);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
