package de.foerderfluss.security.web;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserAccount;
import de.foerderfluss.security.UserAccounts;
import de.foerderfluss.testing.Api;
import de.foerderfluss.testing.PageSession;
import de.foerderfluss.testing.PageTest;
import de.foerderfluss.testing.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static de.foerderfluss.testing.TestFixtures.ADMIN;
import static de.foerderfluss.testing.TestFixtures.CARRIER_A;
import static de.foerderfluss.testing.TestFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators create accounts, change their roles, carrier and access, and set
 * passwords: every refusal at its field, nothing stored when refused.
 */
class UserPagesTest extends PageTest {

	private static final String FORM = "main form.card";

	@Autowired
	UserAccounts accounts;

	@Test
	void anAdministratorCreatesACarrierUserWhoThenSignsIn() {
		String username = unique("traeger");
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/benutzer/neu");
		assertThat(form.text("h1")).isEqualTo("Zugang anlegen");
		assertThat(form.texts("#roles label")).hasSize(5).first().asString().startsWith("Träger");

		PageSession.Page list = admin.submit(form, FORM,
				newUser(username, "CARRIER", carrierA().toString(), PASSWORD, PASSWORD));

		assertThat(list.path()).isEqualTo("/verwaltung/benutzer");
		assertThat(list.text("[role=status]")).startsWith("Der Zugang „" + username + "“ ist angelegt.");
		UserAccount stored = account(username);
		assertThat(stored.getDisplayName()).isEqualTo("Nora Neu");
		assertThat(stored.getEmail()).isEqualTo("nora@example.org");
		assertThat(stored.getRoles()).containsExactly(Role.CARRIER);
		assertThat(stored.getCarrierId()).isEqualTo(carrierA());
		assertThat(stored.isEnabled()).isTrue();
		assertThat(this.jdbc.queryForObject("select password_hash from user_account where username = ?", String.class,
				username))
			.startsWith("$2")
			.doesNotContain(PASSWORD);
		assertThat(list.text("tr#user-" + stored.getId())).contains(username, "Nora Neu", "nora@example.org", "Träger",
				"Testverein A e.V.", "aktiv");
		assertThat(list.text()).doesNotContain(PASSWORD);

		PageSession nora = signIn(username);
		assertThat(nora.get("/").path()).isEqualTo("/antraege");
		// She works for carrier A and sees exactly its applications, whatever other tests
		// left there.
		assertThat(expect(200, Api.as(this.port, username).get("/api/v1/applications")).json())
			.isEqualTo(expect(200, as(CARRIER_A).get("/api/v1/applications")).json());
	}

