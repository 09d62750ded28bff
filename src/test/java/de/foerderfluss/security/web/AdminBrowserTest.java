package de.foerderfluss.security.web;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import de.foerderfluss.testing.Browser;
import de.foerderfluss.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.testing.TestFixtures.ADMIN;
import static de.foerderfluss.testing.TestFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator in a real browser: registers a carrier and an account for it, the new
 * person signs in, and a module gets more money.
 */
class AdminBrowserTest extends BrowserTest {

	@Test
	void fromANewCarrierToItsFirstSignIn() {
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF), 36);
		String name = "Willkommensnetz Ense " + suffix + " e.V.";
		String username = "ense-" + suffix;

		Browser admin = german(ADMIN);
		admin.visit("/verwaltung");
		assertThat(admin.heading()).isEqualTo("Verwaltung");
		shot(admin, "admin-start");

		admin.follow("Träger");
		assertThat(admin.heading()).isEqualTo("Träger");
		admin.follow("Träger anlegen");
		admin.fill("Name", name)
			.select("Rechtsform", "eingetragener Verein (e. V.)")
			.fill("Straße und Hausnummer", "Bremer Straße 7")
			.fill("Postleitzahl", "59469")
			.fill("Ort", "Ense")
			.fill("IBAN", "DE97 4145 0075 0003 4567 88")
			.fill("Kontoinhaber", name)
			.fill("Name der Ansprechperson", "Jonas Weber")
			.fill("E-Mail der Ansprechperson", "kontakt@willkommensnetz-ense.example")
			.fill("Telefon", "02938 1234");
		admin.press("Träger anlegen");
		assertThat(admin.text("#iban-error")).startsWith("Die Prüfziffer passt nicht zur IBAN.");
		assertThat(admin.focused().getAttribute("id")).isEqualTo("error-summary");
		shot(admin, "admin-carrier-refused");
		admin.fill("IBAN", "DE97 4145 0075 0003 4567 89").press("Träger anlegen");
		assertThat(admin.path()).isEqualTo("/verwaltung/traeger");
		assertThat(admin.text("[role=status]")).contains(name);
		assertThat(admin.text()).contains("DE97 4145 0075 0003 4567 89", "59469 Ense", "Jonas Weber");
		shot(admin, "admin-carriers");

		admin.follow(name);
		assertThat(admin.heading()).isEqualTo(name);
		shot(admin, "admin-carrier");
		admin.follow("Zugang anlegen");
		assertThat(admin.heading()).isEqualTo("Zugang anlegen");
		assertThat(admin.has("#role-CARRIER:checked")).isTrue();
		admin.fill("Benutzername", username)
			.fill("Name", "Jonas Weber")
			.fill("E-Mail", "j.weber@willkommensnetz-ense.example")
			.fill("Erstes Passwort", PASSWORD)
			.fill("Passwort wiederholen", PASSWORD);
		shot(admin, "admin-user-new");
		admin.press("Zugang anlegen");
		assertThat(admin.path()).isEqualTo("/verwaltung/benutzer");
		assertThat(admin.text("[role=status]")).contains(username);
		assertThat(admin.text()).contains(username, "Jonas Weber", name);
		shot(admin, "admin-users");

		Browser newcomer = german(username);
		assertThat(newcomer.path()).isEqualTo("/antraege");
		assertThat(newcomer.heading()).isEqualTo("Meine Anträge");
		assertThat(newcomer.text()).contains("Sie haben noch keinen Antrag gestellt", "Neuen Antrag stellen");
		assertThat(newcomer.texts("nav.main a")).contains("Meine Anträge").doesNotContain("Verwaltung");
		shot(newcomer, "admin-new-carrier-user-first-sign-in");

		admin.follow(username);
		assertThat(admin.heading()).isEqualTo("Zugang " + username);
		shot(admin, "admin-user-edit");
		admin.follow("Neues Passwort setzen");
		shot(admin, "admin-password");

		Browser phone = narrow(german(ADMIN));
		phone.visit("/verwaltung/benutzer?carrier="
				+ this.jdbc.queryForObject("select id from carrier where name = ?", Long.class, name));
		assertThat(phone.texts("table.users tbody tr")).hasSize(1);
		shot(phone, "admin-users-narrow");
		phone.visit("/verwaltung/traeger");
		shot(phone, "admin-carriers-narrow");
		phone.visit("/verwaltung");
		shot(phone, "admin-start-narrow");
	}

	@Test
	void anAdministratorGivesAModuleMoreMoney() {
		String programme = this.fixtures.programme(Map.of("A", 20_000, "B", 60_000));
		inApproval(programme, "B", "4500.00");
		Long year = this.jdbc.queryForObject(
				"select y.id from funding_year y join programme p on p.id = y.programme_id where p.code = ?",
				Long.class, programme);
		Long module = this.jdbc.queryForObject("select id from funding_module where funding_year_id = ? and code = 'B'",
				Long.class, year);

		Browser admin = german(ADMIN);
		admin.visit("/verwaltung/programme/bausteine/" + module);
		admin.fill("Mittel in Euro", "70.000,00").press("Mittel festlegen");
		assertThat(admin.text("#allocation-error")).startsWith("Höchstens 60.000,00 € sind möglich");
		shot(admin, "admin-module-refused");

		admin.visit("/verwaltung/programme/jahre/" + year);
		assertThat(admin.heading()).isEqualTo("Zuweisung 2026");
		admin.fill("Zuweisung in Euro", "90.000,00");
		shot(admin, "admin-year");
		admin.press("Mittel festlegen");
		assertThat(admin.text("[role=status]")).isEqualTo("Die Zuweisung für 2026 beträgt jetzt 90.000,00 €.");

		admin.visit("/verwaltung/programme/bausteine/" + module);
		assertThat(admin.text(".money-figures")).contains("Reserviert\n4.500,00 €");
		admin.fill("Mittel in Euro", "70.000,00");
		shot(admin, "admin-module");
		admin.press("Mittel festlegen");
		assertThat(admin.path()).isEqualTo("/verwaltung/programme#module-" + module);
		assertThat(admin.text("#module-" + module)).contains("70.000,00 €", "4.500,00 €", "65.500,00 €");
		assertThat(admin.text("#year-" + year)).contains("Nicht verteilt\n0,00 €");
		shot(admin, "admin-programmes");

		Browser phone = narrow(german(ADMIN));
		phone.visit("/verwaltung/programme#year-" + year);
		shot(phone, "admin-programmes-narrow");
	}

	@Test
	void anAdministratorSetsUpAProgrammeWithItsFirstYear() {
		String code = "N" + Integer.toString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF), 36).toUpperCase();
		Browser admin = german(ADMIN);
		admin.visit("/verwaltung/programme");
		admin.follow("Programm anlegen");
		admin.fill("Kürzel", code)
			.fill("Name", "Integration im Quartier " + code)
			.fill("Beschreibung", "Kleine Maßnahmen der Nachbarschaftshilfe.");
		shot(admin, "admin-programme-new");
		admin.press("Programm anlegen");
		assertThat(admin.heading()).isEqualTo("Förderjahr anlegen");

		admin.fill("Zuweisung in Euro", "50.000,00")
			.fill("Bezeichnung von Baustein A", "Treffpunkte")
			.fill("Mittel für Baustein A in Euro", "20.000,00")
			.fill("Bezeichnung von Baustein B", "Begleitung")
			.fill("Beschreibung von Baustein B", "Orientierung und Begleitung im Alltag")
			.fill("Mittel für Baustein B in Euro", "25.000");
		assertThat(admin.text("output[data-sum-of]")).isEqualTo("45.000,00 €");
		shot(admin, "admin-year-new");
		admin.press("Förderjahr anlegen");
		assertThat(admin.path()).startsWith("/verwaltung/programme#year-");
		assertThat(admin.text("[role=status]")).contains("Das Förderjahr 2026 von „Integration im Quartier " + code);
		assertThat(admin.text()).contains("Nicht verteilt\n5.000,00 €");
		shot(admin, "admin-programmes-new-year");
	}

}
