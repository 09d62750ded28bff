package de.foerderfluss.security.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.foerderfluss.carrier.CarrierDetails;
import de.foerderfluss.carrier.CarrierRegistry;
import de.foerderfluss.carrier.LegalForm;
import de.foerderfluss.programme.ProgrammeAdministration;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserAdministration;
import de.foerderfluss.security.UserDirectory.NewUser;
import de.foerderfluss.shared.Money;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static de.foerderfluss.testing.TestFixtures.ADMIN;
import static de.foerderfluss.testing.TestFixtures.APPROVER;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.FINANCE;
import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static de.foerderfluss.testing.TestFixtures.REVIEWER_APPROVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The administration is for administrators only; they reach the Camunda webapps with the
 * sign-in of Förderfluss, nobody else does.
 */
class AdminAccessTest extends PageTest {

	@Autowired
	UserAdministration users;

	@Autowired
	CarrierRegistry carriers;

	@Autowired
	ProgrammeAdministration programmes;

	@Test
	void theStartPageLeadsToEveryPartOfTheAdministration() {
		PageSession.Page start = signIn(ADMIN).get("/verwaltung");

		assertThat(start.status()).isEqualTo(200);
		assertThat(start.text("h1")).isEqualTo("Verwaltung");
		assertThat(start.html().select("ul.admin-links a").eachAttr("href")).containsExactly("/verwaltung/benutzer",
				"/verwaltung/traeger", "/verwaltung/programme", "/mittel", "/verwaltung/basiszinssaetze",
				"/verwaltung/postausgang", "/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/",
				"/camunda/app/admin/default/");
		assertThat(start.texts("ul.admin-links li"))
			.allSatisfy((item) -> assertThat(item.split(" ").length).as("a link with a one-line explanation: %s", item)
				.isGreaterThan(4));
		assertThat(start.text("a[href=/verwaltung/benutzer] + p")).contains("Rollen");
		assertThat(start.html().select("nav.main a[aria-current=page]").text()).isEqualTo("Verwaltung");
		assertThat(start.text("header .who")).isEqualTo("Angemeldet: Ada Admin");
	}

	@Test
	void theStartPageSpeaksEnglish() {
		PageSession.Page start = signIn(ADMIN).inEnglish().get("/verwaltung?lang=en");
		assertThat(start.text("h1")).isEqualTo("Administration");
		assertThat(start.text("a[href=/verwaltung/benutzer]")).isEqualTo("Users and roles");
	}

	@Test
	void everyAdministrationPageRefusesOtherRoles() {
		Long someone = this.jdbc.queryForObject("select id from user_account where username = ?", Long.class, REVIEWER);
		Long carrier = this.jdbc.queryForObject("select min(id) from carrier", Long.class);
		String programme = this.fixtures.programme(Map.of("B", 10_000));
		Long programmeId = this.jdbc.queryForObject("select id from programme where code = ?", Long.class, programme);
		Long year = this.jdbc.queryForObject("select id from funding_year where programme_id = ?", Long.class,
				programmeId);
		Long module = this.jdbc.queryForObject("select id from funding_module where funding_year_id = ?", Long.class,
				year);
		List<String> pages = List.of("/verwaltung", "/verwaltung/postausgang", "/verwaltung/benutzer",
				"/verwaltung/benutzer?role=ADMIN", "/verwaltung/benutzer/neu", "/verwaltung/benutzer/" + someone,
				"/verwaltung/benutzer/" + someone + "/passwort", "/verwaltung/traeger", "/verwaltung/traeger/neu",
				"/verwaltung/traeger/" + carrier, "/verwaltung/programme", "/verwaltung/programme/neu",
				"/verwaltung/programme/" + programmeId + "/jahre/neu", "/verwaltung/programme/jahre/" + year,
				"/verwaltung/programme/bausteine/" + module);

		PageSession admin = signIn(ADMIN);
		assertThat(pages).allSatisfy((path) -> assertThat(admin.get(path).status()).as(path).isEqualTo(200));
		for (String username : List.of(CARRIER_A, REVIEWER, APPROVER, FINANCE, REVIEWER_APPROVER)) {
			PageSession other = signIn(username);
			assertThat(pages).allSatisfy((path) -> {
				PageSession.Page refused = other.get(path);
				assertThat(refused.status()).as("%s on %s", username, path).isEqualTo(403);
				assertThat(refused.text("h1")).isEqualTo("Keine Berechtigung");
			});
		}
		assertThat(PageSession.anonymous(this.port).get("/verwaltung/benutzer").path()).isEqualTo("/login");
	}

	@Test
	void theAdministrationServicesRefuseOtherRolesToo() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(REVIEWER, null,
					List.of(new SimpleGrantedAuthority("ROLE_REVIEWER"), new SimpleGrantedAuthority("ROLE_APPROVER"))));
		try {
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.users
				.register(new NewUser("eindringling", "geheim-123456", "Eva", null, null, Set.of(Role.ADMIN))));
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.users.changePassword(1L, "x"));
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.carriers.change(1L,
					new CarrierDetails("X", LegalForm.FOUNDATION, "A 1", "59494", "Soest", null, null, null),
					"DE62414500750001234567", "X"));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.programmes.changeModuleAllocation(1L, Money.euros(1)));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.programmes.openForApplications(1L, false));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from user_account where username = 'eindringling'",
				Integer.class))
			.isZero();
	}

	@Test
	void anAdministratorSignedInHereReachesCockpitAndCamundasApiAsThemselves() {
		PageSession admin = signIn(ADMIN);

		PageSession.Page cockpit = admin.get("/camunda/app/cockpit/default/");
		assertThat(cockpit.status()).isEqualTo(200);
		assertThat(cockpit.path()).isEqualTo("/camunda/app/cockpit/default/");
		assertThat(cockpit.html().title()).contains("Cockpit");

		Api.Response user = admin.download("/camunda/api/admin/auth/user/default");
		assertThat(user.status()).isEqualTo(200);
		String json = new String(user.bytes(), StandardCharsets.UTF_8);
		assertThat(json).contains("\"userId\":\"" + ADMIN + "\"").contains("cockpit", "admin");

		assertThat(admin.get("/camunda/app/tasklist/default/").status()).isEqualTo(403);
		assertThat(admin.get("/camunda/app/admin/default/").status()).isEqualTo(200);
	}

	@Test
	void otherRolesCannotReachCamunda() {
		for (String username : List.of(REVIEWER, CARRIER_A, FINANCE)) {
			PageSession other = signIn(username);
			assertThat(other.get("/camunda/app/cockpit/default/").status()).as(username).isEqualTo(403);
			assertThat(other.download("/camunda/api/admin/auth/user/default").status()).as(username).isEqualTo(403);
		}
		assertThat(PageSession.anonymous(this.port).get("/camunda/app/cockpit/default/").path()).isEqualTo("/login");
	}

}