	@Test
	void theCarrierIsRequiredExactlyForCarrierUsers() {
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/benutzer/neu");
		String username = unique("regel");

		PageSession.Page noCarrier = admin.submit(form, FORM, newUser(username, "CARRIER", "", PASSWORD, PASSWORD));
		assertThat(noCarrier.fieldError("carrierId"))
			.isEqualTo("Bitte wählen Sie den Träger, für den die Person Anträge stellt.");
		assertThat(noCarrier.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#carrierId");
		assertThat(noCarrier.html().selectFirst("#role-CARRIER").hasAttr("checked")).isTrue();
		assertThat(noCarrier.html().selectFirst("#username").val()).isEqualTo(username);
		assertThat(noCarrier.html().selectFirst("#password").val()).as("never shown again").isEmpty();
		assertThat(noCarrier.html().selectFirst("#passwordRepeat").val()).isEmpty();

		PageSession.Page carrierForReviewer = admin.submit(form, FORM,
				newUser(username, "REVIEWER", carrierA().toString(), PASSWORD, PASSWORD));
		assertThat(carrierForReviewer.fieldError("carrierId"))
			.startsWith("Nur Träger-Zugänge gehören zu einem Träger.");

		form.html().selectFirst("#role-REVIEWER").attr("checked", "checked");
		form.html().selectFirst("#role-CARRIER").attr("checked", "checked");
		PageSession.Page carrierAndReviewer = admin.submit(form, FORM,
				newUser(username, null, carrierA().toString(), PASSWORD, PASSWORD));
		assertThat(carrierAndReviewer.fieldError("roles"))
			.startsWith("Ein Träger-Zugang kann keine weitere Rolle haben");
		assertThat(carrierAndReviewer.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#roles");
		form.html().selectFirst("#role-REVIEWER").removeAttr("checked");
		form.html().selectFirst("#role-CARRIER").removeAttr("checked");

		PageSession.Page noRole = admin.submit(form, FORM, newUser(username, null, "", PASSWORD, PASSWORD));
		assertThat(noRole.fieldError("roles")).isEqualTo("Bitte wählen Sie mindestens eine Rolle.");

		assertThat(this.accounts.findByUsername(username)).isEmpty();
	}

	@Test
	void passwordUserNameAndAddressAreChecked() {
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/benutzer/neu");
		String username = unique("pruefung");

		assertThat(admin.submit(form, FORM, newUser(username, "REVIEWER", "", "kurz-123", "kurz-123"))
			.fieldError("password")).isEqualTo("Das Passwort muss mindestens 10 Zeichen lang sein.");
		assertThat(admin.submit(form, FORM, newUser(username, "REVIEWER", "", "1234567890", "1234567890"))
			.fieldError("password")).startsWith("Dieses Passwort ist zu leicht zu erraten");
		assertThat(admin.submit(form, FORM, newUser(username, "REVIEWER", "", "passwort123", "passwort123"))
			.fieldError("password")).startsWith("Dieses Passwort ist zu leicht zu erraten");
		assertThat(admin.submit(form, FORM, newUser(username, "REVIEWER", "", username + "!2026", username + "!2026"))
			.fieldError("password")).isEqualTo("Das Passwort darf den Benutzernamen nicht enthalten.");
		String admin12 = "adm" + username.replaceAll("[^a-z0-9]", "");
		assertThat(admin.submit(form, FORM, newUser(admin12, "ADMIN", "", "Mond-Gabel7", "Mond-Gabel7"))
			.fieldError("password")).isEqualTo("Das Passwort muss mindestens 12 Zeichen lang sein.");
		assertThat(admin.submit(form, FORM, newUser(username, "REVIEWER", "", PASSWORD, PASSWORD + "!"))
			.fieldError("passwordRepeat")).isEqualTo("Die beiden Passwörter stimmen nicht überein.");
		assertThat(admin.submit(form, FORM, newUser(TestFixtures.REVIEWER, "REVIEWER", "", PASSWORD, PASSWORD))
			.fieldError("username")).isEqualTo("Der Benutzername „reviewer“ ist bereits vergeben.");
		assertThat(admin.submit(form, FORM, newUser("Nora Neu", "REVIEWER", "", PASSWORD, PASSWORD))
			.fieldError("username")).startsWith("Der Benutzername darf nur Kleinbuchstaben, Ziffern");
		assertThat(admin.submit(form, FORM, newUser("it-" + username, "ADMIN", "", PASSWORD, PASSWORD))
			.fieldError("roles")).startsWith("Die Rolle Administration erfordert einen Benutzernamen nur aus");

		Map<String, String> badAddress = new HashMap<>(newUser(username, "REVIEWER", "", PASSWORD, PASSWORD));
		badAddress.put("email", "nora(at)example.org");
		badAddress.put("displayName", " ");
		PageSession.Page refused = admin.submit(form, FORM, badAddress);
		assertThat(refused.fieldError("displayName")).isEqualTo("Bitte ausfüllen.");
		assertThat(refused.html().select(".error-summary li")).hasSize(1);
		badAddress.put("displayName", "Nora Neu");
		assertThat(admin.submit(form, FORM, badAddress).fieldError("email"))
			.isEqualTo("„nora(at)example.org“ ist keine gültige E-Mail-Adresse.");

		assertThat(this.accounts.findByUsername(username)).isEmpty();
		assertThat(this.accounts.findByUsername("it-" + username)).isEmpty();
		assertThat(this.accounts.findByUsername(admin12)).isEmpty();
	}

	@Test
	void anAdministratorChangesNameAddressAndRoles() {
		UserAccount account = created(unique("kasse"), "FINANCE", null);
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/benutzer/" + account.getId());
		assertThat(form.text("h1")).isEqualTo("Zugang " + account.getUsername());
		assertThat(form.html().selectFirst("#role-FINANCE").hasAttr("checked")).isTrue();
		assertThat(form.html().selectFirst("#enabled").hasAttr("checked")).isTrue();
		form.html().selectFirst("#role-REVIEWER").attr("checked", "checked");

		PageSession.Page list = admin.submit(form, FORM,
				Map.of("displayName", "Nora Neumann", "email", "n.neumann@example.org"));

		assertThat(list.path()).isEqualTo("/verwaltung/benutzer");
		assertThat(list.text("[role=status]")).contains("sind gespeichert");
		UserAccount stored = account(account.getUsername());
		assertThat(stored.getDisplayName()).isEqualTo("Nora Neumann");
		assertThat(stored.getEmail()).isEqualTo("n.neumann@example.org");
		assertThat(stored.getRoles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.FINANCE);
	}

	@Test
	void anAdministratorCannotDisableThemselvesNorTakeTheirOwnAdministrationRole() {
		UserAccount me = account(ADMIN);
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/benutzer/" + me.getId());
		assertThat(form.text("#roles-hint")).contains("Ihr eigener Zugang");

		form.html().selectFirst("#role-ADMIN").removeAttr("checked");
		form.html().selectFirst("#role-REVIEWER").attr("checked", "checked");
		PageSession.Page noAdmin = admin.submit(form, FORM, Map.of("displayName", "Ada Anders"));
		assertThat(noAdmin.fieldError("roles"))
			.startsWith("Sie können sich die Rolle Administration nicht selbst nehmen");
		assertThat(noAdmin.html().selectFirst("#displayName").val()).isEqualTo("Ada Anders");

		PageSession.Page unticked = admin.get("/verwaltung/benutzer/" + me.getId());
		unticked.html().selectFirst("#enabled").removeAttr("checked");
		PageSession.Page selfDisabled = admin.submit(unticked, FORM, Map.of("displayName", "Ada Anders"));
		assertThat(selfDisabled.fieldError("enabled")).isEqualTo(
				"Sie können Ihren eigenen Zugang nicht sperren; so bleibt immer jemand, der Zugänge verwalten kann.");

		UserAccount stored = account(ADMIN);
		assertThat(stored.getDisplayName()).as("nothing half-saved").isEqualTo("Ada Admin");
		assertThat(stored.getRoles()).containsExactly(Role.ADMIN);
		assertThat(stored.isEnabled()).isTrue();
	}

	@Test
	void aDisabledPersonIsSignedOutAndCannotSignInUntilEnabledAgain() {
		UserAccount account = created(unique("weg"), "REVIEWER", null);
		PageSession person = signIn(account.getUsername());
		assertThat(person.get("/verwaltung/benutzer").status()).isEqualTo(403);
		PageSession admin = signIn(ADMIN);

		PageSession.Page form = admin.get("/verwaltung/benutzer/" + account.getId());
		form.html().selectFirst("#enabled").removeAttr("checked");
		PageSession.Page list = admin.submit(form, FORM, Map.of());

		assertThat(account(account.getUsername()).isEnabled()).isFalse();
		assertThat(list.text("tr#user-" + account.getId())).contains("gesperrt");
		assertThat(person.get("/").path()).as("signed out at once").isEqualTo("/login");
		assertThat(signInFails(account.getUsername(), PASSWORD)).isTrue();
		assertThat(Api.as(this.port, account.getUsername()).get("/api/v1/tasks").status()).isEqualTo(401);

		admin.submit(admin.get("/verwaltung/benutzer/" + account.getId()), FORM, Map.of("enabled", "true"));
		assertThat(account(account.getUsername()).isEnabled()).isTrue();
		assertThat(signIn(account.getUsername()).get("/").path()).isEqualTo("/aufgaben");
	}

	@Test
	void theTasksAPersonTookOnGoBackToTheTeamWhenTheyAreDisabledOrLoseTheRole() {
		String programme = this.fixtures.programme(Map.of("B", 60_000));
		long leavingCase = submit(programme, "B", "3000.00");
		long movingCase = submit(programme, "B", "2000.00");
		long stayingCase = submit(programme, "B", "1000.00");
		UserAccount leaving = created(unique("weg"), "REVIEWER", null);
		UserAccount moving = created(unique("um"), "REVIEWER", null);
		UserAccount staying = created(unique("bleibt"), "REVIEWER", null);
		claim(leaving, leavingCase);
		claim(moving, movingCase);
		claim(staying, stayingCase);
		assertThat(openToTheTeam(leavingCase)).as("claimed, so not offered").isFalse();
		PageSession admin = signIn(ADMIN);

		PageSession.Page form = admin.get("/verwaltung/benutzer/" + leaving.getId());
		form.html().selectFirst("#enabled").removeAttr("checked");
		admin.submit(form, FORM, Map.of());
		form = admin.get("/verwaltung/benutzer/" + moving.getId());
		form.html().selectFirst("#role-REVIEWER").removeAttr("checked");
		form.html().selectFirst("#role-APPROVER").attr("checked", "checked");
		admin.submit(form, FORM, Map.of());
		form = admin.get("/verwaltung/benutzer/" + staying.getId());
		form.html().selectFirst("#role-APPROVER").attr("checked", "checked");
		admin.submit(form, FORM, Map.of());

		assertThat(openToTheTeam(leavingCase)).as("disabled: the task is the team's again").isTrue();
		assertThat(openToTheTeam(movingCase)).as("no longer a case worker").isTrue();
		assertThat(openToTheTeam(stayingCase)).as("still a case worker: keeps the task").isFalse();
		assertThat(signIn(staying.getUsername()).get("/aufgaben").text("#tasks-mine"))
			.contains(fileNumber(stayingCase));
	}

	@Test
	void anAdministratorWhoDropsTheirOwnCaseWorkerRoleGivesBackTheirTasksAndStaysSignedIn() {
		long id = submit(this.fixtures.programme(Map.of("B", 60_000)), "B", "3000.00");
		UserAccount both = created(unique("selbst").replace("-", ""), "ADMIN", null);
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/benutzer/" + both.getId());
		form.html().selectFirst("#role-REVIEWER").attr("checked", "checked");
		admin.submit(form, FORM, Map.of());
		claim(both, id);
		PageSession self = signIn(both.getUsername());

		form = self.get("/verwaltung/benutzer/" + both.getId());
		form.html().selectFirst("#role-REVIEWER").removeAttr("checked");
		self.submit(form, FORM, Map.of());

		assertThat(account(both.getUsername()).getRoles()).containsExactly(Role.ADMIN);
		assertThat(openToTheTeam(id)).isTrue();
		assertThat(self.get("/verwaltung/benutzer").status()).as("still signed in").isEqualTo(200);
	}

	@Test
	void anotherAdministratorMayBeDisabledAndLoseTheRole() {
		UserAccount other = created(unique("admin").replace("-", ""), "ADMIN", null);
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/benutzer/" + other.getId());
		form.html().selectFirst("#role-ADMIN").removeAttr("checked");
		form.html().selectFirst("#role-APPROVER").attr("checked", "checked");
		form.html().selectFirst("#enabled").removeAttr("checked");

		admin.submit(form, FORM, Map.of());

		UserAccount stored = account(other.getUsername());
		assertThat(stored.getRoles()).containsExactly(Role.APPROVER);
		assertThat(stored.isEnabled()).isFalse();
	}

	@Test
	void anAdministratorSetsANewPasswordThatReplacesTheOldOne() {
		UserAccount account = created(unique("vergessen"), "REVIEWER", null);
		PageSession person = signIn(account.getUsername());
		PageSession admin = signIn(ADMIN);
		PageSession.Page form = admin.get("/verwaltung/benutzer/" + account.getId() + "/passwort");
		assertThat(form.text("h1")).isEqualTo("Neues Passwort für " + account.getUsername());
		String hashBefore = hash(account.getUsername());

		assertThat(admin.submit(form, FORM, Map.of("password", "zu-kurz", "passwordRepeat", "zu-kurz"))
			.fieldError("password")).isEqualTo("Das Passwort muss mindestens 10 Zeichen lang sein.");
		assertThat(admin
			.submit(form, FORM, Map.of("password", "Ein neues Passwort", "passwordRepeat", "Ein neues Passwort!"))
			.fieldError("passwordRepeat")).isEqualTo("Die beiden Passwörter stimmen nicht überein.");
		assertThat(hash(account.getUsername())).as("nothing stored").isEqualTo(hashBefore);

		PageSession.Page done = admin.submit(form, FORM,
				Map.of("password", "Ein neues Passwort", "passwordRepeat", "Ein neues Passwort"));

		assertThat(done.path()).isEqualTo("/verwaltung/benutzer/" + account.getId());
		assertThat(done.text("[role=status]"))
			.isEqualTo("Das neue Passwort für „" + account.getUsername() + "“ ist gesetzt.");
		assertThat(done.text()).doesNotContain("Ein neues Passwort");
		assertThat(person.get("/").path()).as("signed out").isEqualTo("/login");
		assertThat(signInFails(account.getUsername(), PASSWORD)).isTrue();
		assertThat(Api.as(this.port, account.getUsername(), "Ein neues Passwort").get("/api/v1/tasks").status())
			.isEqualTo(200);
	}

	@Test
	void theListFiltersByRoleAndByCarrier() {
		PageSession admin = signIn(ADMIN);

		PageSession.Page approvers = admin.submit(admin.get("/verwaltung/benutzer"), "form.filters",
				Map.of("role", "APPROVER"));
		assertThat(approvers.path()).startsWith("/verwaltung/benutzer?");
		assertThat(approvers.texts("tbody th"))
			.contains(TestFixtures.APPROVER, TestFixtures.APPROVER_2, TestFixtures.REVIEWER_APPROVER)
			.doesNotContain(TestFixtures.REVIEWER, ADMIN);
		assertThat(approvers.text("caption")).endsWith("für diese Auswahl");

		PageSession.Page ofCarrier = admin.get("/verwaltung/benutzer?carrier=" + carrierA());
		assertThat(ofCarrier.texts("tbody th")).contains(TestFixtures.CARRIER_A).doesNotContain(TestFixtures.CARRIER_B);
		assertThat(ofCarrier.html().selectFirst("#carrier option[selected]").text()).isEqualTo("Testverein A e.V.");

		assertThat(admin.get("/verwaltung/benutzer?role=NOBODY").texts("tbody th")).contains(ADMIN);
	}

	@Test
	void thePagesSpeakEnglish() {
		PageSession admin = signIn(ADMIN).inEnglish();
		PageSession.Page form = admin.get("/verwaltung/benutzer/neu?lang=en");
		assertThat(form.text("h1")).isEqualTo("Create account");
		assertThat(form.text("label[for=carrierId]")).isEqualTo("Carrier");
		PageSession.Page refused = admin.submit(form, FORM,
				newUser(unique("english"), "CARRIER", "", PASSWORD, PASSWORD));
		assertThat(refused.fieldError("carrierId"))
			.isEqualTo("Please choose the carrier the person submits applications for.");
	}

	private Map<String, String> newUser(String username, String role, String carrierId, String password,
			String repeat) {
		Map<String, String> values = new HashMap<>();
		values.put("username", username);
		values.put("displayName", "Nora Neu");
		values.put("email", "nora@example.org");
		if (role != null) {
			values.put("roles", role);
		}
		values.put("carrierId", carrierId);
		values.put("password", password);
		values.put("passwordRepeat", repeat);
		return values;
	}

	private UserAccount created(String username, String role, Long carrierId) {
		PageSession admin = signIn(ADMIN);
		admin.submit(admin.get("/verwaltung/benutzer/neu"), FORM,
				newUser(username, role, (carrierId != null) ? carrierId.toString() : "", PASSWORD, PASSWORD));
		return account(username);
	}

	private boolean signInFails(String username, String password) {
		PageSession nobody = PageSession.anonymous(this.port);
		return nobody
			.submit(nobody.get("/login"), "form[action$=/login]", Map.of("username", username, "password", password))
			.path()
			.equals("/login?error");
	}

	private UserAccount account(String username) {
		return this.accounts.findByUsername(username).orElseThrow();
	}

	private String hash(String username) {
		return this.jdbc.queryForObject("select password_hash from user_account where username = ?", String.class,
				username);
	}

	private Long carrierA() {
		return account(TestFixtures.CARRIER_A).getCarrierId();
	}

	/** Takes on the completeness check of the case from the task list. */
	private void claim(UserAccount account, long applicationId) {
		PageSession person = signIn(account.getUsername());
		String taskId = taskOfTheCase(as(account.getUsername()).get("/api/v1/tasks").json(), applicationId).path("id")
			.asText();
		PageSession.Page claimed = person.submit(person.get("/aufgaben"),
				"form[action*=/aufgaben/" + taskId + "/uebernehmen]", Map.of());
		assertThat(claimed.text("#tasks-mine")).contains(fileNumber(applicationId));
	}

	/** Whether the case's task is offered, unclaimed, to the case workers. */
	private boolean openToTheTeam(long applicationId) {
		JsonNode task = taskOfTheCase(as(TestFixtures.REVIEWER).get("/api/v1/tasks").json(), applicationId);
		return task != null && task.path("assignee").isMissingNode();
	}

	private static JsonNode taskOfTheCase(JsonNode tasks, long applicationId) {
		for (JsonNode task : tasks) {
			if (task.path("applicationId").asLong() == applicationId) {
				return task;
			}
		}
		return null;
	}

	private String fileNumber(long applicationId) {
		return as(TestFixtures.REVIEWER).get("/api/v1/applications/" + applicationId).text("fileNumber");
	}

	private static String unique(String prefix) {
		return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF), 36);
	}

}
